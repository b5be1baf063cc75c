// ptp-edits-bare-create-by-rows: the import benchmark's nodes-only baseline (bench/import) — a bare
// UNWIND … CREATE of the same PTP rows and properties, with no validation, release, codes or relationships.
UNWIND $rows AS r
CREATE (:PtpEdit {
  id: $prefix + ':' + r.c1 + ':' + r.c2 + ':' + r.eff,
  setting: $setting, column1: r.c1, column2: r.c2, priorTo1996: r.p,
  effectiveDate: date(r.eff), deletionDate: date(r.del), modifierIndicator: r.mi,
  rationale: r.why, releaseId: $prefix
})
