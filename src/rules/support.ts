/**
 * What the rules share: choosing the release in effect on a date of service, date arithmetic, and
 * building a Finding whose CARC/RARC and sources come from the graph (never from code).
 */
import type {
  ClaimContext,
  ClaimLine,
  FeeField,
  FeeView,
  Finding,
  ModifierOption,
  ReleaseRef,
  Severity,
  SourceRef,
} from '../claims/types.js';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Of rows tagged with their release, those of the newest release in effect on `date` (release
 * effectiveDate <= date); when every release is newer than the date, those of the oldest one (NCCI
 * files carry each row's own date window, so an older DOS is still answered by its dates).
 */
export function rowsInEffect<T extends { release: ReleaseRef }>(rows: readonly T[], date: string): T[] {
  if (rows.length === 0) return [];
  let byDate = effectCache.get(rows) as Map<string, T[]> | undefined;
  if (!byDate) {
    byDate = new Map();
    effectCache.set(rows, byDate);
  }
  let hit = byDate.get(date);
  if (!hit) {
    hit = chooseRelease(rows, date);
    byDate.set(date, hit);
  }
  return hit;
}

// Rules are pure, so their look-ups are memoized per context (and per row list) for the claim's life.
const effectCache = new WeakMap<readonly unknown[], Map<string, unknown[]>>();
const feeCache = new WeakMap<ClaimContext, Map<string, FeeView | undefined>>();

function chooseRelease<T extends { release: ReleaseRef }>(rows: readonly T[], date: string): T[] {
  const releases = new Map<string, ReleaseRef>();
  for (const r of rows) releases.set(r.release.id, r.release);
  const sorted = [...releases.values()].sort(
    (a, b) => (a.effectiveDate ?? '').localeCompare(b.effectiveDate ?? '') || a.id.localeCompare(b.id),
  );
  const inEffect = sorted.filter((r) => (r.effectiveDate ?? '') <= date);
  const chosen = inEffect[inEffect.length - 1] ?? sorted[0]!;
  return rows.filter((r) => r.release.id === chosen.id);
}

/**
 * The PFS facts of a code on a date: the unmodified row (not -26/-TC/-53) of the newest current
 * release whose effectiveDate <= the date. None when no release was in effect yet (never a guess).
 */
export function feeFor(ctx: ClaimContext, code: string, date: string): FeeView | undefined {
  let cache = feeCache.get(ctx);
  if (!cache) {
    cache = new Map();
    feeCache.set(ctx, cache);
  }
  const key = `${code}|${date}`;
  if (!cache.has(key)) cache.set(key, computeFee(ctx, code, date));
  return cache.get(key);
}

function computeFee(ctx: ClaimContext, code: string, date: string): FeeView | undefined {
  const all = (ctx.fees.get(code) ?? []).filter((f) => (f.release.effectiveDate ?? '') <= date);
  const plain = all.filter((f) => f.modifier === null);
  const pool = (plain.length > 0 ? plain : all).sort((a, b) =>
    (b.release.effectiveDate ?? '').localeCompare(a.release.effectiveDate ?? ''),
  );
  const newest = pool[0];
  if (!newest) return undefined;
  // A release that does not state a field (a code page gives RVUs, not indicators) leaves it to the
  // newest older release that does; `from` records which release each fact came from.
  const view: FeeView = { ...newest, from: {} };
  const writable = view as unknown as Record<FeeField, unknown>;
  for (const field of FEE_FIELDS) {
    const holder = pool.find((f) => f[field] !== null);
    if (!holder) continue;
    writable[field] = holder[field];
    view.from[field] = holder.release;
  }
  return view;
}

const FEE_FIELDS: FeeField[] = [
  'statusCode',
  'globalDays',
  'preOp',
  'intraOp',
  'postOp',
  'nonFacilityNa',
  'facilityNa',
  'bilatSurg',
  'asstSurg',
  'coSurg',
  'teamSurg',
];

/** The release that states a field of a fee view. */
export function releaseOf(fee: FeeView, field: FeeField): ReleaseRef {
  return fee.from[field] ?? fee.release;
}

export function releaseLabel(r: ReleaseRef): string {
  return r.version ?? r.id;
}

export function hasAny(line: ClaimLine, modifiers: Iterable<string>): string[] {
  const wanted = new Set(modifiers);
  return line.modifiers.filter((m) => wanted.has(m));
}

/** E/M visits: CPT 99202–99499 (the evaluation and management section). */
export function isEvaluationAndManagement(code: string): boolean {
  return /^99\d{3}$/.test(code) && code >= '99202' && code <= '99499';
}

export interface FindingDraft {
  rule: string;
  severity: Severity;
  lineIndexes: number[];
  codes: string[];
  message: string;
  suggestion?: string | null;
  modifierOptions?: ModifierOption[];
  denialReasonId: string | null;
  /** Rule nodes whose sources back this finding. */
  ruleIds?: string[];
  /** Releases the facts came from (their published Source is cited). */
  releases?: (ReleaseRef | null | undefined)[];
}

export function makeFinding(ctx: ClaimContext, d: FindingDraft): Finding {
  const denial = d.denialReasonId ? ctx.denialReasons.get(d.denialReasonId) : undefined;
  const sources = new Map<string, SourceRef>();
  for (const id of d.ruleIds ?? []) for (const s of ctx.rules.get(id)?.sources ?? []) sources.set(s.id, s);
  for (const s of denial?.sources ?? []) sources.set(s.id, s);
  for (const r of d.releases ?? []) if (r?.source) sources.set(r.source.id, r.source);
  return {
    rule: d.rule,
    severity: d.severity,
    lineIndexes: [...new Set(d.lineIndexes)].sort((a, b) => a - b),
    codes: [...new Set(d.codes)],
    message: d.message,
    suggestion: d.suggestion ?? null,
    modifierOptions: d.modifierOptions ?? [],
    carc: denial?.carc ?? [],
    rarc: denial?.rarc ?? [],
    denialReasonId: d.denialReasonId,
    ruleIds: [...new Set(d.ruleIds ?? [])],
    sources: [...sources.values()],
  };
}

/** Lines grouped by date of service, in claim order. */
export function linesByDate(lines: readonly ClaimLine[]): Map<string, ClaimLine[]> {
  const out = new Map<string, ClaimLine[]>();
  for (const l of lines) {
    const arr = out.get(l.dateOfService) ?? [];
    arr.push(l);
    out.set(l.dateOfService, arr);
  }
  return out;
}
