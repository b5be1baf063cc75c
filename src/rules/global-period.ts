/**
 * Rule: a service inside the global surgical period of an earlier (or the same day's) surgery.
 *
 * Source: CMS, Medicare Claims Processing Manual (Pub. 100-04), Chapter 12, §40.1 "Definition of a
 * Global Surgical Package" and §40.2 "Billing Requirements for Global Surgeries"; the GLOB DAYS column
 * of the PFS Relative Value File. 000: the day of the procedure; 010: the day of the procedure and 10
 * days after; 090: the day before, the day of, and 90 days after. The package covers the same
 * physician (or members of the same group and specialty). A procedure in the period is paid only with
 * 58 (staged or related, planned or more extensive: a new global period starts), 78 (unplanned return
 * to the OR/procedure room for a related complication: paid the intra-operative share only, no new
 * global period) or 79 (unrelated: a new global period starts). An E/M visit needs 24 (unrelated, in
 * the post-op period), 25 (significant and separately identifiable, same day as a minor procedure) or
 * 57 (decision for surgery, the day before or the day of a 090 procedure).
 */
import type { Claim, ClaimContext, ClaimLine, FeeView, Finding, ModifierOption } from '../claims/types.js';
import { DENIAL_IDS, RULE_IDS } from './ids.js';
import {
  daysBetween,
  feeFor,
  isEvaluationAndManagement,
  makeFinding,
  releaseLabel,
  releaseOf,
} from './support.js';

interface Surgery {
  code: string;
  date: string;
  provider: string | null;
  /** The claim line that is the surgery, when it is on this claim. */
  lineIndex: number | null;
  fee: FeeView;
}

/** Days before and after the surgery date that the global period covers (IOM 100-04 ch.12 §40.1). */
export const GLOBAL_WINDOWS: Record<string, { before: number; after: number; ruleId: string }> = {
  '000': { before: 0, after: 0, ruleId: RULE_IDS.global000 },
  '010': { before: 0, after: 10, ruleId: RULE_IDS.global010 },
  '090': { before: 1, after: 90, ruleId: RULE_IDS.global090 },
};

/** Our own words for each modifier's effect, used when the graph holds no Modifier node for it. */
const MODIFIER_EFFECT: Record<string, { meaning: string; startsNewGlobalPeriod: boolean; ruleId?: string }> =
  {
    '58': {
      meaning: 'Staged or related procedure, planned at the first surgery or more extensive',
      startsNewGlobalPeriod: true,
      ruleId: RULE_IDS.modifier58,
    },
    '78': {
      meaning: 'Unplanned return to the operating or procedure room for a related complication',
      startsNewGlobalPeriod: false,
      ruleId: RULE_IDS.modifier78,
    },
    '79': {
      meaning: 'Unrelated procedure by the same physician during the post-operative period',
      startsNewGlobalPeriod: true,
      ruleId: RULE_IDS.modifier79,
    },
    '24': {
      meaning: 'Unrelated evaluation and management visit during the post-operative period',
      startsNewGlobalPeriod: false,
    },
    '25': {
      meaning: 'Significant, separately identifiable E/M visit on the day of a procedure',
      startsNewGlobalPeriod: false,
    },
    '57': {
      meaning: 'E/M visit that resulted in the decision for major surgery (day before or day of)',
      startsNewGlobalPeriod: false,
    },
  };

function option(ctx: ClaimContext, modifier: string, line: ClaimLine): ModifierOption {
  const node = ctx.modifiers.get(modifier);
  const effect = MODIFIER_EFFECT[modifier]!;
  let paymentNote = node?.paymentNote ?? null;
  if (modifier === '78')
    paymentNote =
      intraOpNote(ctx, line) ?? paymentNote ?? 'Paid at the intra-operative share of the fee only.';
  if (modifier === '58' || modifier === '79')
    paymentNote ??= 'Paid in full (subject to the multiple-procedure rules).';
  return {
    modifier,
    meaning: node?.meaning ?? effect.meaning,
    startsNewGlobalPeriod: node?.startsNewGlobalPeriod ?? effect.startsNewGlobalPeriod,
    paymentNote,
  };
}

/** With 78, only the INTRA OP share of the code's global fee is paid (PFS RVU file, INTRA OP column). */
function intraOpNote(ctx: ClaimContext, line: ClaimLine): string | null {
  const fee = feeFor(ctx, line.code, line.dateOfService);
  if (!fee || fee.intraOp === null) return null;
  return `Only the intra-operative share (${fee.intraOp.toFixed(2)}) of ${line.code}'s fee is paid (INTRA OP, ${releaseLabel(releaseOf(fee, 'intraOp'))}); no new global period starts.`;
}

function surgeries(claim: Claim, ctx: ClaimContext): Surgery[] {
  const out: Surgery[] = [];
  for (const s of claim.priorSurgeries) {
    const fee = feeFor(ctx, s.code, s.date);
    if (fee?.globalDays && GLOBAL_WINDOWS[fee.globalDays]) out.push({ ...s, lineIndex: null, fee });
  }
  for (const l of claim.lines) {
    const fee = feeFor(ctx, l.code, l.dateOfService);
    if (fee?.globalDays && GLOBAL_WINDOWS[fee.globalDays]) {
      out.push({
        code: l.code,
        date: l.dateOfService,
        provider: l.renderingProvider,
        lineIndex: l.index,
        fee,
      });
    }
  }
  return out;
}

