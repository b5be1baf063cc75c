/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A CPT or HCPCS Level II code: five letters or digits, e.g. "27594", "0001F", "G0283". */
  BillingCode: { input: string; output: string; }
  /** A calendar date, written YYYY-MM-DD (ISO 8601). */
  Date: { input: string; output: string; }
  /** An exact decimal number written as a string, e.g. "7.11" or "33.4009". Never a binary float. */
  Decimal: { input: string; output: string; }
  /** A two-character CPT/HCPCS modifier, e.g. "58", "XS", "RT". */
  ModifierCode: { input: string; output: string; }
};

/** An X12 Claim Adjustment Reason Code (CARC) or Remittance Advice Remark Code (RARC). */
export type AdjustmentCode = {
  __typename?: 'AdjustmentCode';
  code: Scalars['String']['output'];
  description?: Maybe<Scalars['String']['output']>;
  /** Typical group code, e.g. CO (contractual obligation). */
  groupCode?: Maybe<Scalars['String']['output']>;
  kind: Scalars['String']['output'];
  sources: Array<Citation>;
};

/** A modifier a source names for a code. */
export type ApplicableModifier = {
  __typename?: 'ApplicableModifier';
  modifier?: Maybe<Modifier>;
  sources: Array<Citation>;
};

/** A heading of the CPT hierarchy (section > subsection > heading > family). */
export type Category = {
  __typename?: 'Category';
  categoryId: Scalars['String']['output'];
  level?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  parent?: Maybe<Category>;
  rangeEnd?: Maybe<Scalars['String']['output']>;
  rangeStart?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
};

/** One link from a fact to a source: where in the source it stands, and when it was verified. */
export type Citation = {
  __typename?: 'Citation';
  /** Where in the source: a line, a row, a page. */
  locator?: Maybe<Scalars['String']['output']>;
  /** For dataset facts: the release the value came from. */
  release?: Maybe<Release>;
  section?: Maybe<Scalars['String']['output']>;
  source: Source;
  verifiedOn?: Maybe<Scalars['Date']['output']>;
};

/** The findings of a claim check, most severe first. */
export type ClaimCheckResult = {
  __typename?: 'ClaimCheckResult';
  findings: Array<ClaimFinding>;
  summary: ClaimCheckSummary;
};

/** Counts of findings by severity. */
export type ClaimCheckSummary = {
  __typename?: 'ClaimCheckSummary';
  deny: Scalars['Int']['output'];
  info: Scalars['Int']['output'];
  lines: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
  warn: Scalars['Int']['output'];
};

/** One predicted problem or note. Rules: ptp-conflict (NCCI Policy Manual ch.I §E), mue-exceeded (ch.I §V), global-period (IOM 100-04 ch.12 §40), modifier-indicators and status-code (PFS RVU file indicator definitions), distinct-service-modifiers (MLN MM8863), site-of-service (PFS NA indicators, ASC Addendum AA). */
export type ClaimFinding = {
  __typename?: 'ClaimFinding';
  /** Predicted claim adjustment reason codes (X12 CARC). */
  carc: Array<Scalars['String']['output']>;
  codes: Array<Scalars['String']['output']>;
  /** The DenialReason node predicted. */
  denialReasonId?: Maybe<Scalars['String']['output']>;
  /** Lines involved (0-based), the affected line first. */
  lineIndexes: Array<Scalars['Int']['output']>;
  message: Scalars['String']['output'];
  modifierOptions: Array<ModifierOption>;
  /** Predicted remittance advice remark codes (X12 RARC). */
  rarc: Array<Scalars['String']['output']>;
  /** The rule that found it (one file in src/rules/). */
  rule: Scalars['String']['output'];
  /** Curated Rule nodes applied, e.g. "global-090". */
  ruleIds: Array<Scalars['String']['output']>;
  severity: FindingSeverity;
  sources: Array<FindingSource>;
  suggestion?: Maybe<Scalars['String']['output']>;
};

/** A claim to check: up to 500 lines, and the patient's prior surgeries. */
export type ClaimInput = {
  lines: Array<ClaimLineInput>;
  /** CMS two-digit place of service: '11' office, '22' on-campus HOPD, '24' ASC, '21' inpatient. */
  placeOfService?: InputMaybe<Scalars['String']['input']>;
  priorSurgeries?: InputMaybe<Array<PriorSurgeryInput>>;
  /** Which NCCI edits apply (default PRACTITIONER). */
  setting?: InputMaybe<NcciSetting>;
};

/** One service line of the claim. */
export type ClaimLineInput = {
  /** CPT or HCPCS Level II code, e.g. "27594". */
  code: Scalars['String']['input'];
  dateOfService: Scalars['Date']['input'];
  /** Up to four two-character modifiers, e.g. ["58"] or ["XS", "RT"]. */
  modifiers?: InputMaybe<Array<Scalars['String']['input']>>;
  /** CMS two-digit place of service; defaults to the claim's. */
  placeOfService?: InputMaybe<Scalars['String']['input']>;
  /** Rendering provider id (NPI or any stable id). */
  renderingProvider?: InputMaybe<Scalars['String']['input']>;
  /** Units of service (default 1). */
  units?: InputMaybe<Scalars['Int']['input']>;
};

/** A CPT or HCPCS Level II procedure code. */
export type Code = Node & {
  __typename?: 'Code';
  /** Modifiers a source names for this code, each with that source. */
  applicableModifiers: Array<ApplicableModifier>;
  /** The CPT hierarchy headings the code sits in. */
  categories: Array<Category>;
  code: Scalars['String']['output'];
  /** Why claims for this code are commonly denied, each mapped to CARC/RARC where a source supports it. */
  denialReasons: Array<DenialReason>;
  documentationRequirements: Array<DocumentationRequirement>;
  faqs: Array<Faq>;
  /** Fee-schedule values from one PFS release: the named version, else the release in effect on asOf, else the newest. */
  feeSchedule?: Maybe<FeeScheduleEntry>;
  /** The global row of every loaded PFS release, newest first: quarterly releases side by side. */
  feeScheduleHistory: Array<FeeScheduleEntry>;
  /** Primary procedures this code follows inside their global period (e.g. 27594 after 27592). */
  followUpOf: Array<FollowUp>;
  /** Codes billed inside this code's global period, with the modifier each needs (58 staged, 78 unplanned return) and who says so. */
  followUps: Array<FollowUp>;
  /** The global surgery period (GLOB DAYS of the PFS RVU file). */
  globalPeriod?: Maybe<GlobalPeriod>;
  /** Who says this code has its global period. */
  globalPeriodSources: Array<Citation>;
  id: Scalars['ID']['output'];
  /** Medically unlikely edits (units per day) of this code. */
  mues: Array<Mue>;
  /** NCCI procedure-to-procedure edits naming this code, from current releases; keyset-paginated. */
  ptpEdits: CodePtpEditsConnection;
  /** Other codes with the same global period (e.g. the other 090-day codes), paginated by code. */
  sharesGlobalPeriodWith: CodeSharesGlobalPeriodWithConnection;
  /** CMS's short descriptor from the newest PFS release that lists the code. */
  shortDescriptor?: Maybe<Scalars['String']['output']>;
  /** Medicare national payments by site of service (PFS office/facility, OPPS APC, ASC). */
  sitePayments: Array<SitePayment>;
  /** PFS status code (A active, B bundled, ...) from the newest PFS release. */
  status?: Maybe<StatusIndicator>;
  system?: Maybe<Scalars['String']['output']>;
};


