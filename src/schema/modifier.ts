/**
 * Modifier, GlobalPeriod, StatusIndicator and Rule: the vocabulary of billing rules, each with its
 * sources (CMS Claims Processing Manual ch.12 §40, NCCI Policy Manual, the PFS RVU file's indicators).
 */
import { builder } from './builder.js';
import { compact, loadAll, num, relationshipCitations, str } from './provenance.js';
import {
  ApplicableModifierRef,
  CategoryRef,
  CitationRef,
  CodeRef,
  DocumentationRequirementRef,
  FaqRef,
  FollowUpRef,
  GlobalPeriodRef,
  ModifierRef,
  RuleRef,
  StatusIndicatorRef,
} from './refs.js';

builder.node(ModifierRef, {
  description:
    'A CPT/HCPCS modifier with its effect on NCCI edits and the global surgery package (CMS Claims Processing Manual ch.12 §40; NCCI Policy Manual ch.1).',
  id: { resolve: (m) => m.code },
  loadMany: (codes, ctx) => loadAll(ctx.loaders.modifier.loadMany(codes)),
  fields: (t) => ({
    code: t.string({ resolve: (x) => x.code }),
    name: t.string({ nullable: true, resolve: (m) => str(m.name) }),
    meaning: t.string({
      nullable: true,
      description: 'What the modifier says, in our own words.',
      resolve: (m) => str(m.meaning),
    }),
    group: t.string({ nullable: true, resolve: (m) => str(m.group) }),
    ptpBypass: t.boolean({
      description: 'May bypass an NCCI PTP edit whose modifier indicator is 1 (NCCI Policy Manual ch.1 §E).',
      resolve: (m) => m.ptpBypass === true,
    }),
    startsNewGlobalPeriod: t.boolean({
      nullable: true,
      description:
        '58 and 79 start a new global period; 78 does not (CMS Claims Processing Manual ch.12 §40.4).',
      resolve: (m) => (typeof m.startsNewGlobalPeriod === 'boolean' ? m.startsNewGlobalPeriod : null),
    }),
    globalEffect: t.string({ nullable: true, resolve: (m) => str(m.globalEffect) }),
    paymentNote: t.string({ nullable: true, resolve: (m) => str(m.paymentNote) }),
    sources: t.field({
      type: [CitationRef],
      resolve: (m, _a, ctx) => ctx.loaders.entityCitations.load({ label: 'Modifier', key: m.code }),
    }),
  }),
});

builder.objectType(GlobalPeriodRef, {
  description:
    'A global surgery indicator (GLOB DAYS in the PFS RVU file; CMS Claims Processing Manual ch.12 §40.1).',
  fields: (t) => ({
    indicator: t.string({ resolve: (x) => x.indicator }),
    days: t.int({
      nullable: true,
      description: 'Post-operative days; null where the concept does not apply.',
      resolve: (g) => num(g.days),
    }),
    includesDayBefore: t.boolean({
      nullable: true,
      resolve: (g) => (typeof g.includesDayBefore === 'boolean' ? g.includesDayBefore : null),
    }),
    meaning: t.string({ nullable: true, resolve: (g) => str(g.meaning) }),
    sources: t.field({
      type: [CitationRef],
      resolve: (g, _a, ctx) => ctx.loaders.entityCitations.load({ label: 'GlobalPeriod', key: g.indicator }),
    }),
  }),
});

builder.objectType(StatusIndicatorRef, {
  description:
    'A PFS status code; RVUs are used for payment only under A, R and T (PFS RVU file documentation).',
  fields: (t) => ({
    code: t.string({ resolve: (x) => x.code }),
    meaning: t.string({ nullable: true, resolve: (s) => str(s.meaning) }),
    paidUnderPfs: t.boolean({
      nullable: true,
      resolve: (s) => (typeof s.paidUnderPfs === 'boolean' ? s.paidUnderPfs : null),
    }),
  }),
});

builder.node(RuleRef, {
  description:
    'A billing rule stated by a source, e.g. which modifiers bypass an NCCI edit with indicator 1.',
  id: { resolve: (r) => r.rule.id },
  loadMany: (ids, ctx) => loadAll(ctx.loaders.rule.loadMany(ids)),
  fields: (t) => ({
    ruleId: t.string({ resolve: (r) => r.rule.id }),
    name: t.string({ nullable: true, resolve: (r) => str(r.rule.name ?? r.rule.title) }),
    statement: t.string({ nullable: true, resolve: (r) => str(r.rule.statement) }),
    allows: t.field({
      type: [ModifierRef],
      description: 'Modifiers the rule allows (for the PTP bypass rule: the bypass modifiers).',
      resolve: async (r, _a, ctx) => compact(await ctx.loaders.modifier.loadMany(r.allows)),
    }),
    sources: t.field({ type: [CitationRef], resolve: (r, _a, ctx) => ctx.loaders.citations.load(r.rule.id) }),
  }),
});

