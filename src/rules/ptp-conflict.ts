/**
 * Rule: NCCI procedure-to-procedure (PTP) conflicts between lines of the same date of service.
 *
 * Source: CMS, National Correct Coding Initiative Policy Manual for Medicare Services, Chapter I,
 * §E "Modifiers and Modifier Indicators", and the NCCI PTP edit files (practitioner and outpatient
 * hospital, quarterly). When both codes of an active edit are billed for the same beneficiary on the
 * same date (by the same provider, for practitioner claims), the column 2 code is not paid unless the
 * edit's modifier indicator is 1 and an NCCI-associated modifier (anatomic E1–E4, FA, F1–F9, TA,
 * T1–T9, LT, RT, LC, LD, RC, LM, RI; global 24, 25, 57, 58, 78, 79; 27, 59, 91, XE, XS, XP, XU) is
 * appended, normally to the column 2 code. Indicator 0: no modifier bypasses the edit. Indicator 9:
 * the edit does not apply (it was deleted, usually on its effective date). An edit is active on D when
 * effectiveDate <= D and (no deletionDate or deletionDate >= D).
 */
import type { Claim, ClaimContext, ClaimLine, Finding, PtpEditRow } from '../claims/types.js';
import { DENIAL_IDS, RULE_IDS } from './ids.js';
import { hasAny, linesByDate, makeFinding, releaseLabel, rowsInEffect } from './support.js';

/** NCCI Policy Manual ch.I §E: the modifiers that may bypass an edit whose indicator is 1. */
export const NCCI_BYPASS_MODIFIERS = [
  ...['E1', 'E2', 'E3', 'E4', 'FA', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9'],
  ...['TA', 'T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8', 'T9', 'LT', 'RT', 'LC', 'LD', 'RC', 'LM', 'RI'],
  ...['24', '25', '57', '58', '78', '79', '27', '59', '91', 'XE', 'XS', 'XP', 'XU'],
];

/** The bypass list as the graph states it (Rule ncci-ptp-bypass ALLOWS), else the manual's list. */
export function bypassModifiers(ctx: ClaimContext): Set<string> {
  const fromRule = ctx.rules.get(RULE_IDS.ptpBypass)?.allows ?? [];
  if (fromRule.length > 0) return new Set(fromRule);
  const fromNodes = [...ctx.modifiers.values()].filter((m) => m.ptpBypass === true).map((m) => m.code);
  return new Set(fromNodes.length > 0 ? fromNodes : NCCI_BYPASS_MODIFIERS);
}

export function isActiveOn(edit: PtpEditRow, date: string): boolean {
  return edit.effectiveDate <= date && (edit.deletionDate === null || edit.deletionDate >= date);
}

function editsByPair(ctx: ClaimContext): Map<string, PtpEditRow[]> {
  const out = new Map<string, PtpEditRow[]>();
  for (const e of ctx.ptpEdits) {
    const key = `${e.column1}|${e.column2}`;
    const arr = out.get(key) ?? [];
    arr.push(e);
    out.set(key, arr);
  }
  return out;
}

function denialFor(edit: PtpEditRow): string {
  return /mutually exclusive/i.test(edit.rationale ?? '')
    ? DENIAL_IDS.ptpMutuallyExclusive
    : DENIAL_IDS.ptpBundled;
}

function describe(edit: PtpEditRow): string {
  const setting = edit.setting === 'HOSPITAL' ? 'outpatient hospital' : 'practitioner';
  const why = edit.rationale ? ` (${edit.rationale})` : '';
  return `NCCI ${setting} PTP edit ${edit.column1}/${edit.column2}${why}, effective ${edit.effectiveDate}, modifier indicator ${edit.modifierIndicator}, ${releaseLabel(edit.release)}`;
}

export function ptpConflict(claim: Claim, ctx: ClaimContext): Finding[] {
  if (ctx.ptpEdits.length === 0) return [];
  const pairs = editsByPair(ctx);
  const bypass = bypassModifiers(ctx);
  const findings: Finding[] = [];
  for (const [date, lines] of linesByDate(claim.lines)) {
    for (const col1 of lines) {
      for (const col2 of lines) {
        if (col1 === col2 || col1.code === col2.code) continue;
        // For practitioner claims the edit applies to one provider's services on one date.
        if (claim.setting === 'PRACTITIONER' && !sameProvider(col1, col2)) continue;
        const candidates = pairs.get(`${col1.code}|${col2.code}`);
        if (!candidates) continue;
        const edit = rowsInEffect(candidates, date).find((e) => isActiveOn(e, date));
        if (!edit) continue;
        const f = judge(edit, col1, col2, bypass, ctx);
        if (f) findings.push(f);
      }
    }
  }
  return findings;
}

function sameProvider(a: ClaimLine, b: ClaimLine): boolean {
  return (
    a.renderingProvider === null ||
    b.renderingProvider === null ||
    a.renderingProvider === b.renderingProvider
  );
}

function judge(
  edit: PtpEditRow,
  col1: ClaimLine,
  col2: ClaimLine,
  bypass: Set<string>,
  ctx: ClaimContext,
): Finding | null {
  const base = {
    rule: 'ptp-conflict',
    lineIndexes: [col2.index, col1.index],
    codes: [edit.column1, edit.column2],
    denialReasonId: denialFor(edit),
    ruleIds: [RULE_IDS.ptpBypass],
    releases: [edit.release],
  };
  const onCol2 = hasAny(col2, bypass);
  const onCol1 = hasAny(col1, bypass);
  if (edit.modifierIndicator === '0') {
    const tried = [...onCol2, ...onCol1];
    const note = tried.length > 0 ? ` Modifier ${tried.join(', ')} cannot bypass an indicator-0 edit.` : '';
    return makeFinding(ctx, {
      ...base,
      severity: 'DENY',
      message: `${edit.column2} (line ${col2.index}) is not payable with ${edit.column1} (line ${col1.index}) on ${col2.dateOfService}: ${describe(edit)}; no modifier is allowed.${note}`,
      suggestion: `Bill only ${edit.column1}, or the code that describes the whole service; ${edit.column2} is included in it.`,
    });
  }
  if (edit.modifierIndicator !== '1') return null; // '9': the edit does not apply.
  if (onCol2.length > 0) return null;
  if (onCol1.length > 0) {
    return makeFinding(ctx, {
      ...base,
      severity: 'WARN',
      message: `${describe(edit)}: the bypass modifier ${onCol1.join(', ')} is on the column 1 code ${edit.column1} (line ${col1.index}); NCCI expects it on the column 2 code ${edit.column2} (line ${col2.index}).`,
      suggestion: `Move ${onCol1.join(', ')} to ${edit.column2} on line ${col2.index}.`,
    });
  }
  return makeFinding(ctx, {
    ...base,
    severity: 'DENY',
    message: `${edit.column2} (line ${col2.index}) is bundled into ${edit.column1} (line ${col1.index}) on ${col2.dateOfService}: ${describe(edit)}, and no bypass modifier is present.`,
    suggestion: `If the services were truly distinct (separate encounter, structure, practitioner or non-overlapping service), append XE, XS, XP or XU (or 59, or an anatomic modifier) to ${edit.column2} on line ${col2.index} and document why; otherwise do not bill ${edit.column2}.`,
  });
}
