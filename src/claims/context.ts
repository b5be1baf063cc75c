/**
 * Loads everything the rules need for one claim in ONE named read (cypher/claims/
 * claim-context-by-codes.cypher), normalizes the rows at the boundary, and offers the look-ups the
 * rules share (the fee entry, MUE and PTP release in effect on a date of service).
 */
import type { Executor } from '../db/executor.js';
import { ALL_DENIAL_REASON_IDS, ALL_RULE_IDS, GLOBAL_MODIFIERS } from '../rules/ids.js';
import type {
  AscPayment,
  Claim,
  ClaimContext,
  DenialReasonInfo,
  FeeEntry,
  ModifierInfo,
  MueRow,
  PtpEditRow,
  ReleaseRef,
  RuleInfo,
  SourceRef,
} from './types.js';

export const CLAIM_CONTEXT_QUERY = 'claims/claim-context-by-codes';
/** The dataset name the ASC Addendum AA importer writes on its Release nodes. */
export const ASC_DATASET = 'ASC_ADDENDUM_AA';

type Row = Record<string, unknown>;

export function contextParams(claim: Claim) {
  const codes = new Set<string>();
  const modifiers = new Set<string>(GLOBAL_MODIFIERS);
  const dates: string[] = [];
  for (const l of claim.lines) {
    codes.add(l.code);
    dates.push(l.dateOfService);
    for (const m of l.modifiers) modifiers.add(m);
  }
  for (const s of claim.priorSurgeries) {
    codes.add(s.code);
    dates.push(s.date);
  }
  dates.sort();
  return {
    codes: [...codes].sort(),
    setting: claim.setting,
    minDate: dates[0],
    maxDate: dates[dates.length - 1],
    modifiers: [...modifiers].sort(),
    denialReasonIds: ALL_DENIAL_REASON_IDS,
    ruleIds: ALL_RULE_IDS,
    ascDataset: ASC_DATASET,
  };
}

export async function loadClaimContext(executor: Executor, claim: Claim): Promise<ClaimContext> {
  const rows = await executor.read<Row>(CLAIM_CONTEXT_QUERY, contextParams(claim));
  return toClaimContext(rows[0] ?? {});
}

const str = (v: unknown): string | null =>
  v === null || v === undefined || v === '' ? null : String(v).trim();
const num = (v: unknown): number | null => {
  if (v === null || v === undefined || v === '') return null;
  const n = typeof v === 'number' ? v : Number(v);
  return Number.isFinite(n) ? n : null;
};
const bool = (v: unknown): boolean | null =>
  v === null || v === undefined ? null : v === true || v === 'true';
const list = (v: unknown): Row[] => (Array.isArray(v) ? (v as Row[]) : []);
/** An NA indicator is stored either as a flag or as the file's text 'NA'. */
function naFlag(...vs: unknown[]): boolean | null {
  const stated = vs.filter((v) => v !== null && v !== undefined);
  if (stated.length === 0) return null;
  return stated.some((v) => v === true || (typeof v === 'string' && v.trim() === 'NA'));
}
/** GLOB DAYS as the file writes it: 90 → '090'. */
function globalDays(v: unknown): string | null {
  const s = str(v);
  if (s === null) return null;
  return /^\d+$/.test(s) ? s.padStart(3, '0') : s.toUpperCase();
}
/** Policy indicators are single digits; a numeric store (1) and a text store ('1') mean the same. */
const indicator = (v: unknown): string | null => str(v);

export function toSource(v: unknown): SourceRef | null {
  if (!v || typeof v !== 'object') return null;
  const s = v as Row;
  const id = str(s.id);
  if (!id) return null;
  return { id, title: str(s.title), url: str(s.url), publisher: str(s.publisher) };
}

function toRelease(v: unknown): ReleaseRef {
  const r = (v ?? {}) as Row;
  return {
    id: String(r.id ?? ''),
    dataset: str(r.dataset),
    version: str(r.version),
    effectiveDate: str(r.effectiveDate)?.slice(0, 10) ?? null,
    source: toSource(r.source),
  };
}

