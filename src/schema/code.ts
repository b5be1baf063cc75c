/**
 * Code: a CPT or HCPCS code with its global period, fee-schedule values per release, site-of-service
 * payments, modifiers, NCCI edits, MUEs, denial reasons, documentation, FAQs and sources.
 */
import { editCountKey, editKey, feeKey, NOTHING_PLANNED, peerKey } from '../graph/code-plan.js';
import { inKeyOrder, resolvePage, toConnection } from '../graph/pagination.js';
import type { CodeRow } from '../graph/rows.js';
import { toLuceneQuery } from '../graph/search/lucene.js';
import { type PlanRow, planLimit, planParams } from '../loaders.js';
import { builder } from './builder.js';
import { connectionNodes, planCodes, selectedFields } from './code-plan.js';
import { EditRole, MueSetting, NcciSetting } from './enums.js';
import { compact, loadAll, pageDefaults, relationshipCitations, str } from './provenance.js';
import {
  ApplicableModifierRef,
  CategoryRef,
  CitationRef,
  CodeRef,
  DenialReasonRef,
  DocumentationRequirementRef,
  FaqRef,
  FeeScheduleEntryRef,
  FollowUpRef,
  GlobalPeriodRef,
  MueRef,
  PtpEditRef,
  SitePaymentRef,
  StatusIndicatorRef,
} from './refs.js';

export const CodeSystem = builder.enumType('CodeSystem', { values: ['CPT', 'HCPCS'] as const });