builder.objectType(ApplicableModifierRef, {
  description: 'A modifier a source names for a code.',
  fields: (t) => ({
    modifier: t.field({
      type: ModifierRef,
      nullable: true,
      resolve: (a, _x, ctx) => ctx.loaders.modifier.load(a.modifier),
    }),
    sources: t.field({ type: [CitationRef], resolve: (a) => relationshipCitations(a.fact) }),
  }),
});

builder.objectType(FollowUpRef, {
  description:
    "A code billed inside another code's global period (e.g. 27594 after 27592 or 27598), with the modifiers it needs and its sources.",
  fields: (t) => ({
    code: t.field({
      type: CodeRef,
      nullable: true,
      description: 'The other code of the pair.',
      resolve: (f, _a, ctx) => ctx.loaders.code.load(f.code),
    }),
    direction: t.string({
      description: 'FOLLOWS: this code follows `code`. FOLLOWED_BY: `code` follows this one.',
      resolve: (f) => f.direction,
    }),
    modifiers: t.field({
      type: [ModifierRef],
      description:
        'The modifiers the follow-up carries: 58 staged or planned, 78 unplanned return to the OR.',
      resolve: async (f, _a, ctx) =>
        compact(await ctx.loaders.modifier.loadMany(Array.isArray(f.fact.modifiers) ? f.fact.modifiers : [])),
    }),
    note: t.string({ nullable: true, resolve: (f) => str(f.fact.note) }),
    sources: t.field({ type: [CitationRef], resolve: (f) => relationshipCitations(f.fact) }),
  }),
});

builder.objectType(CategoryRef, {
  description: 'A heading of the CPT hierarchy (section > subsection > heading > family).',
  fields: (t) => ({
    categoryId: t.string({ resolve: (c) => c.id }),
    name: t.string({ nullable: true, resolve: (c) => str(c.name) }),
    level: t.string({ nullable: true, resolve: (c) => str(c.level) }),
    rangeStart: t.string({ nullable: true, resolve: (c) => str(c.rangeStart) }),
    rangeEnd: t.string({ nullable: true, resolve: (c) => str(c.rangeEnd) }),
    parent: t.field({
      type: CategoryRef,
      nullable: true,
      resolve: (c, _a, ctx) =>
        typeof c.parentId === 'string' ? ctx.loaders.category.load(c.parentId) : null,
    }),
    sources: t.field({ type: [CitationRef], resolve: (c, _a, ctx) => ctx.loaders.citations.load(c.id) }),
  }),
});

builder.objectType(DocumentationRequirementRef, {
  description: 'What the operative or office note must show to support a claim for the code.',
  fields: (t) => ({
    requirementId: t.string({ resolve: (d) => d.id }),
    ordinal: t.int({ nullable: true, resolve: (d) => num(d.ordinal) }),
    text: t.string({ resolve: (d) => String(d.text ?? '') }),
    sources: t.field({ type: [CitationRef], resolve: (d, _a, ctx) => ctx.loaders.citations.load(d.id) }),
  }),
});

builder.objectType(FaqRef, {
  description: 'A frequently asked question about the code; the answer is null where the source gives none.',
  fields: (t) => ({
    faqId: t.string({ resolve: (q) => q.id }),
    ordinal: t.int({ nullable: true, resolve: (q) => num(q.ordinal) }),
    question: t.string({ resolve: (q) => String(q.question ?? '') }),
    answer: t.string({ nullable: true, resolve: (q) => str(q.answer) }),
    sources: t.field({ type: [CitationRef], resolve: (q, _a, ctx) => ctx.loaders.citations.load(q.id) }),
  }),
});

builder.queryFields((t) => ({
  modifier: t.field({
    type: ModifierRef,
    nullable: true,
    args: { code: t.arg({ type: 'ModifierCode', required: true }) },
    resolve: (_r, a, ctx) => ctx.loaders.modifier.load(a.code),
  }),
  modifiers: t.field({
    type: [ModifierRef],
    description: 'Every modifier, or those that may bypass a PTP edit, or those of one group.',
    args: { ptpBypass: t.arg.boolean(), group: t.arg.string() },
    resolve: async (_r, a, ctx) => {
      const rows = await ctx.executor.read<{ code: string }>('modifier/modifiers-all', {
        ptpBypass: a.ptpBypass ?? null,
        group: a.group ?? null,
      });
      return compact(await ctx.loaders.modifier.loadMany(rows.map((r) => r.code)));
    },
  }),
  globalPeriods: t.field({
    type: [GlobalPeriodRef],
    resolve: async (_r, _a, ctx) =>
      (await ctx.executor.read<{ period: { indicator: string } }>('modifier/global-periods-all')).map(
        (r) => r.period,
      ),
  }),
  rules: t.field({
    type: [RuleRef],
    resolve: async (_r, _a, ctx) => {
      const rows = await ctx.executor.read<{ id: string }>('modifier/rules-all');
      return compact(await ctx.loaders.rule.loadMany(rows.map((r) => r.id)));
    },
  }),
}));
