/**
 * The claim check: validate the input, load the graph facts in one read, run every rule (pure
 * functions) and sort the findings, most severe first.
 */
import type { Executor } from '../db/executor.js';
import { RULES } from '../rules/index.js';
import { loadClaimContext } from './context.js';
import { parseClaim } from './input.js';
import type { Claim, ClaimCheckResult, ClaimContext, Finding } from './types.js';

const SEVERITY_ORDER = { DENY: 0, WARN: 1, INFO: 2 } as const;

/** Runs every rule over an already-loaded context. Pure: same claim and context, same result. */
export function evaluateClaim(claim: Claim, context: ClaimContext): ClaimCheckResult {
  const findings: Finding[] = RULES.flatMap((r) => r.check(claim, context));
  findings.sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.lineIndexes[0] ?? 0) - (b.lineIndexes[0] ?? 0) ||
      a.rule.localeCompare(b.rule),
  );
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  return {
    findings,
    summary: {
      lines: claim.lines.length,
      deny: count('DENY'),
      warn: count('WARN'),
      info: count('INFO'),
      total: findings.length,
    },
  };
}

/** Validates raw input (throws ClaimInputError), loads its context in one read, and checks it. */
export async function checkClaim(executor: Executor, raw: unknown): Promise<ClaimCheckResult> {
  const claim = parseClaim(raw);
  const context = await loadClaimContext(executor, claim);
  return evaluateClaim(claim, context);
}
