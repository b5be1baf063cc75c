/**
 * The shapes the claim check works on: a validated claim, the graph facts loaded for it in one batch,
 * and the findings the rules return. Plain data only, so every rule is a pure function.
 */

export type Setting = 'PRACTITIONER' | 'HOSPITAL';
export type Severity = 'DENY' | 'WARN' | 'INFO';

export interface ClaimLine {
  /** Position of the line in the submitted claim (0-based). */
  index: number;
  code: string;
  modifiers: string[];
  units: number;
  dateOfService: string;
  /** The line's place of service, or the claim's when the line has none. */
  placeOfService: string | null;
  renderingProvider: string | null;
}

export interface PriorSurgery {
  code: string;
  date: string;
  provider: string | null;
}

export interface Claim {
  setting: Setting;
  placeOfService: string | null;
  lines: ClaimLine[];
  priorSurgeries: PriorSurgery[];
}

export interface SourceRef {
  id: string;
  title: string | null;
  url: string | null;
  publisher: string | null;
}

export interface ReleaseRef {
  id: string;
  dataset: string | null;
  version: string | null;
  effectiveDate: string | null;
  source: SourceRef | null;
}

/** One PFS RVU row for a code, normalized from its FeeScheduleEntry node. */
export interface FeeEntry {
  code: string;
  modifier: string | null;
  statusCode: string | null;
  /** '000', '010', '090', 'XXX', 'YYY', 'ZZZ', 'MMM' or null. */
  globalDays: string | null;
  preOp: number | null;
  intraOp: number | null;
  postOp: number | null;
  /** True: NA in the file; false: a value; null: the entry does not state it (e.g. from a code page). */
  nonFacilityNa: boolean | null;
  facilityNa: boolean | null;
  bilatSurg: string | null;
  asstSurg: string | null;
  coSurg: string | null;
  teamSurg: string | null;
  release: ReleaseRef;
}

export type FeeField =
  | 'statusCode'
  | 'globalDays'
  | 'preOp'
  | 'intraOp'
  | 'postOp'
  | 'nonFacilityNa'
  | 'facilityNa'
  | 'bilatSurg'
  | 'asstSurg'
  | 'coSurg'
  | 'teamSurg';

/**
 * A code's PFS facts on a date: each field from the newest release in effect that states it, and
 * `from` naming that release per field (so every fact is cited to the release that holds it).
 */
export interface FeeView extends FeeEntry {
  from: Partial<Record<FeeField, ReleaseRef>>;
}

export interface PtpEditRow {
  column1: string;
  column2: string;
  setting: string;
  effectiveDate: string;
  deletionDate: string | null;
  /** '0' no modifier allowed, '1' allowed, '9' not applicable. */
  modifierIndicator: string;
  rationale: string | null;
  release: ReleaseRef;
}

export interface MueRow {
  code: string;
  setting: string;
  value: number;
  /** '1' line edit, '2' date of service (policy), '3' date of service (clinical). */
  adjudicationIndicator: string;
  rationale: string | null;
  release: ReleaseRef;
}

export interface ModifierInfo {
  code: string;
  name: string | null;
  meaning: string | null;
  ptpBypass: boolean | null;
  startsNewGlobalPeriod: boolean | null;
  paymentNote: string | null;
}

export interface DenialReasonInfo {
  id: string;
  title: string | null;
  carc: string[];
  rarc: string[];
  sources: SourceRef[];
}

export interface RuleInfo {
  id: string;
  statement: string | null;
  allows: string[];
  sources: SourceRef[];
}

export interface AscPayment {
  code: string;
  paymentIndicator: string | null;
  release: ReleaseRef | null;
}

/** Everything the rules may consult, loaded for one claim in one read. */
export interface ClaimContext {
  fees: Map<string, FeeEntry[]>;
  ptpEdits: PtpEditRow[];
  mues: Map<string, MueRow[]>;
  modifiers: Map<string, ModifierInfo>;
  denialReasons: Map<string, DenialReasonInfo>;
  rules: Map<string, RuleInfo>;
  ascPayments: Map<string, AscPayment[]>;
  /** True when a current ASC release is loaded, so a missing ASC row means "not on the ASC list". */
  ascDataLoaded: boolean;
}

export interface ModifierOption {
  modifier: string;
  meaning: string;
  startsNewGlobalPeriod: boolean;
  paymentNote: string | null;
}

export interface Finding {
  rule: string;
  severity: Severity;
  lineIndexes: number[];
  codes: string[];
  message: string;
  suggestion: string | null;
  modifierOptions: ModifierOption[];
  carc: string[];
  rarc: string[];
  /** The DenialReason this finding predicts; null for notes that predict no denial. */
  denialReasonId: string | null;
  /** The curated Rule nodes (docs/model.md) this finding applies, e.g. 'global-090'. */
  ruleIds: string[];
  sources: SourceRef[];
}

export interface ClaimCheckSummary {
  lines: number;
  deny: number;
  warn: number;
  info: number;
  total: number;
}

export interface ClaimCheckResult {
  findings: Finding[];
  summary: ClaimCheckSummary;
}

export type ClaimRule = (claim: Claim, context: ClaimContext) => Finding[];
