/**
 * Rule: a place of service where the code cannot be paid as billed.
 *
 * Source: CMS, PFS Relative Value File record layout (NON-FAC NA INDICATOR / FACILITY NA INDICATOR:
 * "NA" means no practice-expense RVUs for that setting, because the service is not typically paid
 * there) and Medicare Claims Processing Manual (Pub. 100-04) ch.12 §20.4.2 (facility and
 * non-facility places of service); ASC Addendum AA (the ASC covered procedures list and payment
 * indicators) and IOM 100-04 ch.14 §10 for the ASC setting. Applies to practitioner claims.
 */
import type { Claim, ClaimContext, ClaimLine, FeeView, Finding, ReleaseRef } from '../claims/types.js';
import { DENIAL_IDS } from './ids.js';
import { feeFor, makeFinding, releaseLabel, releaseOf } from './support.js';

/** POS codes paid at the PFS facility rate (IOM 100-04 ch.12 §20.4.2); all others are non-facility. */
export const FACILITY_POS = new Set([
  '19',
  '21',
  '22',
  '23',
  '24',
  '26',
  '31',
  '34',
  '41',
  '42',
  '51',
  '52',
  '53',
  '56',
  '61',
]);
export const ASC_POS = '24';
/** ASC payment indicators for services not paid to an ASC (ASC Addendum AA). */
export const ASC_NOT_PAID = new Set(['B5', 'C5', 'D5', 'E5']);

export function siteOfService(claim: Claim, ctx: ClaimContext): Finding[] {
  if (claim.setting !== 'PRACTITIONER') return [];
  const findings: Finding[] = [];
  for (const line of claim.lines) {
    const pos = line.placeOfService;
    if (!pos) continue;
    const fee = feeFor(ctx, line.code, line.dateOfService);
    const facility = FACILITY_POS.has(pos);
    if (fee && !facility && fee.nonFacilityNa === true) {
      const release = releaseOf(fee, 'nonFacilityNa');
      findings.push(
        makeFinding(ctx, {
          rule: 'site-of-service',
          severity: 'DENY',
          lineIndexes: [line.index],
          codes: [line.code],
          message: `${line.code} (line ${line.index}) billed at non-facility place of service ${pos}: the PFS marks its non-facility practice expense NA (${releaseLabel(release)}), so there is no office (non-facility) payment for it.${newerSilent(fee, release)}`,
          suggestion: `Check the place of service: if the service was done in a facility (e.g. 22 on-campus HOPD, 24 ASC, 21 inpatient), report that POS.`,
          denialReasonId: DENIAL_IDS.siteOfService,
          releases: [release],
        }),
      );
    }
    if (fee && facility && fee.facilityNa === true) {
      const release = releaseOf(fee, 'facilityNa');
      findings.push(
        makeFinding(ctx, {
          rule: 'site-of-service',
          severity: 'DENY',
          lineIndexes: [line.index],
          codes: [line.code],
          message: `${line.code} (line ${line.index}) billed at facility place of service ${pos}: the PFS marks its facility practice expense NA (${releaseLabel(release)}).${newerSilent(fee, release)}`,
          suggestion: 'Check the place of service reported for this line.',
          denialReasonId: DENIAL_IDS.siteOfService,
          releases: [release],
        }),
      );
    }
    if (pos === ASC_POS && ctx.ascDataLoaded) {
      const f = ascFinding(ctx, line);
      if (f) findings.push(f);
    }
  }
  return findings;
}

/** Surfaces, never hides, that a newer release in effect (e.g. a code page's) does not state the indicator. */
function newerSilent(fee: FeeView, stated: ReleaseRef): string {
  return fee.release.id === stated.id
    ? ''
    : ` The newer ${releaseLabel(fee.release)} entry does not state this indicator; the NA comes from ${releaseLabel(stated)}.`;
}

function ascFinding(ctx: ClaimContext, line: ClaimLine): Finding | null {
  const payments = ctx.ascPayments.get(line.code) ?? [];
  const paid = payments.filter((p) => p.paymentIndicator && !ASC_NOT_PAID.has(p.paymentIndicator));
  if (paid.length > 0) return null;
  const pi = payments.map((p) => p.paymentIndicator).filter(Boolean);
  return makeFinding(ctx, {
    rule: 'site-of-service',
    severity: 'WARN',
    lineIndexes: [line.index],
    codes: [line.code],
    message:
      pi.length > 0
        ? `${line.code} (line ${line.index}) at an ASC (POS 24): its ASC payment indicator ${pi.join(', ')} means the ASC is not paid for it.`
        : `${line.code} (line ${line.index}) at an ASC (POS 24): it is not on the current ASC covered procedures list, so the ASC facility fee is not paid.`,
    suggestion:
      'Confirm where the service was performed; a hospital outpatient department (POS 22) may be the payable setting.',
    denialReasonId: DENIAL_IDS.siteOfService,
    releases: payments.map((p) => p.release),
  });
}
