/**
 * Denial reasons and the X12 adjustment codes they predict (CARC: claim adjustment reason codes;
 * RARC: remittance advice remark codes).
 */
import { inKeyOrder, resolvePage, toConnection } from '../graph/pagination.js';
import type { CodeRow, DenialRow, SourceRow } from '../graph/rows.js';
import type { CitationsRow } from '../loaders.js';
import { builder } from './builder.js';
import { connectionNodes, selectedFields } from './code-plan.js';
import { compact, loadAll, pageDefaults, str } from './provenance.js';
import { AdjustmentCodeRef, CitationRef, CodeRef, DenialReasonRef } from './refs.js';

builder.node(DenialReasonRef, {
  description:
    'Why a claim line is denied, mapped to the CARC/RARC a payer would send where a source supports it.',
  id: { resolve: (d) => d.reason.id },
  loadMany: (ids, ctx) => loadAll(ctx.loaders.denialReason.loadMany(ids)),
  fields: (t) => ({
    reasonId: t.string({ resolve: (d) => d.reason.id }),
    title: t.string({
      description: 'A short title; where the source gives none, its full text.',
      resolve: (d) => String(d.reason.title ?? d.reason.description ?? d.reason.text ?? d.reason.id),
    }),
    description: t.string({ nullable: true, resolve: (d) => str(d.reason.description) }),
    carc: t.field({
      type: [AdjustmentCodeRef],
      resolve: (d) => d.carcs.map((c) => ({ ...c, code: String(c.code), kind: 'CARC' as const })),
    }),
    rarc: t.field({
      type: [AdjustmentCodeRef],
      resolve: (d) => d.rarcs.map((c) => ({ ...c, code: String(c.code), kind: 'RARC' as const })),
    }),
    codes: t.field({
      type: [CodeRef],
      description: 'Codes a source ties this reason to.',
      resolve: async (d, _a, ctx) => compact(await ctx.loaders.code.loadMany(d.codes)),
    }),
    sources: t.field({
      type: [CitationRef],
      resolve: (d, _a, ctx) => ctx.loaders.citations.load(d.reason.id),
    }),
  }),
});

builder.objectType(AdjustmentCodeRef, {
  description: 'An X12 Claim Adjustment Reason Code (CARC) or Remittance Advice Remark Code (RARC).',
  fields: (t) => ({
    code: t.string({ resolve: (x) => x.code }),
    kind: t.string({ resolve: (c) => c.kind }),
    description: t.string({ nullable: true, resolve: (c) => str(c.description) }),
    groupCode: t.string({
      nullable: true,
      description: 'Typical group code, e.g. CO (contractual obligation).',
      resolve: (c) => str(c.group),
    }),
    sources: t.field({
      type: [CitationRef],
      resolve: (c, _a, ctx) =>
        ctx.loaders.entityCitations.load({ label: c.kind === 'CARC' ? 'Carc' : 'Rarc', key: c.code }),
    }),
  }),
});

builder.queryFields((t) => ({
  denialReason: t.field({
    type: DenialReasonRef,
    nullable: true,
    args: { id: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => ctx.loaders.denialReason.load(a.id),
  }),
  denialReasons: t.connection({
    type: DenialReasonRef,
    description:
      'Denial reasons; optionally those predicting one CARC/RARC, citing one source, or tied to one code.',
    args: {
      adjustmentCode: t.arg.string({ description: 'A CARC or RARC code, e.g. "97" or "M80".' }),
      sourceId: t.arg.string(),
      code: t.arg({ type: 'BillingCode' }),
    },
    // One round trip for the page: each reason comes whole, with its citations and its codes' rows
    // when the selection asks for them (the loaders are primed from the rows).
    resolve: async (_r, a, ctx, info) => {
      const page = resolvePage(a, pageDefaults(ctx));
      const selected = selectedFields(info, connectionNodes(info, info.fieldNodes), 'DenialReason');
      const [result] = await ctx.executor.read<{
        page: { id: string; denialRow: DenialRow; citationRow: CitationsRow | null; codeRows: CodeRow[] }[];
        sources: SourceRow[];
      }>('denial/denial-reasons-page', {
        adjustmentCode: a.adjustmentCode ?? null,
        sourceId: a.sourceId ?? null,
        code: a.code ?? null,
        after: page.afterKey,
        limit: page.size + 1,
        withCitations: selected.has('sources'),
        withCodes: selected.has('codes'),
      });
      const rows = inKeyOrder(result?.page ?? [], (r) => r.id);
      ctx.loaders.prime.sources(result?.sources ?? []);
      for (const r of rows) {
        ctx.loaders.denialReason.prime(r.id, r.denialRow);
        if (r.citationRow) ctx.loaders.prime.citationRows([r.citationRow]);
        ctx.loaders.prime.codes(r.codeRows);
      }
      return toConnection(
        rows.map((r) => r.denialRow),
        page,
        (d: DenialRow) => d.reason.id,
      );
    },
  }),
  adjustmentCodes: t.field({
    type: [AdjustmentCodeRef],
    description: 'Every CARC and RARC code in the graph.',
    resolve: async (_r, _a, ctx) =>
      (
        await ctx.executor.read<{ code: { code: string; kind: 'CARC' | 'RARC' } }>(
          'denial/adjustment-codes-all',
        )
      ).map((r) => r.code),
  }),
}));
