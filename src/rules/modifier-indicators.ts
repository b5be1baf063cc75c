/**
 * Rule: payment-policy modifiers that the code's PFS indicators do not allow.
 *
 * Source: CMS, PFS Relative Value File record layout (RVUyy readme: BILAT SURG, ASST SURG, CO-SURG,
 * TEAM SURG indicator definitions) and Medicare Claims Processing Manual (Pub. 100-04) ch.12 §20.4.3
 * (assistants at surgery), §40.7 (bilateral surgery) and §40.8 (co-surgeons and team surgeons).
 *  - 50 bilateral: BILAT SURG 1 = 150% adjustment applies; 3 = 100% for each side; 0 = no bilateral
 *    adjustment (paid as one unit at 100%); 2 = the code is already bilateral (no adjustment);
 *    9 = the concept does not apply.
 *  - 80/81/82/AS assistant: ASST SURG 0 = restricted, paid only with documentation of medical
 *    necessity; 1 = statutory restriction, never paid; 2 = payable; 9 = concept does not apply.
 *  - 62 co-surgeons: CO-SURG 0 = not permitted; 1 = permitted with documentation; 2 = permitted;
 *    9 = concept does not apply.
 *  - 66 team surgery: TEAM SURG 0 = not permitted; 1 = with documentation; 2 = permitted; 9 = n/a.
 */
import type {
  Claim,
  ClaimContext,
  ClaimLine,
  FeeField,
  FeeView,
  Finding,
  Severity,
} from '../claims/types.js';
import { DENIAL_IDS } from './ids.js';
import { feeFor, makeFinding, releaseLabel, releaseOf } from './support.js';

interface Verdict {
  severity: Severity;
  why: string;
  suggestion: string;
}

type Check = (fee: FeeView, modifier: string) => Verdict | null;

const bilateral: Check = (fee) => {
  switch (fee.bilatSurg) {
    case '0':
      return {
        severity: 'WARN',
        why: 'BILAT SURG 0: the 150% bilateral adjustment does not apply; both sides are paid as one procedure at 100%',
        suggestion:
          'Expect no bilateral increase; check whether another code describes the bilateral service.',
      };
    case '2':
      return {
        severity: 'DENY',
        why: 'BILAT SURG 2: the code is already bilateral, so modifier 50 is inconsistent with it',
        suggestion: 'Remove modifier 50.',
      };
    case '9':
      return {
        severity: 'DENY',
        why: 'BILAT SURG 9: the bilateral concept does not apply to this code',
        suggestion: 'Remove modifier 50.',
      };
    default:
      return null;
  }
};

const assistant: Check = (fee) => {
  switch (fee.asstSurg) {
    case '0':
      return {
        severity: 'WARN',
        why: 'ASST SURG 0: assistants are paid only when documentation establishes medical necessity',
        suggestion: 'Submit documentation of the need for an assistant, or expect a denial.',
      };
    case '1':
      return {
        severity: 'DENY',
        why: 'ASST SURG 1: statutory payment restriction, assistants at surgery are never paid for this code',
        suggestion: 'Do not bill an assistant-at-surgery line for this code.',
      };
    case '9':
      return {
        severity: 'DENY',
        why: 'ASST SURG 9: the assistant-at-surgery concept does not apply to this code',
        suggestion: 'Remove the assistant modifier.',
      };
    default:
      return null;
  }
};

const twoSurgeons =
  (column: 'coSurg' | 'teamSurg', label: string): Check =>
  (fee) => {
    switch (fee[column]) {
      case '0':
        return {
          severity: 'DENY',
          why: `${label} 0: not permitted for this code`,
          suggestion: 'Each surgeon bills the code that describes their own work, without this modifier.',
        };
      case '1':
        return {
          severity: 'WARN',
          why: `${label} 1: permitted only with documentation that establishes medical necessity`,
          suggestion: 'Submit the operative notes of both surgeons with the claim.',
        };
      case '9':
        return {
          severity: 'DENY',
          why: `${label} 9: the concept does not apply to this code`,
          suggestion: 'Remove the modifier.',
        };
      default:
        return null;
    }
  };

export const MODIFIER_CHECKS: Record<string, { field: FeeField; check: Check }> = {
  '50': { field: 'bilatSurg', check: bilateral },
  '80': { field: 'asstSurg', check: assistant },
  '81': { field: 'asstSurg', check: assistant },
  '82': { field: 'asstSurg', check: assistant },
  AS: { field: 'asstSurg', check: assistant },
  '62': { field: 'coSurg', check: twoSurgeons('coSurg', 'CO-SURG') },
  '66': { field: 'teamSurg', check: twoSurgeons('teamSurg', 'TEAM SURG') },
};

export function modifierIndicators(claim: Claim, ctx: ClaimContext): Finding[] {
  const findings: Finding[] = [];
  for (const line of claim.lines) {
    const fee = feeFor(ctx, line.code, line.dateOfService);
    if (!fee) continue;
    for (const m of line.modifiers) {
      const entry = MODIFIER_CHECKS[m];
      const verdict = entry?.check(fee, m);
      if (entry && verdict) findings.push(finding(ctx, line, fee, entry.field, m, verdict));
    }
  }
  return findings;
}

function finding(
  ctx: ClaimContext,
  line: ClaimLine,
  fee: FeeView,
  field: FeeField,
  modifier: string,
  v: Verdict,
): Finding {
  const release = releaseOf(fee, field);
  return makeFinding(ctx, {
    rule: 'modifier-indicators',
    severity: v.severity,
    lineIndexes: [line.index],
    codes: [line.code],
    message: `Modifier ${modifier} on ${line.code} (line ${line.index}): ${v.why} (PFS ${releaseLabel(release)}).`,
    suggestion: v.suggestion,
    denialReasonId: DENIAL_IDS.modifierIndicator,
    releases: [release],
  });
}
