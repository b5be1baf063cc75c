/**
 * Rule: modifier 59 together with one of its subsets XE, XS, XP or XU on the same line.
 *
 * Source: CMS MLN Matters MM8863 ("Specific Modifiers for Distinct Procedural Services", 2015) and
 * the NCCI Policy Manual for Medicare Services, Chapter I, §E: the X{EPSU} modifiers are more
 * selective versions of 59; a line should carry 59 or one X modifier, not both. CMS also expects the
 * most specific modifier, so 59 is to be used only when no X modifier describes the situation.
 */
import type { Claim, ClaimContext, Finding } from '../claims/types.js';
import { DENIAL_IDS } from './ids.js';
import { makeFinding } from './support.js';

export const X_MODIFIERS = ['XE', 'XS', 'XP', 'XU'];

export function distinctServiceModifiers(claim: Claim, ctx: ClaimContext): Finding[] {
  const findings: Finding[] = [];
  for (const line of claim.lines) {
    const xs = line.modifiers.filter((m) => X_MODIFIERS.includes(m));
    if (!line.modifiers.includes('59') || xs.length === 0) continue;
    findings.push(
      makeFinding(ctx, {
        rule: 'distinct-service-modifiers',
        severity: 'WARN',
        lineIndexes: [line.index],
        codes: [line.code],
        message: `${line.code} (line ${line.index}) carries 59 together with ${xs.join(', ')}: the X modifiers replace 59, and the two are not to be reported on the same line.`,
        suggestion: `Keep only ${xs[0]} (the most specific modifier) and remove 59.`,
        denialReasonId: DENIAL_IDS.modifierIndicator,
      }),
    );
  }
  return findings;
}
