/**
 * checkClaim: what a payer would deny on a claim, and why. The input is validated by the same zod
 * schema as the CLI (src/claims/input.ts), the graph is read once (cypher/claims/
 * claim-context-by-codes.cypher), and each rule in src/rules/ cites its CMS/NCCI source.
 */
import { GraphQLError } from 'graphql';
import { checkClaim } from '../claims/engine.js';
import { ClaimInputError, MAX_CLAIM_LINES } from '../claims/input.js';
import type {
  ClaimCheckResult,
  ClaimCheckSummary,
  Finding,
  ModifierOption,
  SourceRef,
} from '../claims/types.js';
import { builder } from './builder.js';
import { NcciSetting } from './enums.js';

const FindingSeverity = builder.enumType('FindingSeverity', {
  description: 'How a finding affects payment.',
  values: {
    DENY: { description: 'The line (or its units) is predicted to be denied as billed.' },
    WARN: { description: 'Payable only with documentation, a reduced amount, or a correction.' },
    INFO: { description: 'A note on how the line will be paid; no denial predicted.' },
  } as const,
});

const ClaimLineInput = builder.inputType('ClaimLineInput', {
  description: 'One service line of the claim.',
  fields: (t) => ({
    code: t.string({ required: true, description: 'CPT or HCPCS Level II code, e.g. "27594".' }),
    modifiers: t.stringList({
      description: 'Up to four two-character modifiers, e.g. ["58"] or ["XS", "RT"].',
    }),
    units: t.int({ description: 'Units of service (default 1).' }),
    dateOfService: t.field({ type: 'Date', required: true }),
    placeOfService: t.string({ description: "CMS two-digit place of service; defaults to the claim's." }),
    renderingProvider: t.string({ description: 'Rendering provider id (NPI or any stable id).' }),
  }),
});

const PriorSurgeryInput = builder.inputType('PriorSurgeryInput', {
  description: "A surgery on an earlier claim whose global period may cover this claim's lines.",
  fields: (t) => ({
    code: t.string({ required: true }),
    date: t.field({ type: 'Date', required: true }),
    provider: t.string({
      description: 'Provider who performed it; the global package binds the same provider or group.',
    }),
  }),
});

const ClaimInput = builder.inputType('ClaimInput', {
  description: `A claim to check: up to ${MAX_CLAIM_LINES} lines, and the patient's prior surgeries.`,
  fields: (t) => ({
    setting: t.field({ type: NcciSetting, description: 'Which NCCI edits apply (default PRACTITIONER).' }),
    placeOfService: t.string({
      description:
        "CMS two-digit place of service: '11' office, '22' on-campus HOPD, '24' ASC, '21' inpatient.",
    }),
    lines: t.field({ type: [ClaimLineInput], required: true }),
    priorSurgeries: t.field({ type: [PriorSurgeryInput] }),
  }),
});

const FindingSource = builder.objectRef<SourceRef>('FindingSource').implement({
  description:
    'A source behind a finding: the manual, regulation, code list or dataset release that states the rule or fact.',
  fields: (t) => ({
    id: t.exposeString('id'),
    title: t.exposeString('title', { nullable: true }),
    url: t.exposeString('url', { nullable: true }),
    publisher: t.exposeString('publisher', { nullable: true }),
  }),
});

const ModifierOptionRef = builder.objectRef<ModifierOption>('ModifierOption').implement({
  description:
    'A modifier that would make the line billable, and what it would mean (CMS IOM 100-04 ch.12 §40.2).',
  fields: (t) => ({
    modifier: t.exposeString('modifier'),
    meaning: t.exposeString('meaning'),
    startsNewGlobalPeriod: t.exposeBoolean('startsNewGlobalPeriod'),
    paymentNote: t.exposeString('paymentNote', { nullable: true }),
  }),
});

const FindingRef = builder.objectRef<Finding>('ClaimFinding').implement({
  description:
    'One predicted problem or note. Rules: ptp-conflict (NCCI Policy Manual ch.I §E), mue-exceeded (ch.I §V), global-period (IOM 100-04 ch.12 §40), modifier-indicators and status-code (PFS RVU file indicator definitions), distinct-service-modifiers (MLN MM8863), site-of-service (PFS NA indicators, ASC Addendum AA).',
  fields: (t) => ({
    rule: t.exposeString('rule', { description: 'The rule that found it (one file in src/rules/).' }),
    severity: t.field({ type: FindingSeverity, resolve: (f) => f.severity }),
    lineIndexes: t.exposeIntList('lineIndexes', {
      description: 'Lines involved (0-based), the affected line first.',
    }),
    codes: t.exposeStringList('codes'),
    message: t.exposeString('message'),
    suggestion: t.exposeString('suggestion', { nullable: true }),
    modifierOptions: t.field({ type: [ModifierOptionRef], resolve: (f) => f.modifierOptions }),
    carc: t.exposeStringList('carc', { description: 'Predicted claim adjustment reason codes (X12 CARC).' }),
    rarc: t.exposeStringList('rarc', { description: 'Predicted remittance advice remark codes (X12 RARC).' }),
    denialReasonId: t.exposeString('denialReasonId', {
      nullable: true,
      description: 'The DenialReason node predicted.',
    }),
    ruleIds: t.exposeStringList('ruleIds', { description: 'Curated Rule nodes applied, e.g. "global-090".' }),
    sources: t.field({ type: [FindingSource], resolve: (f) => f.sources }),
  }),
});

const SummaryRef = builder.objectRef<ClaimCheckSummary>('ClaimCheckSummary').implement({
  description: 'Counts of findings by severity.',
  fields: (t) => ({
    lines: t.exposeInt('lines'),
    deny: t.exposeInt('deny'),
    warn: t.exposeInt('warn'),
    info: t.exposeInt('info'),
    total: t.exposeInt('total'),
  }),
});

const ResultRef = builder.objectRef<ClaimCheckResult>('ClaimCheckResult').implement({
  description: 'The findings of a claim check, most severe first.',
  fields: (t) => ({
    findings: t.field({ type: [FindingRef], resolve: (r) => r.findings }),
    summary: t.field({ type: SummaryRef, resolve: (r) => r.summary }),
  }),
});

builder.queryField('checkClaim', (t) =>
  t.field({
    type: ResultRef,
    description:
      'Predicts what would be denied on a claim and why: NCCI PTP conflicts, MUE excess, global-period returns needing 58/78/79, modifiers the PFS indicators forbid, sites of service that cannot be paid; each finding with its CARC/RARC and sources. One graph read per call.',
    args: { input: t.arg({ type: ClaimInput, required: true }) },
    complexity: 20,
    resolve: async (_root, args, ctx) => {
      try {
        return await checkClaim(ctx.executor, stripNulls(args.input));
      } catch (err) {
        if (err instanceof ClaimInputError) {
          throw new GraphQLError(`Invalid claim: ${err.message}`, {
            extensions: {
              code: 'BAD_USER_INPUT',
              issues: err.issues.map((i) => ({ path: `input.${i.path}`, message: i.message })),
            },
          });
        }
        throw err;
      }
    },
  }),
);

/** GraphQL gives null for omitted optional fields; the zod schema treats absent and null alike as absent. */
function stripNulls(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(stripNulls);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([, x]) => x !== null && x !== undefined)
        .map(([k, x]) => [k, stripNulls(x)]),
    );
  }
  return v;
}