/** The modifiers that make a service billable inside the period, by kind of service and day. */
function allowedModifiers(line: ClaimLine, day: number, globalDays: string): string[] {
  if (!isEvaluationAndManagement(line.code)) return ['58', '78', '79'];
  if (day > 0) return ['24'];
  if (globalDays === '090') return ['57'];
  return ['25'];
}

export function globalPeriod(claim: Claim, ctx: ClaimContext): Finding[] {
  const findings: Finding[] = [];
  const all = surgeries(claim, ctx);
  for (const line of claim.lines) {
    for (const s of all) {
      if (s.lineIndex === line.index) continue;
      const window = GLOBAL_WINDOWS[s.fee.globalDays!]!;
      const day = daysBetween(s.date, line.dateOfService);
      if (day < -window.before || day > window.after) continue;
      // Procedures on the surgery's own date are a PTP / multiple-procedure question, not this rule's.
      if (day === 0 && !isEvaluationAndManagement(line.code)) continue;
      if (day < 0 && !isEvaluationAndManagement(line.code)) continue;
      const f = judge(ctx, line, s, day, window.ruleId);
      if (f) findings.push(f);
    }
  }
  return findings;
}

function where(day: number): string {
  if (day < 0) return 'the day before surgery, inside';
  if (day === 0) return 'the day of surgery, inside';
  return `day ${day} of`;
}

function judge(ctx: ClaimContext, line: ClaimLine, s: Surgery, day: number, ruleId: string): Finding | null {
  const period = `the ${s.fee.globalDays}-day global period of ${s.code} (${s.date}${s.lineIndex !== null ? `, line ${s.lineIndex}` : ', prior surgery'}; GLOB DAYS ${s.fee.globalDays}, ${releaseLabel(releaseOf(s.fee, 'globalDays'))})`;
  const lineIndexes = s.lineIndex !== null ? [line.index, s.lineIndex] : [line.index];
  const codes = [line.code, s.code];
  if (s.provider && line.renderingProvider && s.provider !== line.renderingProvider) {
    return makeFinding(ctx, {
      rule: 'global-period',
      severity: 'INFO',
      lineIndexes,
      codes,
      message: `${line.code} on ${line.dateOfService} falls on ${where(day)} ${period}, but by another provider (${line.renderingProvider}, surgery by ${s.provider}). The package binds only the surgeon and members of the same group and specialty; if they share one, a global-period modifier is still needed.`,
      denialReasonId: null,
      ruleIds: [ruleId],
      releases: [releaseOf(s.fee, 'globalDays')],
    });
  }
  const allowed = allowedModifiers(line, day, s.fee.globalDays!);
  const present = line.modifiers.filter((m) => allowed.includes(m));
  const options = allowed.map((m) => option(ctx, m, line));
  const modifierRuleIds = allowed.flatMap((m) => MODIFIER_EFFECT[m]?.ruleId ?? []);
  if (present.length === 0) {
    const suggestion = isEvaluationAndManagement(line.code)
      ? `Append ${allowed.join(' or ')} if the visit is separately identifiable (${options.map((o) => `${o.modifier}: ${o.meaning.toLowerCase()}`).join('; ')}); otherwise it is part of the surgical package.`
      : `Append 58 if ${line.code} was staged or planned at the time of ${s.code} (document the intent in its operative note), 78 if it is an unplanned return to the operating room for a complication (only the intra-operative share is paid), or 79 if it is unrelated.`;
    return makeFinding(ctx, {
      rule: 'global-period',
      severity: 'DENY',
      lineIndexes,
      codes,
      message: `${line.code} on ${line.dateOfService} falls on ${where(day)} ${period}, billed without ${allowed.join(', ')}: it is bundled into ${s.code}'s global surgical package.`,
      suggestion,
      modifierOptions: options,
      denialReasonId: DENIAL_IDS.globalPeriod,
      ruleIds: [ruleId, ...modifierRuleIds],
      releases: [releaseOf(s.fee, 'globalDays')],
    });
  }
  const used = present[0]!;
  const usedOption = options.find((o) => o.modifier === used)!;
  const ownFee = feeFor(ctx, line.code, line.dateOfService);
  const newPeriod = usedOption.startsNewGlobalPeriod
    ? ` A new global period${ownFee?.globalDays && GLOBAL_WINDOWS[ownFee.globalDays] ? ` (${ownFee.globalDays} days)` : ''} starts for ${line.code} on ${line.dateOfService}.`
    : ' No new global period starts.';
  const payment = usedOption.paymentNote ? ` ${usedOption.paymentNote}` : '';
  return makeFinding(ctx, {
    rule: 'global-period',
    severity: 'INFO',
    lineIndexes,
    codes,
    message: `${line.code} on ${line.dateOfService} falls on ${where(day)} ${period}; modifier ${used} (${usedOption.meaning.toLowerCase()}) makes it billable.${used === '78' ? '' : newPeriod}${payment}`,
    modifierOptions: [usedOption],
    denialReasonId: null,
    ruleIds: [ruleId, ...(MODIFIER_EFFECT[used]?.ruleId ? [MODIFIER_EFFECT[used]!.ruleId!] : [])],
    releases: [releaseOf(s.fee, 'globalDays'), ownFee ? releaseOf(ownFee, 'intraOp') : null],
  });
}
