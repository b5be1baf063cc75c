/**
 * Rule: units of a code over its Medically Unlikely Edit (MUE).
 *
 * Source: CMS, NCCI Policy Manual for Medicare Services, Chapter I, §V "Medically Unlikely Edits",
 * and the quarterly NCCI MUE files (practitioner, outpatient hospital). The MUE Adjudication
 * Indicator (MAI) says how units are counted: 1 = claim-line edit (each line is compared with the
 * value; the whole line is denied, and medically necessary extra units may go on another line with
 * an appropriate modifier); 2 = date-of-service edit based on policy (units of all lines of that date
 * are summed; the limit is absolute and not appealable); 3 = date-of-service edit based on clinical
 * information (units summed per date; denied units may be paid on appeal with documentation).
 */
import type { Claim, ClaimContext, ClaimLine, Finding, MueRow } from '../claims/types.js';
import { DENIAL_IDS } from './ids.js';
import { linesByDate, makeFinding, releaseLabel, rowsInEffect } from './support.js';

export const MAI_MEANING: Record<string, string> = {
  '1': 'MAI 1, a claim-line edit: each line is compared with the limit and a line over it is denied',
  '2': 'MAI 2, a date-of-service edit based on policy: units of the day are summed and the limit is absolute (not appealable)',
  '3': 'MAI 3, a date-of-service edit based on clinical benchmarks: units of the day are summed; denied units can be appealed with documentation',
};

export function mueExceeded(claim: Claim, ctx: ClaimContext): Finding[] {
  if (ctx.mues.size === 0) return [];
  const findings: Finding[] = [];
  for (const [date, lines] of linesByDate(claim.lines)) {
    const byCode = new Map<string, ClaimLine[]>();
    for (const l of lines) byCode.set(l.code, [...(byCode.get(l.code) ?? []), l]);
    for (const [code, codeLines] of byCode) {
      const mue = rowsInEffect(ctx.mues.get(code) ?? [], date)[0];
      if (!mue) continue;
      if (mue.adjudicationIndicator === '1') {
        for (const l of codeLines) {
          if (l.units > mue.value) findings.push(finding(ctx, mue, [l], l.units, date));
        }
      } else {
        const units = codeLines.reduce((n, l) => n + l.units, 0);
        if (units > mue.value) findings.push(finding(ctx, mue, codeLines, units, date));
      }
    }
  }
  return findings;
}

function finding(ctx: ClaimContext, mue: MueRow, lines: ClaimLine[], units: number, date: string): Finding {
  const where =
    lines.length === 1 ? `line ${lines[0]!.index}` : `lines ${lines.map((l) => l.index).join(', ')}`;
  const mai = MAI_MEANING[mue.adjudicationIndicator] ?? `MAI ${mue.adjudicationIndicator}`;
  const setting = mue.setting === 'HOSPITAL' ? 'outpatient hospital' : mue.setting.toLowerCase();
  const suggestion =
    mue.adjudicationIndicator === '1'
      ? `Bill no more than ${mue.value} unit(s) per line; if more were medically necessary, report them on separate lines with an appropriate modifier (e.g. anatomic or XE/XS/XU) and document.`
      : mue.adjudicationIndicator === '2'
        ? `Reduce ${mue.code} to ${mue.value} unit(s) on ${date}; units over an MAI 2 limit are not paid even on appeal.`
        : `Reduce ${mue.code} to ${mue.value} unit(s) on ${date}, or be ready to appeal with records showing medical necessity.`;
  return makeFinding(ctx, {
    rule: 'mue-exceeded',
    severity: 'DENY',
    lineIndexes: lines.map((l) => l.index),
    codes: [mue.code],
    message: `${mue.code} billed for ${units} unit(s) on ${date} (${where}) exceeds its ${setting} MUE of ${mue.value} (${releaseLabel(mue.release)}; ${mai}).${mue.rationale ? ` Rationale: ${mue.rationale}.` : ''}`,
    suggestion,
    denialReasonId: DENIAL_IDS.mueExceeded,
    releases: [mue.release],
  });
}