builder.node(CodeRef, {
  description: 'A CPT or HCPCS Level II procedure code.',
  id: { resolve: (c) => c.code.code },
  loadMany: (codes, ctx) => loadAll(ctx.loaders.code.loadMany(codes)),
  fields: (t) => ({
    code: t.string({ resolve: (c) => c.code.code }),
    system: t.string({ nullable: true, resolve: (c) => str(c.code.system) }),
    shortDescriptor: t.string({
      nullable: true,
      description: "CMS's short descriptor from the newest PFS release that lists the code.",
      resolve: (c) => str(c.code.shortDescriptor),
    }),
    status: t.field({
      type: StatusIndicatorRef,
      nullable: true,
      description: 'PFS status code (A active, B bundled, ...) from the newest PFS release.',
      resolve: (c) => (c.status as never) ?? null,
    }),
    globalPeriod: t.field({
      type: GlobalPeriodRef,
      nullable: true,
      description: 'The global surgery period (GLOB DAYS of the PFS RVU file).',
      resolve: (c) => c.globalPeriod,
    }),
    globalPeriodSources: t.field({
      type: [CitationRef],
      description: 'Who says this code has its global period.',
      resolve: (c) => c.globalPeriodFacts.flatMap((f) => relationshipCitations(f)),
    }),
    categories: t.field({
      type: [CategoryRef],
      description: 'The CPT hierarchy headings the code sits in.',
      resolve: async (c, _a, ctx) => {
        const n = await ctx.loaders.neighbours.load(c.code.code);
        return compact(await ctx.loaders.category.loadMany((n?.categories ?? []).map((x) => x.category)));
      },
    }),
    feeSchedule: t.field({
      type: FeeScheduleEntryRef,
      nullable: true,
      description:
        'Fee-schedule values from one PFS release: the named version, else the release in effect on asOf, else the newest.',
      args: {
        release: t.arg.string({ description: 'A PFS release version, e.g. "RVU26A" or "RVU25D".' }),
        asOf: t.arg({ type: 'Date', description: 'The release in effect on this date.' }),
        modifier: t.arg({
          type: 'ModifierCode',
          description: 'The 26 (professional) or TC (technical) row.',
        }),
      },
      resolve: (c, a, ctx) => ctx.loaders.feeSchedule.load(feeKey(c.code.code, a)),
    }),
    feeScheduleHistory: t.field({
      type: [FeeScheduleEntryRef],
      description:
        'The global row of every loaded PFS release, newest first: quarterly releases side by side.',
      resolve: (c, _a, ctx) => ctx.loaders.feeScheduleHistory.load(c.code.code),
    }),
    sitePayments: t.field({
      type: [SitePaymentRef],
      description: 'Medicare national payments by site of service (PFS office/facility, OPPS APC, ASC).',
      resolve: (c, _a, ctx) => ctx.loaders.sitePayments.load(c.code.code),
    }),
    applicableModifiers: t.field({
      type: [ApplicableModifierRef],
      description: 'Modifiers a source names for this code, each with that source.',
      resolve: async (c, _a, ctx) => (await ctx.loaders.neighbours.load(c.code.code))?.modifiers ?? [],
    }),
    documentationRequirements: t.field({
      type: [DocumentationRequirementRef],
      resolve: async (c, _a, ctx) => (await ctx.loaders.neighbours.load(c.code.code))?.documentation ?? [],
    }),
    faqs: t.field({
      type: [FaqRef],
      resolve: async (c, _a, ctx) => (await ctx.loaders.neighbours.load(c.code.code))?.faqs ?? [],
    }),
    denialReasons: t.field({
      type: [DenialReasonRef],
      description:
        'Why claims for this code are commonly denied, each mapped to CARC/RARC where a source supports it.',
      resolve: async (c, _a, ctx) => {
        const n = await ctx.loaders.neighbours.load(c.code.code);
        return compact(await ctx.loaders.denialReason.loadMany(n?.denialReasons ?? []));
      },
    }),
    followUpOf: t.field({
      type: [FollowUpRef],
      description:
        'Primary procedures this code follows inside their global period (e.g. 27594 after 27592).',
      resolve: async (c, _a, ctx) =>
        ((await ctx.loaders.neighbours.load(c.code.code))?.followUpOf ?? []).map((f) => ({
          ...f,
          direction: 'FOLLOWS' as const,
        })),
    }),
    followUps: t.field({
      type: [FollowUpRef],
      description:
        "Codes billed inside this code's global period, with the modifier each needs (58 staged, 78 unplanned return) and who says so.",
      resolve: async (c, _a, ctx) =>
        ((await ctx.loaders.neighbours.load(c.code.code))?.followUps ?? []).map((f) => ({
          ...f,
          direction: 'FOLLOWED_BY' as const,
        })),
    }),
    sharesGlobalPeriodWith: t.connection({
      type: CodeRef,
      description:
        'Other codes with the same global period (e.g. the other 090-day codes), paginated by code.',
      resolve: async (c, args, ctx) => {
        const page = resolvePage(args, pageDefaults(ctx));
        const codes = await ctx.loaders.globalPeers.load(peerKey(c.code.code, page));
        const rows = compact(await ctx.loaders.code.loadMany(codes));
        return toConnection(
          rows,
          page,
          (r: CodeRow) => r.code.code,
          () => ctx.loaders.globalPeersCount.load(c.code.code),
        );
      },
    }),
    ptpEdits: t.connection({
      type: PtpEditRef,
      description:
        'NCCI procedure-to-procedure edits naming this code, from current releases; keyset-paginated.',
      args: {
        role: t.arg({ type: EditRole, defaultValue: 'ANY' }),
        setting: t.arg({ type: NcciSetting }),
        activeOn: t.arg({ type: 'Date', description: 'Only edits in effect on this date.' }),
        release: t.arg.string({ description: 'Only edits of this quarterly release version.' }),
      },
      resolve: async (c, args, ctx) => {
        const page = resolvePage(args, pageDefaults(ctx));
        const edits = await ctx.loaders.ptpEdits.load(editKey(c.code.code, args, page));
        return toConnection(
          edits,
          page,
          (e) => e.id,
          () => ctx.loaders.ptpEditsCount.load(editCountKey(c.code.code, args)),
        );
      },
    }),
    mues: t.field({
      type: [MueRef],
      description: 'Medically unlikely edits (units per day) of this code.',
      args: { setting: t.arg({ type: MueSetting }), release: t.arg.string() },
      resolve: (c, a, ctx) =>
        ctx.loaders.mues.load({
          code: c.code.code,
          setting: a.setting ?? null,
          version: a.release ?? null,
        }) as never,
    }),
  }),
});