/** Property names follow docs/model.md; a few spellings of the RVU file's headers are accepted too. */
export function toFeeEntry(f: Row): FeeEntry {
  return {
    code: String(f.code),
    modifier: str(f.modifier),
    statusCode: str(f.statusCode)?.toUpperCase() ?? null,
    globalDays: globalDays(f.globalDays ?? f.globDays ?? f.globalPeriod),
    preOp: num(f.preOp ?? f.preOpShare),
    intraOp: num(f.intraOp ?? f.intraOpShare),
    postOp: num(f.postOp ?? f.postOpShare),
    nonFacilityNa: naFlag(f.nonFacilityNa, f.nonFacilityNaIndicator, f.nonFacNaIndicator),
    facilityNa: naFlag(f.facilityNa, f.facilityNaIndicator),
    bilatSurg: indicator(f.bilatSurg ?? f.bilateralSurgery),
    asstSurg: indicator(f.asstSurg ?? f.assistantSurgery),
    coSurg: indicator(f.coSurg ?? f.coSurgery),
    teamSurg: indicator(f.teamSurg ?? f.teamSurgery),
    release: toRelease(f.release),
  };
}

export function toClaimContext(row: Row): ClaimContext {
  // Rows name their release by id; the release (and its source) is listed once in row.releases.
  const releases = new Map<string, Row>();
  for (const r of list(row.releases)) releases.set(String(r.id), r);
  const withRelease = (x: Row): Row =>
    x.release || x.releaseId === undefined
      ? x
      : { ...x, release: releases.get(String(x.releaseId)) ?? { id: x.releaseId } };
  const fees = new Map<string, FeeEntry[]>();
  for (const f of list(row.fees).map(withRelease).map(toFeeEntry)) {
    const arr = fees.get(f.code) ?? [];
    arr.push(f);
    fees.set(f.code, arr);
  }
  const ptpEdits: PtpEditRow[] = list(row.ptpEdits)
    .map(withRelease)
    .map((e) => ({
      column1: String(e.column1),
      column2: String(e.column2),
      setting: String(e.setting),
      effectiveDate: String(e.effectiveDate).slice(0, 10),
      deletionDate: str(e.deletionDate)?.slice(0, 10) ?? null,
      modifierIndicator: String(e.modifierIndicator ?? '').trim(),
      rationale: str(e.rationale),
      release: toRelease(e.release),
    }));
  const mues = new Map<string, MueRow[]>();
  for (const m of list(row.mues).map(withRelease)) {
    const value = num(m.value);
    if (value === null) continue;
    const mue: MueRow = {
      code: String(m.code),
      setting: String(m.setting),
      value,
      adjudicationIndicator: String(m.adjudicationIndicator ?? '').trim(),
      rationale: str(m.rationale),
      release: toRelease(m.release),
    };
    const arr = mues.get(mue.code) ?? [];
    arr.push(mue);
    mues.set(mue.code, arr);
  }
  const modifiers = new Map<string, ModifierInfo>();
  for (const m of list(row.modifiers)) {
    modifiers.set(String(m.code), {
      code: String(m.code),
      name: str(m.name),
      meaning: str(m.meaning),
      ptpBypass: bool(m.ptpBypass),
      startsNewGlobalPeriod: bool(m.startsNewGlobalPeriod),
      paymentNote: str(m.paymentNote),
    });
  }
  const sources = (v: unknown) => list(v).flatMap((s) => toSource(s) ?? []);
  const denialReasons = new Map<string, DenialReasonInfo>();
  for (const d of list(row.denialReasons)) {
    denialReasons.set(String(d.id), {
      id: String(d.id),
      title: str(d.title),
      carc: list(d.carc).map(String),
      rarc: list(d.rarc).map(String),
      sources: sources(d.sources),
    });
  }
  const rules = new Map<string, RuleInfo>();
  for (const r of list(row.rules)) {
    rules.set(String(r.id), {
      id: String(r.id),
      statement: str(r.statement),
      allows: list(r.allows).map(String),
      sources: sources(r.sources),
    });
  }
  const ascPayments = new Map<string, AscPayment[]>();
  for (const p of list(row.ascPayments).map(withRelease)) {
    const a: AscPayment = {
      code: String(p.code),
      paymentIndicator: str(p.paymentIndicator),
      release: toRelease(p.release),
    };
    const arr = ascPayments.get(a.code) ?? [];
    arr.push(a);
    ascPayments.set(a.code, arr);
  }
  return {
    fees,
    ptpEdits,
    mues,
    modifiers,
    denialReasons,
    rules,
    ascPayments,
    ascDataLoaded: row.ascDataLoaded === true,
  };
}

/** An empty context: no graph facts at all (the rules then find only what needs no data). */
export function emptyContext(): ClaimContext {
  return toClaimContext({});
}
