// ClaimGraph constraints and indexes. Idempotent: applied at every start (IF NOT EXISTS).
// Every label has a key with a uniqueness constraint; see docs/model.md for why each index exists.

CREATE CONSTRAINT code_key IF NOT EXISTS FOR (n:Code) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT category_key IF NOT EXISTS FOR (n:Category) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT modifier_key IF NOT EXISTS FOR (n:Modifier) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT global_period_key IF NOT EXISTS FOR (n:GlobalPeriod) REQUIRE n.indicator IS UNIQUE;
CREATE CONSTRAINT status_indicator_key IF NOT EXISTS FOR (n:StatusIndicator) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT fee_schedule_entry_key IF NOT EXISTS FOR (n:FeeScheduleEntry) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT site_payment_key IF NOT EXISTS FOR (n:SitePayment) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT ptp_edit_key IF NOT EXISTS FOR (n:PtpEdit) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT mue_key IF NOT EXISTS FOR (n:Mue) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT locality_key IF NOT EXISTS FOR (n:Locality) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT denial_reason_key IF NOT EXISTS FOR (n:DenialReason) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT carc_key IF NOT EXISTS FOR (n:Carc) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT rarc_key IF NOT EXISTS FOR (n:Rarc) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT documentation_requirement_key IF NOT EXISTS FOR (n:DocumentationRequirement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT faq_key IF NOT EXISTS FOR (n:Faq) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT rule_key IF NOT EXISTS FOR (n:Rule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_key IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT release_key IF NOT EXISTS FOR (n:Release) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT dataset_key IF NOT EXISTS FOR (n:Dataset) REQUIRE n.name IS UNIQUE;

// Dataset reads filter on the release status and look releases up by (dataset, version).
CREATE INDEX release_dataset_version IF NOT EXISTS FOR (n:Release) ON (n.dataset, n.version);
CREATE INDEX release_status IF NOT EXISTS FOR (n:Release) ON (n.status);
CREATE INDEX release_effective IF NOT EXISTS FOR (n:Release) ON (n.effectiveDate);

// Millions of PTP rows: pair and per-column lookups without touching the Code nodes,
// and the release column for batched cleanup of superseded loads.
CREATE INDEX ptp_edit_column1 IF NOT EXISTS FOR (n:PtpEdit) ON (n.column1, n.setting);
CREATE INDEX ptp_edit_column2 IF NOT EXISTS FOR (n:PtpEdit) ON (n.column2, n.setting);
CREATE INDEX ptp_edit_release IF NOT EXISTS FOR (n:PtpEdit) ON (n.releaseId);
CREATE INDEX mue_code IF NOT EXISTS FOR (n:Mue) ON (n.code, n.setting);
CREATE INDEX mue_release IF NOT EXISTS FOR (n:Mue) ON (n.releaseId);
CREATE INDEX fee_schedule_entry_code IF NOT EXISTS FOR (n:FeeScheduleEntry) ON (n.code);
CREATE INDEX fee_schedule_entry_release IF NOT EXISTS FOR (n:FeeScheduleEntry) ON (n.releaseId);
CREATE INDEX site_payment_code IF NOT EXISTS FOR (n:SitePayment) ON (n.code);
CREATE INDEX site_payment_release IF NOT EXISTS FOR (n:SitePayment) ON (n.releaseId);
CREATE INDEX locality_release IF NOT EXISTS FOR (n:Locality) ON (n.releaseId);
CREATE INDEX code_system_status IF NOT EXISTS FOR (n:Code) ON (n.system, n.statusCode);

// Full-text search across codes, modifiers, denial reasons and sources.
CREATE FULLTEXT INDEX search_text IF NOT EXISTS
FOR (n:Code|Modifier|DenialReason|Source)
ON EACH [n.code, n.shortDescriptor, n.name, n.meaning, n.title, n.description, n.publisher, n.url];