builder.queryFields((t) => ({
  code: t.field({
    type: CodeRef,
    nullable: true,
    description: 'A code by its code; null when the graph has no such code.',
    args: { code: t.arg({ type: 'BillingCode', required: true }) },
    // The fields selected under the code decide what its one query brings along (src/schema/code-plan.ts).
    resolve: (_r, a, ctx, info) => {
      const plan = planCodes(
        info,
        info.fieldNodes.map((f) => f.selectionSet),
        ctx,
      );
      return plan ? ctx.loaders.codePlan.load({ code: a.code, plan }) : ctx.loaders.code.load(a.code);
    },
  }),
  codes: t.connection({
    type: CodeRef,
    description: 'Codes filtered by system, status, global period, category and text; ordered by code.',
    args: {
      system: t.arg({ type: CodeSystem }),
      status: t.arg.string({ description: 'PFS status code, e.g. "A".' }),
      globalPeriod: t.arg.string({ description: 'Global-period indicator, e.g. "090".' }),
      category: t.arg.string({ description: 'A category id; codes in it or in any category below it.' }),
      text: t.arg.string({
        description:
          'Words of the descriptor (each word of the text starts a word of the descriptor, any case), or the start of a code.',
      }),
    },
    resolve: async (_r, a, ctx, info) => {
      const page = resolvePage(a, pageDefaults(ctx));
      const filter = {
        system: a.system ?? null,
        status: a.status ?? null,
        globalPeriod: a.globalPeriod ?? null,
        category: a.category ?? null,
        text: a.text ? a.text.slice(0, 200) : null,
      };
      // With a text, candidates come from the full-text and code indexes, and one query gives the page,
      // what the selection asks of each code (its plan row) and, when selected, the total. Without one,
      // the code index is walked in order, then the plan runs for the page, and the total is a third
      // query, run only when asked. The raw text never reaches Lucene (toLuceneQuery).
      const lucene = filter.text ? toLuceneQuery(filter.text) : null;
      const plan = planCodes(info, connectionNodes(info, info.fieldNodes), ctx);
      if (lucene) {
        const textPlan = plan ?? NOTHING_PLANNED;
        const template = planParams({ code: '', plan: textPlan });
        const [result] = await ctx.executor.read<{
          rows: { code: string; row: PlanRow }[];
          total: number | null;
        }>('code/codes-page-by-text', {
          ...filter,
          query: lucene,
          codePrefix: filter.text!.toUpperCase(),
          after: page.afterKey,
          pageLimit: page.size + 1,
          withTotal: selectedFields(
            info,
            info.fieldNodes.map((f) => f.selectionSet),
          ).has('totalCount'),
          plan: template,
          limit: planLimit([template]),
        });
        return toConnection(
          compact(
            inKeyOrder(result?.rows ?? [], (r) => r.code).map((r) =>
              ctx.loaders.prime.planRow({ code: r.code, plan: textPlan }, r.row),
            ),
          ),
          page,
          (r: CodeRow) => r.code.code,
          async () => result?.total ?? 0,
        );
      }
      const rows = await ctx.executor.read<{ code: string }>('code/codes-page', {
        ...filter,
        after: page.afterKey,
        limit: page.size + 1,
      });
      const codes = rows.map((r) => r.code);
      return toConnection(
        compact(
          await (plan
            ? ctx.loaders.codePlan.loadMany(codes.map((code) => ({ code, plan })))
            : ctx.loaders.code.loadMany(codes)),
        ),
        page,
        (r: CodeRow) => r.code.code,
        async () => {
          const [row] = await ctx.executor.read<{ total: number }>('code/codes-count', filter);
          return row?.total ?? 0;
        },
      );
    },
  }),
}));