/** A CPT or HCPCS Level II procedure code. */
export type CodeFeeScheduleArgs = {
  asOf?: InputMaybe<Scalars['Date']['input']>;
  modifier?: InputMaybe<Scalars['ModifierCode']['input']>;
  release?: InputMaybe<Scalars['String']['input']>;
};


/** A CPT or HCPCS Level II procedure code. */
export type CodeMuesArgs = {
  release?: InputMaybe<Scalars['String']['input']>;
  setting?: InputMaybe<MueSetting>;
};


/** A CPT or HCPCS Level II procedure code. */
export type CodePtpEditsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  release?: InputMaybe<Scalars['String']['input']>;
  role?: InputMaybe<EditRole>;
  setting?: InputMaybe<NcciSetting>;
};


/** A CPT or HCPCS Level II procedure code. */
export type CodeSharesGlobalPeriodWithArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type CodePtpEditsConnection = {
  __typename?: 'CodePtpEditsConnection';
  edges: Array<CodePtpEditsConnectionEdge>;
  nodes: Array<PtpEdit>;
  pageInfo: PageInfo;
  /** How many items all pages hold. Counted only when asked for; null where a count is not offered. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CodePtpEditsConnectionEdge = {
  __typename?: 'CodePtpEditsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: PtpEdit;
};

export type CodeSharesGlobalPeriodWithConnection = {
  __typename?: 'CodeSharesGlobalPeriodWithConnection';
  edges: Array<CodeSharesGlobalPeriodWithConnectionEdge>;
  nodes: Array<Code>;
  pageInfo: PageInfo;
  /** How many items all pages hold. Counted only when asked for; null where a count is not offered. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type CodeSharesGlobalPeriodWithConnectionEdge = {
  __typename?: 'CodeSharesGlobalPeriodWithConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Code;
};

export type CodeSystem =
  | 'CPT'
  | 'HCPCS';

/** Two or more sources that disagree about one attribute of one code. Both facts are kept; none wins silently. */
export type Conflict = {
  __typename?: 'Conflict';
  attribute: Scalars['String']['output'];
  code: Scalars['String']['output'];
  facts: Array<ConflictingFact>;
};

export type ConflictingFact = {
  __typename?: 'ConflictingFact';
  source?: Maybe<Citation>;
  value?: Maybe<Scalars['String']['output']>;
};

export type Count = {
  __typename?: 'Count';
  count: Scalars['Int']['output'];
  name: Scalars['String']['output'];
};

/** Why a claim line is denied, mapped to the CARC/RARC a payer would send where a source supports it. */
export type DenialReason = Node & {
  __typename?: 'DenialReason';
  carc: Array<AdjustmentCode>;
  /** Codes a source ties this reason to. */
  codes: Array<Code>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  rarc: Array<AdjustmentCode>;
  reasonId: Scalars['String']['output'];
  sources: Array<Citation>;
  /** A short title; where the source gives none, its full text. */
  title: Scalars['String']['output'];
};

/** What the operative or office note must show to support a claim for the code. */
export type DocumentationRequirement = {
  __typename?: 'DocumentationRequirement';
  ordinal?: Maybe<Scalars['Int']['output']>;
  requirementId: Scalars['String']['output'];
  sources: Array<Citation>;
  text: Scalars['String']['output'];
};

/** Which column of an NCCI PTP edit the code is in. */
export type EditRole =
  | 'ANY'
  | 'COLUMN_1'
  | 'COLUMN_2';

/** Kinds of entity that search and shortestPath can name. */
export type EntityLabel =
  | 'Carc'
  | 'Code'
  | 'DenialReason'
  | 'GlobalPeriod'
  | 'Modifier'
  | 'Rarc'
  | 'Rule'
  | 'Source';

/** A frequently asked question about the code; the answer is null where the source gives none. */
export type Faq = {
  __typename?: 'Faq';
  answer?: Maybe<Scalars['String']['output']>;
  faqId: Scalars['String']['output'];
  ordinal?: Maybe<Scalars['Int']['output']>;
  question: Scalars['String']['output'];
  sources: Array<Citation>;
};

/** Values of one code in one CMS PFS RVU release. Payment = total RVU × conversion factor (CMS PFS RVU file, "Payment formula"). */
export type FeeScheduleEntry = Node & {
  __typename?: 'FeeScheduleEntry';
  /** ASST SURG indicator (gates 80/82/AS). */
  assistantSurgery?: Maybe<Scalars['String']['output']>;
  /** BILAT SURG indicator (1: 150% with modifier 50). */
  bilateralSurgery?: Maybe<Scalars['String']['output']>;
  /** CO-SURG indicator (gates 62). */
  coSurgery?: Maybe<Scalars['String']['output']>;
  code?: Maybe<Code>;
  conversionFactor?: Maybe<Scalars['Decimal']['output']>;
  facilityNa: Scalars['Boolean']['output'];
  facilityPeRvu?: Maybe<Scalars['Decimal']['output']>;
  facilityTotal?: Maybe<Scalars['Decimal']['output']>;
  globalDays?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Share paid for modifier 78 (CMS Claims Processing Manual ch.12 §40.4). */
  intraOp?: Maybe<Scalars['Decimal']['output']>;
  /** Blank for the global row; 26 or TC for split rows. */
  modifier?: Maybe<Scalars['String']['output']>;
  mpRvu?: Maybe<Scalars['Decimal']['output']>;
  multipleProcedure?: Maybe<Scalars['String']['output']>;
  nationalFacility?: Maybe<Money>;
  nationalNonFacility?: Maybe<Money>;
  /** The national rate a source states (e.g. the code page's "Medicare national rate"). */
  nationalRate?: Maybe<Money>;
  /** NA indicator: CMS sets no non-facility (office) payment for this code. */
  nonFacilityNa: Scalars['Boolean']['output'];
  nonFacilityPeRvu?: Maybe<Scalars['Decimal']['output']>;
  nonFacilityTotal?: Maybe<Scalars['Decimal']['output']>;
  pctcIndicator?: Maybe<Scalars['String']['output']>;
  postOp?: Maybe<Scalars['Decimal']['output']>;
  /** The PE RVU a source states without naming the setting (e.g. a code page). */
  practiceExpenseRvu?: Maybe<Scalars['Decimal']['output']>;
  preOp?: Maybe<Scalars['Decimal']['output']>;
  release?: Maybe<Release>;
  releaseVersion: Scalars['String']['output'];
  /** Who states these values: the release and, for curated values, the page section. */
  sources: Array<Citation>;
  statusCode?: Maybe<Scalars['String']['output']>;
  /** TEAM SURG indicator (gates 66). */
  teamSurgery?: Maybe<Scalars['String']['output']>;
  totalRvu?: Maybe<Scalars['Decimal']['output']>;
  workRvu?: Maybe<Scalars['Decimal']['output']>;
};

/** How a finding affects payment. */
export type FindingSeverity =
  /** The line (or its units) is predicted to be denied as billed. */
  | 'DENY'
  /** A note on how the line will be paid; no denial predicted. */
  | 'INFO'
  /** Payable only with documentation, a reduced amount, or a correction. */
  | 'WARN';

/** A source behind a finding: the manual, regulation, code list or dataset release that states the rule or fact. */
export type FindingSource = {
  __typename?: 'FindingSource';
  id: Scalars['String']['output'];
  publisher?: Maybe<Scalars['String']['output']>;
  title?: Maybe<Scalars['String']['output']>;
  url?: Maybe<Scalars['String']['output']>;
};

/** A code billed inside another code's global period (e.g. 27594 after 27592 or 27598), with the modifiers it needs and its sources. */
export type FollowUp = {
  __typename?: 'FollowUp';
  /** The other code of the pair. */
  code?: Maybe<Code>;
  /** FOLLOWS: this code follows `code`. FOLLOWED_BY: `code` follows this one. */
  direction: Scalars['String']['output'];
  /** The modifiers the follow-up carries: 58 staged or planned, 78 unplanned return to the OR. */
  modifiers: Array<Modifier>;
  note?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
};

/** A global surgery indicator (GLOB DAYS in the PFS RVU file; CMS Claims Processing Manual ch.12 §40.1). */
export type GlobalPeriod = {
  __typename?: 'GlobalPeriod';
  /** Post-operative days; null where the concept does not apply. */
  days?: Maybe<Scalars['Int']['output']>;
  includesDayBefore?: Maybe<Scalars['Boolean']['output']>;
  indicator: Scalars['String']['output'];
  meaning?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
};

/** How many nodes of each label and relationships of each type the graph holds. */
export type GraphStatistics = {
  __typename?: 'GraphStatistics';
  nodes: Array<Count>;
  relationships: Array<Count>;
  totalNodes: Scalars['Int']['output'];
};

/** A CPT/HCPCS modifier with its effect on NCCI edits and the global surgery package (CMS Claims Processing Manual ch.12 §40; NCCI Policy Manual ch.1). */
export type Modifier = Node & {
  __typename?: 'Modifier';
  code: Scalars['String']['output'];
  globalEffect?: Maybe<Scalars['String']['output']>;
  group?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** What the modifier says, in our own words. */
  meaning?: Maybe<Scalars['String']['output']>;
  name?: Maybe<Scalars['String']['output']>;
  paymentNote?: Maybe<Scalars['String']['output']>;
  /** May bypass an NCCI PTP edit whose modifier indicator is 1 (NCCI Policy Manual ch.1 §E). */
  ptpBypass: Scalars['Boolean']['output'];
  sources: Array<Citation>;
  /** 58 and 79 start a new global period; 78 does not (CMS Claims Processing Manual ch.12 §40.4). */
  startsNewGlobalPeriod?: Maybe<Scalars['Boolean']['output']>;
};

/** A modifier that would make the line billable, and what it would mean (CMS IOM 100-04 ch.12 §40.2). */
export type ModifierOption = {
  __typename?: 'ModifierOption';
  meaning: Scalars['String']['output'];
  modifier: Scalars['String']['output'];
  paymentNote?: Maybe<Scalars['String']['output']>;
  startsNewGlobalPeriod: Scalars['Boolean']['output'];
};

/** An exact amount of US dollars. */
export type Money = {
  __typename?: 'Money';
  /** The amount in dollars as an exact decimal string, e.g. "477.97". */
  amount: Scalars['String']['output'];
  /** The amount in cents (exact). */
  cents: Scalars['Int']['output'];
  currency: Scalars['String']['output'];
};

/** A medically unlikely edit: the most units of a code one provider reports for one patient on one date (NCCI MUE files). */
export type Mue = {
  __typename?: 'Mue';
  /** 1 line edit; 2 date of service, policy (absolute); 3 date of service, clinical (appealable). */
  adjudicationIndicator?: Maybe<Scalars['Int']['output']>;
  code?: Maybe<Code>;
  rationale?: Maybe<Scalars['String']['output']>;
  release?: Maybe<Release>;
  releaseVersion?: Maybe<Scalars['String']['output']>;
  setting?: Maybe<Scalars['String']['output']>;
  sources: Array<Citation>;
  value?: Maybe<Scalars['Int']['output']>;
};

/** NCCI MUE files: practitioner, outpatient hospital, DME supplier. */
export type MueSetting =
  | 'DME'
  | 'HOSPITAL'
  | 'PRACTITIONER';

/** NCCI PTP edit files: practitioner or outpatient hospital. */
export type NcciSetting =
  | 'HOSPITAL'
  | 'PRACTITIONER';

export type Node = {
  id: Scalars['ID']['output'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  hasPreviousPage: Scalars['Boolean']['output'];
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** A shortest path between two entities, through facts (release bookkeeping nodes are skipped). */
export type Path = {
  __typename?: 'Path';
  length: Scalars['Int']['output'];
  nodes: Array<PathNode>;
  relationships: Array<PathRelationship>;
};

export type PathNode = {
  __typename?: 'PathNode';
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

export type PathRelationship = {
  __typename?: 'PathRelationship';
  from: Scalars['String']['output'];
  to: Scalars['String']['output'];
  type: Scalars['String']['output'];
};

export type PaymentSetting =
  | 'ASC'
  | 'OPPS'
  | 'PFS_FACILITY'
  | 'PFS_NON_FACILITY';

/** A surgery on an earlier claim whose global period may cover this claim's lines. */
export type PriorSurgeryInput = {
  code: Scalars['String']['input'];
  date: Scalars['Date']['input'];
  /** Provider who performed it; the global package binds the same provider or group. */
  provider?: InputMaybe<Scalars['String']['input']>;
};

/** One NCCI PTP edit: column 2 is not paid with column 1 on the same date unless the modifier indicator allows a bypass. */
export type PtpEdit = Node & {
  __typename?: 'PtpEdit';
  column1?: Maybe<Code>;
  column1Code: Scalars['String']['output'];
  column2?: Maybe<Code>;
  column2Code: Scalars['String']['output'];
  /** Null while the edit is in force. */
  deletionDate?: Maybe<Scalars['Date']['output']>;
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  id: Scalars['ID']['output'];
  /** 0: no modifier bypasses the edit; 1: an NCCI-associated modifier may; 9: not applicable (deleted). */
  modifierIndicator?: Maybe<Scalars['String']['output']>;
  priorTo1996: Scalars['Boolean']['output'];
  rationale?: Maybe<Scalars['String']['output']>;
  release?: Maybe<Release>;
  setting: Scalars['String']['output'];
  sources: Array<Citation>;
};

/** Read access to the ClaimGraph knowledge graph. */
export type Query = {
  __typename?: 'Query';
  /** Every CARC and RARC code in the graph. */
  adjustmentCodes: Array<AdjustmentCode>;
  /** Predicts what would be denied on a claim and why: NCCI PTP conflicts, MUE excess, global-period returns needing 58/78/79, modifiers the PFS indicators forbid, sites of service that cannot be paid; each finding with its CARC/RARC and sources. One graph read per call. */
  checkClaim: ClaimCheckResult;
  /** A code by its code; null when the graph has no such code. */
  code?: Maybe<Code>;
  /** Codes filtered by system, status, global period, category and text; ordered by code. */
  codes: QueryCodesConnection;
  /** Facts from different sources that disagree, for one code or for all. */
  conflicts: Array<Conflict>;
  denialReason?: Maybe<DenialReason>;
  /** Denial reasons; optionally those predicting one CARC/RARC, citing one source, or tied to one code. */
  denialReasons: QueryDenialReasonsConnection;
  globalPeriods: Array<GlobalPeriod>;
  graphStatistics: GraphStatistics;
  modifier?: Maybe<Modifier>;
  /** Every modifier, or those that may bypass a PTP edit, or those of one group. */
  modifiers: Array<Modifier>;
  /** Edits between two codes (column 1 and column 2), every date window, newest first. For all edits of one code use Code.ptpEdits. */
  ncciEdits: Array<PtpEdit>;
  /** Fetches any entity by its global ID. */
  node?: Maybe<Node>;
  /** Fetches entities by their global IDs, in order; null where none. */
  nodes: Array<Maybe<Node>>;
  /** Dataset releases, newest first; quarterly releases are kept side by side. */
  releases: Array<Release>;
  rules: Array<Rule>;
  /** Full-text search across codes, modifiers, denial reasons and sources. Lucene syntax in the text is ignored. */
  search: Array<SearchHit>;
  /** The shortest path between two entities, at most maxHops relationships; null when none. */
  shortestPath?: Maybe<Path>;
  source?: Maybe<Source>;
  sources: QuerySourcesConnection;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryCheckClaimArgs = {
  input: ClaimInput;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryCodeArgs = {
  code: Scalars['BillingCode']['input'];
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryCodesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  category?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  globalPeriod?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  status?: InputMaybe<Scalars['String']['input']>;
  system?: InputMaybe<CodeSystem>;
  text?: InputMaybe<Scalars['String']['input']>;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryConflictsArgs = {
  code?: InputMaybe<Scalars['BillingCode']['input']>;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryDenialReasonArgs = {
  id: Scalars['String']['input'];
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryDenialReasonsArgs = {
  adjustmentCode?: InputMaybe<Scalars['String']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  code?: InputMaybe<Scalars['BillingCode']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  sourceId?: InputMaybe<Scalars['String']['input']>;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryModifierArgs = {
  code: Scalars['ModifierCode']['input'];
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryModifiersArgs = {
  group?: InputMaybe<Scalars['String']['input']>;
  ptpBypass?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryNcciEditsArgs = {
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  column1: Scalars['BillingCode']['input'];
  column2: Scalars['BillingCode']['input'];
  release?: InputMaybe<Scalars['String']['input']>;
  setting?: InputMaybe<NcciSetting>;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryNodeArgs = {
  id: Scalars['ID']['input'];
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryNodesArgs = {
  ids: Array<Scalars['ID']['input']>;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryReleasesArgs = {
  dataset?: InputMaybe<Scalars['String']['input']>;
  includeSuperseded?: InputMaybe<Scalars['Boolean']['input']>;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  kinds?: InputMaybe<Array<EntityLabel>>;
  offset?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** Read access to the ClaimGraph knowledge graph. */
export type QueryShortestPathArgs = {
  from: Scalars['String']['input'];
  fromKind: EntityLabel;
  maxHops?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['String']['input'];
  toKind: EntityLabel;
};


/** Read access to the ClaimGraph knowledge graph. */
export type QuerySourceArgs = {
  id: Scalars['String']['input'];
};


/** Read access to the ClaimGraph knowledge graph. */
export type QuerySourcesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  kind?: InputMaybe<Scalars['String']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
  publisher?: InputMaybe<Scalars['String']['input']>;
};

export type QueryCodesConnection = {
  __typename?: 'QueryCodesConnection';
  edges: Array<QueryCodesConnectionEdge>;
  nodes: Array<Code>;
  pageInfo: PageInfo;
  /** How many items all pages hold. Counted only when asked for; null where a count is not offered. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryCodesConnectionEdge = {
  __typename?: 'QueryCodesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Code;
};

export type QueryDenialReasonsConnection = {
  __typename?: 'QueryDenialReasonsConnection';
  edges: Array<QueryDenialReasonsConnectionEdge>;
  nodes: Array<DenialReason>;
  pageInfo: PageInfo;
  /** How many items all pages hold. Counted only when asked for; null where a count is not offered. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QueryDenialReasonsConnectionEdge = {
  __typename?: 'QueryDenialReasonsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: DenialReason;
};

export type QuerySourcesConnection = {
  __typename?: 'QuerySourcesConnection';
  edges: Array<QuerySourcesConnectionEdge>;
  nodes: Array<Source>;
  pageInfo: PageInfo;
  /** How many items all pages hold. Counted only when asked for; null where a count is not offered. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type QuerySourcesConnectionEdge = {
  __typename?: 'QuerySourcesConnectionEdge';
  cursor: Scalars['String']['output'];
  node: Source;
};

/** One release of a dataset (e.g. CMS PFS RVU25D), the origin of every fact loaded from it. */
export type Release = Node & {
  __typename?: 'Release';
  checksums: Array<Scalars['String']['output']>;
  dataset: Scalars['String']['output'];
  effectiveDate?: Maybe<Scalars['Date']['output']>;
  files: Array<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  loadedAt?: Maybe<Scalars['String']['output']>;
  publishedAs?: Maybe<Source>;
  releaseId: Scalars['String']['output'];
  rowCount?: Maybe<Scalars['Int']['output']>;
  /** loading, current or superseded. Reads follow current releases only. */
  status: Scalars['String']['output'];
  /** True for generated benchmark data, never real. */
  synthetic: Scalars['Boolean']['output'];
  version: Scalars['String']['output'];
};

/** A billing rule stated by a source, e.g. which modifiers bypass an NCCI edit with indicator 1. */
export type Rule = Node & {
  __typename?: 'Rule';
  /** Modifiers the rule allows (for the PTP bypass rule: the bypass modifiers). */
  allows: Array<Modifier>;
  id: Scalars['ID']['output'];
  name?: Maybe<Scalars['String']['output']>;
  ruleId: Scalars['String']['output'];
  sources: Array<Citation>;
  statement?: Maybe<Scalars['String']['output']>;
};

/** One full-text match: the kind of entity, its key, and its relevance. */
export type SearchHit = {
  __typename?: 'SearchHit';
  /** The code, modifier, denial reason id or source id. */
  key: Scalars['String']['output'];
  kind: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  title?: Maybe<Scalars['String']['output']>;
};

/** A Medicare national payment for a code in one site of service (PFS office/facility, OPPS HOPD, ASC). */
export type SitePayment = Node & {
  __typename?: 'SitePayment';
  amount?: Maybe<Money>;
  /** OPPS Ambulatory Payment Classification. */
  apc?: Maybe<Scalars['String']['output']>;
  description?: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** ASC payment indicator (e.g. A2). */
  paymentIndicator?: Maybe<Scalars['String']['output']>;
  release?: Maybe<Release>;
  setting: Scalars['String']['output'];
  sources: Array<Citation>;
  /** OPPS status indicator (e.g. J1). */
  statusIndicator?: Maybe<Scalars['String']['output']>;
  year?: Maybe<Scalars['Int']['output']>;
};

/** Where a fact comes from: a CMS dataset, a manual, a code page, an article, a code list. */
export type Source = Node & {
  __typename?: 'Source';
  id: Scalars['ID']['output'];
  kind?: Maybe<Scalars['String']['output']>;
  publisher?: Maybe<Scalars['String']['output']>;
  /** For a code page: the sources it cites, in its own order. */
  references: Array<Source>;
  /** The stable key of the source. */
  sourceId: Scalars['String']['output'];
  /** Every fact this source supports: the facts that cite it and the facts of releases published as it. */
  supports: SourceSupportsConnection;
  title: Scalars['String']['output'];
  /** Null when the source gives no address. */
  url?: Maybe<Scalars['String']['output']>;
  verifiedOn?: Maybe<Scalars['Date']['output']>;
};


/** Where a fact comes from: a CMS dataset, a manual, a code page, an article, a code list. */
export type SourceSupportsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  before?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  last?: InputMaybe<Scalars['Int']['input']>;
};

export type SourceKind =
  | 'ARTICLE'
  | 'CODE_LIST'
  | 'CODE_PAGE'
  | 'DATASET'
  | 'EDITORIAL'
  | 'MANUAL'
  | 'REGULATION'
  | 'SYNTHETIC'
  | 'WEBSITE';

export type SourceSupportsConnection = {
  __typename?: 'SourceSupportsConnection';
  edges: Array<SourceSupportsConnectionEdge>;
  nodes: Array<SupportedFact>;
  pageInfo: PageInfo;
  /** How many items all pages hold. Counted only when asked for; null where a count is not offered. */
  totalCount?: Maybe<Scalars['Int']['output']>;
};

export type SourceSupportsConnectionEdge = {
  __typename?: 'SourceSupportsConnectionEdge';
  cursor: Scalars['String']['output'];
  node: SupportedFact;
};

/** A PFS status code; RVUs are used for payment only under A, R and T (PFS RVU file documentation). */
export type StatusIndicator = {
  __typename?: 'StatusIndicator';
  code: Scalars['String']['output'];
  meaning?: Maybe<Scalars['String']['output']>;
  paidUnderPfs?: Maybe<Scalars['Boolean']['output']>;
};

/** A fact a source supports, named by its kind and a short summary. */
export type SupportedFact = {
  __typename?: 'SupportedFact';
  factId: Scalars['String']['output'];
  /** The node label or relationship type of the fact. */
  kind: Scalars['String']['output'];
  summary?: Maybe<Scalars['String']['output']>;
};

export type CodeFactsQueryVariables = Exact<{
  code?: Scalars['BillingCode']['input'];
}>;


export type CodeFactsQuery = { __typename?: 'Query', code?: { __typename?: 'Code', id: string, code: string, system?: string | null, shortDescriptor?: string | null, status?: { __typename?: 'StatusIndicator', code: string, meaning?: string | null } | null, globalPeriod?: { __typename?: 'GlobalPeriod', indicator: string, days?: number | null, meaning?: string | null } | null, globalPeriodSources: Array<{ __typename?: 'Citation', section?: string | null, verifiedOn?: string | null, source: { __typename?: 'Source', title: string, url?: string | null } }>, categories: Array<{ __typename?: 'Category', name?: string | null, level?: string | null, parent?: { __typename?: 'Category', name?: string | null } | null }>, feeSchedule?: { __typename?: 'FeeScheduleEntry', releaseVersion: string, workRvu?: string | null, practiceExpenseRvu?: string | null, nonFacilityPeRvu?: string | null, nonFacilityNa: boolean, mpRvu?: string | null, totalRvu?: string | null, conversionFactor?: string | null, nationalRate?: { __typename?: 'Money', amount: string } | null, nationalFacility?: { __typename?: 'Money', amount: string } | null, sources: Array<{ __typename?: 'Citation', section?: string | null, verifiedOn?: string | null, source: { __typename?: 'Source', title: string, publisher?: string | null, url?: string | null }, release?: { __typename?: 'Release', version: string, effectiveDate?: string | null } | null }> } | null, sitePayments: Array<{ __typename?: 'SitePayment', setting: string, apc?: string | null, paymentIndicator?: string | null, amount?: { __typename?: 'Money', amount: string, cents: number } | null, sources: Array<{ __typename?: 'Citation', section?: string | null, verifiedOn?: string | null, source: { __typename?: 'Source', title: string, url?: string | null } }> }>, applicableModifiers: Array<{ __typename?: 'ApplicableModifier', modifier?: { __typename?: 'Modifier', code: string, meaning?: string | null, startsNewGlobalPeriod?: boolean | null } | null, sources: Array<{ __typename?: 'Citation', section?: string | null, source: { __typename?: 'Source', title: string } }> }>, documentationRequirements: Array<{ __typename?: 'DocumentationRequirement', ordinal?: number | null, text: string, sources: Array<{ __typename?: 'Citation', section?: string | null, source: { __typename?: 'Source', title: string } }> }>, denialReasons: Array<{ __typename?: 'DenialReason', title: string, carc: Array<{ __typename?: 'AdjustmentCode', code: string }>, rarc: Array<{ __typename?: 'AdjustmentCode', code: string }>, sources: Array<{ __typename?: 'Citation', section?: string | null, source: { __typename?: 'Source', title: string } }> }>, faqs: Array<{ __typename?: 'Faq', ordinal?: number | null, question: string, answer?: string | null }> } | null };

export type SharesGlobalPeriodQueryVariables = Exact<{
  code?: Scalars['BillingCode']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type SharesGlobalPeriodQuery = { __typename?: 'Query', code?: { __typename?: 'Code', code: string, globalPeriod?: { __typename?: 'GlobalPeriod', indicator: string, days?: number | null } | null, sharesGlobalPeriodWith: { __typename?: 'CodeSharesGlobalPeriodWithConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CodeSharesGlobalPeriodWithConnectionEdge', cursor: string, node: { __typename?: 'Code', code: string, shortDescriptor?: string | null, globalPeriod?: { __typename?: 'GlobalPeriod', indicator: string } | null } }> } } | null };

export type FollowUpsInGlobalQueryVariables = Exact<{
  code?: Scalars['BillingCode']['input'];
}>;


export type FollowUpsInGlobalQuery = { __typename?: 'Query', code?: { __typename?: 'Code', code: string, globalPeriod?: { __typename?: 'GlobalPeriod', indicator: string, days?: number | null } | null, followUps: Array<{ __typename?: 'FollowUp', code?: { __typename?: 'Code', code: string, shortDescriptor?: string | null } | null, modifiers: Array<{ __typename?: 'Modifier', code: string, meaning?: string | null, startsNewGlobalPeriod?: boolean | null, paymentNote?: string | null }>, sources: Array<{ __typename?: 'Citation', section?: string | null, verifiedOn?: string | null, source: { __typename?: 'Source', title: string, publisher?: string | null, url?: string | null } }> }> } | null };

export type TraceNationalRateQueryVariables = Exact<{
  code?: Scalars['BillingCode']['input'];
  release?: InputMaybe<Scalars['String']['input']>;
}>;


export type TraceNationalRateQuery = { __typename?: 'Query', code?: { __typename?: 'Code', code: string, feeSchedule?: { __typename?: 'FeeScheduleEntry', releaseVersion: string, workRvu?: string | null, practiceExpenseRvu?: string | null, mpRvu?: string | null, totalRvu?: string | null, conversionFactor?: string | null, nationalRate?: { __typename?: 'Money', amount: string, cents: number } | null, sources: Array<{ __typename?: 'Citation', section?: string | null, locator?: string | null, verifiedOn?: string | null, source: { __typename?: 'Source', title: string, publisher?: string | null, url?: string | null, kind?: string | null }, release?: { __typename?: 'Release', dataset: string, version: string, effectiveDate?: string | null } | null }> } | null } | null };

export type ReleasesSideBySideQueryVariables = Exact<{
  code?: Scalars['BillingCode']['input'];
}>;


export type ReleasesSideBySideQuery = { __typename?: 'Query', code?: { __typename?: 'Code', code: string, feeScheduleHistory: Array<{ __typename?: 'FeeScheduleEntry', releaseVersion: string, workRvu?: string | null, nonFacilityNa: boolean, facilityTotal?: string | null, conversionFactor?: string | null, nationalFacility?: { __typename?: 'Money', amount: string } | null, release?: { __typename?: 'Release', effectiveDate?: string | null, synthetic: boolean } | null }> } | null };

export type NcciEditsForCodeQueryVariables = Exact<{
  code?: Scalars['BillingCode']['input'];
  activeOn?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type NcciEditsForCodeQuery = { __typename?: 'Query', code?: { __typename?: 'Code', code: string, ptpEdits: { __typename?: 'CodePtpEditsConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'CodePtpEditsConnectionEdge', node: { __typename?: 'PtpEdit', setting: string, column1Code: string, column2Code: string, effectiveDate?: string | null, deletionDate?: string | null, modifierIndicator?: string | null, rationale?: string | null, release?: { __typename?: 'Release', version: string } | null } }> } } | null };

export type DenialReasonsQueryVariables = Exact<{
  adjustmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type DenialReasonsQuery = { __typename?: 'Query', denialReasons: { __typename?: 'QueryDenialReasonsConnection', edges: Array<{ __typename?: 'QueryDenialReasonsConnectionEdge', node: { __typename?: 'DenialReason', title: string, carc: Array<{ __typename?: 'AdjustmentCode', code: string, description?: string | null }>, rarc: Array<{ __typename?: 'AdjustmentCode', code: string, description?: string | null }>, codes: Array<{ __typename?: 'Code', code: string }>, sources: Array<{ __typename?: 'Citation', section?: string | null, source: { __typename?: 'Source', title: string, url?: string | null } }> } }> } };

export type ConflictsQueryVariables = Exact<{
  code?: InputMaybe<Scalars['BillingCode']['input']>;
}>;


export type ConflictsQuery = { __typename?: 'Query', conflicts: Array<{ __typename?: 'Conflict', code: string, attribute: string, facts: Array<{ __typename?: 'ConflictingFact', value?: string | null, source?: { __typename?: 'Citation', section?: string | null, source: { __typename?: 'Source', title: string, url?: string | null }, release?: { __typename?: 'Release', version: string } | null } | null }> }> };

export type SearchQueryVariables = Exact<{
  text?: Scalars['String']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SearchQuery = { __typename?: 'Query', search: Array<{ __typename?: 'SearchHit', kind: string, key: string, title?: string | null, score: number }> };

export type ShortestPathQueryVariables = Exact<{
  from?: Scalars['String']['input'];
  to?: Scalars['String']['input'];
}>;


export type ShortestPathQuery = { __typename?: 'Query', shortestPath?: { __typename?: 'Path', length: number, nodes: Array<{ __typename?: 'PathNode', kind: string, key: string, title?: string | null }>, relationships: Array<{ __typename?: 'PathRelationship', type: string, from: string, to: string }> } | null };

export type GlobalPeriodFamilyQueryVariables = Exact<{
  globalPeriod?: InputMaybe<Scalars['String']['input']>;
  text?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type GlobalPeriodFamilyQuery = { __typename?: 'Query', codes: { __typename?: 'QueryCodesConnection', totalCount?: number | null, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor?: string | null }, edges: Array<{ __typename?: 'QueryCodesConnectionEdge', node: { __typename?: 'Code', code: string, shortDescriptor?: string | null, feeSchedule?: { __typename?: 'FeeScheduleEntry', releaseVersion: string, workRvu?: string | null, facilityTotal?: string | null, nationalFacility?: { __typename?: 'Money', amount: string } | null } | null } }> } };

export type SourceFactsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type SourceFactsQuery = { __typename?: 'Query', sources: { __typename?: 'QuerySourcesConnection', edges: Array<{ __typename?: 'QuerySourcesConnectionEdge', node: { __typename?: 'Source', sourceId: string, title: string, publisher?: string | null, url?: string | null, kind?: string | null, supports: { __typename?: 'SourceSupportsConnection', edges: Array<{ __typename?: 'SourceSupportsConnectionEdge', node: { __typename?: 'SupportedFact', kind: string, summary?: string | null } }> } } }> } };

export type GraphStatisticsQueryVariables = Exact<{ [key: string]: never; }>;


export type GraphStatisticsQuery = { __typename?: 'Query', graphStatistics: { __typename?: 'GraphStatistics', totalNodes: number, nodes: Array<{ __typename?: 'Count', name: string, count: number }>, relationships: Array<{ __typename?: 'Count', name: string, count: number }> }, releases: Array<{ __typename?: 'Release', dataset: string, version: string, effectiveDate?: string | null, status: string, synthetic: boolean, rowCount?: number | null }> };

export type CheckClaimQueryVariables = Exact<{
  input?: ClaimInput;
}>;


export type CheckClaimQuery = { __typename?: 'Query', checkClaim: { __typename?: 'ClaimCheckResult', summary: { __typename?: 'ClaimCheckSummary', total: number, deny: number, warn: number, info: number }, findings: Array<{ __typename?: 'ClaimFinding', rule: string, severity: FindingSeverity, message: string, suggestion?: string | null, codes: Array<string>, carc: Array<string>, rarc: Array<string>, denialReasonId?: string | null, modifierOptions: Array<{ __typename?: 'ModifierOption', modifier: string, meaning: string, startsNewGlobalPeriod: boolean, paymentNote?: string | null }>, sources: Array<{ __typename?: 'FindingSource', title?: string | null, publisher?: string | null, url?: string | null }> }> } };


export const CodeFactsDocument = {"__meta__":{"hash":"e71980e1893f8e09955784b988c85a7ca3a7e405"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CodeFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCode"}}},"defaultValue":{"kind":"StringValue","value":"27594","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"system"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"status"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"globalPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"days"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}}]}},{"kind":"Field","name":{"kind":"Name","value":"globalPeriodSources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"categories"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"feeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"workRvu"}},{"kind":"Field","name":{"kind":"Name","value":"practiceExpenseRvu"}},{"kind":"Field","name":{"kind":"Name","value":"nonFacilityPeRvu"}},{"kind":"Field","name":{"kind":"Name","value":"nonFacilityNa"}},{"kind":"Field","name":{"kind":"Name","value":"mpRvu"}},{"kind":"Field","name":{"kind":"Name","value":"totalRvu"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nationalFacility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sitePayments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apc"}},{"kind":"Field","name":{"kind":"Name","value":"paymentIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"applicableModifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifier"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"startsNewGlobalPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"documentationRequirements"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"denialReasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"carc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rarc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"faqs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ordinal"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}}]}}]}}]}}]} as unknown as DocumentNode<CodeFactsQuery, CodeFactsQueryVariables>;
export const SharesGlobalPeriodDocument = {"__meta__":{"hash":"18968cceb8204176ce6b7b23dbaf9f1866653f89"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SharesGlobalPeriod"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCode"}}},"defaultValue":{"kind":"StringValue","value":"27592","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"globalPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharesGlobalPeriodWith"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"globalPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SharesGlobalPeriodQuery, SharesGlobalPeriodQueryVariables>;
export const FollowUpsInGlobalDocument = {"__meta__":{"hash":"09ae66fe0204b6132482fdd97247d2e24af02474"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FollowUpsInGlobal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCode"}}},"defaultValue":{"kind":"StringValue","value":"27592","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"globalPeriod"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"indicator"}},{"kind":"Field","name":{"kind":"Name","value":"days"}}]}},{"kind":"Field","name":{"kind":"Name","value":"followUps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescriptor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"modifiers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"startsNewGlobalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<FollowUpsInGlobalQuery, FollowUpsInGlobalQueryVariables>;
export const TraceNationalRateDocument = {"__meta__":{"hash":"e0c8e374d0f7f89e96f14c89e668450d0839a321"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TraceNationalRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCode"}}},"defaultValue":{"kind":"StringValue","value":"27594","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"release"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"RVU26A","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feeSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"release"},"value":{"kind":"Variable","name":{"kind":"Name","value":"release"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"workRvu"}},{"kind":"Field","name":{"kind":"Name","value":"practiceExpenseRvu"}},{"kind":"Field","name":{"kind":"Name","value":"mpRvu"}},{"kind":"Field","name":{"kind":"Name","value":"totalRvu"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"nationalRate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"cents"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"locator"}},{"kind":"Field","name":{"kind":"Name","value":"verifiedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TraceNationalRateQuery, TraceNationalRateQueryVariables>;
export const ReleasesSideBySideDocument = {"__meta__":{"hash":"ace05cc124087a17f3b58e85e7982189da65a54c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReleasesSideBySide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCode"}}},"defaultValue":{"kind":"StringValue","value":"27594","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"feeScheduleHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"workRvu"}},{"kind":"Field","name":{"kind":"Name","value":"nonFacilityNa"}},{"kind":"Field","name":{"kind":"Name","value":"facilityTotal"}},{"kind":"Field","name":{"kind":"Name","value":"conversionFactor"}},{"kind":"Field","name":{"kind":"Name","value":"nationalFacility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ReleasesSideBySideQuery, ReleasesSideBySideQueryVariables>;
export const NcciEditsForCodeDocument = {"__meta__":{"hash":"46d7a171b5e91d5553ae63d50a248a9d9eeb3550"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NcciEditsForCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCode"}}},"defaultValue":{"kind":"StringValue","value":"27594","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}},"defaultValue":{"kind":"StringValue","value":"2026-03-01","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"25"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"ptpEdits"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"role"},"value":{"kind":"EnumValue","value":"COLUMN_2"}},{"kind":"Argument","name":{"kind":"Name","value":"activeOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activeOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"}},{"kind":"Field","name":{"kind":"Name","value":"column1Code"}},{"kind":"Field","name":{"kind":"Name","value":"column2Code"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"deletionDate"}},{"kind":"Field","name":{"kind":"Name","value":"modifierIndicator"}},{"kind":"Field","name":{"kind":"Name","value":"rationale"}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<NcciEditsForCodeQuery, NcciEditsForCodeQueryVariables>;
export const DenialReasonsDocument = {"__meta__":{"hash":"28b3bca84c6425cbdc8a76ac4c471e577fd419ad"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DenialReasons"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"adjustmentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"denialReasons"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"adjustmentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"adjustmentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"carc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rarc"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"Field","name":{"kind":"Name","value":"codes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DenialReasonsQuery, DenialReasonsQueryVariables>;
export const ConflictsDocument = {"__meta__":{"hash":"282cc63fe10712592767136a076a9f606ec79bbf"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Conflicts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"BillingCode"}},"defaultValue":{"kind":"StringValue","value":"27594","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"conflicts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"attribute"}},{"kind":"Field","name":{"kind":"Name","value":"facts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}},{"kind":"Field","name":{"kind":"Name","value":"release"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ConflictsQuery, ConflictsQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"9daae58849198c3072e9b32673b5c3b1ad0b062c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"amputation","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"score"}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ShortestPathDocument = {"__meta__":{"hash":"6e89035e7affc7ecd5fb8227e1079f742c260bb5"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"27594","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},"defaultValue":{"kind":"StringValue","value":"78","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shortestPath"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fromKind"},"value":{"kind":"EnumValue","value":"Code"}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"toKind"},"value":{"kind":"EnumValue","value":"Modifier"}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const GlobalPeriodFamilyDocument = {"__meta__":{"hash":"6fd4399061888ceace089ad57ef1f1b034e66a55"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GlobalPeriodFamily"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"globalPeriod"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"090","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}},"defaultValue":{"kind":"StringValue","value":"amput","block":false}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"codes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"globalPeriod"},"value":{"kind":"Variable","name":{"kind":"Name","value":"globalPeriod"}}},{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortDescriptor"}},{"kind":"Field","name":{"kind":"Name","value":"feeSchedule"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"releaseVersion"}},{"kind":"Field","name":{"kind":"Name","value":"workRvu"}},{"kind":"Field","name":{"kind":"Name","value":"facilityTotal"}},{"kind":"Field","name":{"kind":"Name","value":"nationalFacility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<GlobalPeriodFamilyQuery, GlobalPeriodFamilyQueryVariables>;
export const SourceFactsDocument = {"__meta__":{"hash":"161e93499a2750cefa67b573006fc69c3638b983"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SourceFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourceId"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"supports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SourceFactsQuery, SourceFactsQueryVariables>;
export const GraphStatisticsDocument = {"__meta__":{"hash":"e608c7edbb14813ac2c48a26220b2aa746e1abac"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GraphStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphStatistics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalNodes"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"releases"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dataset"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"synthetic"}},{"kind":"Field","name":{"kind":"Name","value":"rowCount"}}]}}]}}]} as unknown as DocumentNode<GraphStatisticsQuery, GraphStatisticsQueryVariables>;
export const CheckClaimDocument = {"__meta__":{"hash":"b5f069c6521c1f25c9e87fbdcb6cf765f9fa4503"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CheckClaim"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimInput"}}},"defaultValue":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"setting"},"value":{"kind":"EnumValue","value":"PRACTITIONER"}},{"kind":"ObjectField","name":{"kind":"Name","value":"placeOfService"},"value":{"kind":"StringValue","value":"22","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"lines"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"27594","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"dateOfService"},"value":{"kind":"StringValue","value":"2026-03-21","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"units"},"value":{"kind":"IntValue","value":"1"}},{"kind":"ObjectField","name":{"kind":"Name","value":"renderingProvider"},"value":{"kind":"StringValue","value":"1234567890","block":false}}]}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"priorSurgeries"},"value":{"kind":"ListValue","values":[{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"code"},"value":{"kind":"StringValue","value":"27592","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"StringValue","value":"2026-03-01","block":false}},{"kind":"ObjectField","name":{"kind":"Name","value":"provider"},"value":{"kind":"StringValue","value":"1234567890","block":false}}]}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkClaim"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"summary"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"deny"}},{"kind":"Field","name":{"kind":"Name","value":"warn"}},{"kind":"Field","name":{"kind":"Name","value":"info"}}]}},{"kind":"Field","name":{"kind":"Name","value":"findings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}},{"kind":"Field","name":{"kind":"Name","value":"codes"}},{"kind":"Field","name":{"kind":"Name","value":"carc"}},{"kind":"Field","name":{"kind":"Name","value":"rarc"}},{"kind":"Field","name":{"kind":"Name","value":"denialReasonId"}},{"kind":"Field","name":{"kind":"Name","value":"modifierOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"modifier"}},{"kind":"Field","name":{"kind":"Name","value":"meaning"}},{"kind":"Field","name":{"kind":"Name","value":"startsNewGlobalPeriod"}},{"kind":"Field","name":{"kind":"Name","value":"paymentNote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sources"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CheckClaimQuery, CheckClaimQueryVariables>;