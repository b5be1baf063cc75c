/**
 * Rule: a code whose PFS status does not allow separate payment on the date of service.
 *
 * Source: CMS, PFS Relative Value File record layout, STATUS CODE definitions (RVUs are used for
 * payment only under A, R and T; C is priced by the contractor), and Medicare Claims Processing
 * Manual (Pub. 100-04) ch.12 §30. B: bundled (payment is in another service); P: bundled or excluded;
 * I: not valid for Medicare; N: non-covered; X: statutory exclusion; E: excluded by regulation;
 * D, F, H: deleted; G: not valid (grace period); M: measurement code, no payment; T: paid only when
 * no other PFS service is paid the same day.
 */
import type { Claim, ClaimContext, ClaimLine, FeeView, Finding, Severity } from '../claims/types.js';
import { DENIAL_IDS } from './ids.js';
import { feeFor, makeFinding, releaseLabel, releaseOf } from './support.js';

export const STATUS_VERDICTS: Record<string, { severity: Severity; meaning: string }> = {
  B: { severity: 'DENY', meaning: 'bundled: always paid as part of another service, never separately' },
  P: { severity: 'DENY', meaning: 'bundled or excluded: no separate PFS payment' },
  I: { severity: 'DENY', meaning: 'not valid for Medicare purposes (another code is used)' },
  N: { severity: 'DENY', meaning: 'non-covered service' },
  X: { severity: 'DENY', meaning: 'statutory exclusion: not in the Medicare benefit' },
  E: { severity: 'DENY', meaning: 'excluded from the PFS by regulation' },
  D: { severity: 'DENY', meaning: 'deleted code' },
  F: { severity: 'DENY', meaning: 'deleted code, no grace period' },
  H: { severity: 'DENY', meaning: 'deleted modifier combination' },
  G: { severity: 'WARN', meaning: 'not valid for Medicare; accepted only during its grace period' },
  M: { severity: 'INFO', meaning: 'measurement code: reported for quality programs, paid nothing' },
  C: { severity: 'INFO', meaning: 'carrier priced: the MAC sets the payment' },
};

export function statusCode(claim: Claim, ctx: ClaimContext): Finding[] {
  const findings: Finding[] = [];
  for (const line of claim.lines) {
    const fee = feeFor(ctx, line.code, line.dateOfService);
    if (!fee?.statusCode) continue;
    if (fee.statusCode === 'T') {
      const others = claim.lines.filter((l) => l !== line && l.dateOfService === line.dateOfService);
      if (others.length > 0) findings.push(restricted(ctx, line, fee, others));
      continue;
    }
    const verdict = STATUS_VERDICTS[fee.statusCode];
    if (!verdict) continue;
    findings.push(
      makeFinding(ctx, {
        rule: 'status-code',
        severity: verdict.severity,
        lineIndexes: [line.index],
        codes: [line.code],
        message: `${line.code} (line ${line.index}) has PFS status ${fee.statusCode} (${releaseLabel(releaseOf(fee, 'statusCode'))}): ${verdict.meaning}.`,
        suggestion:
          verdict.severity === 'DENY'
            ? 'Report the code Medicare pays for this service, or expect no payment.'
            : null,
        denialReasonId: verdict.severity === 'INFO' ? null : DENIAL_IDS.statusNotPayable,
        releases: [releaseOf(fee, 'statusCode')],
      }),
    );
  }
  return findings;
}

function restricted(ctx: ClaimContext, line: ClaimLine, fee: FeeView, others: ClaimLine[]): Finding {
  return makeFinding(ctx, {
    rule: 'status-code',
    severity: 'WARN',
    lineIndexes: [line.index, ...others.map((l) => l.index)],
    codes: [line.code],
    message: `${line.code} (line ${line.index}) has PFS status T (${releaseLabel(releaseOf(fee, 'statusCode'))}): it is paid only when no other PFS service is paid on ${line.dateOfService}, and this claim has ${others.length} other line(s) that day.`,
    suggestion: null,
    denialReasonId: DENIAL_IDS.statusNotPayable,
    releases: [releaseOf(fee, 'statusCode')],
  });
}
