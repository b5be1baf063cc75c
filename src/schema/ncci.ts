/**
 * NCCI procedure-to-procedure edits and medically unlikely edits, by quarter and setting.
 * Modifier indicators: 0 no modifier bypasses, 1 a bypass modifier may, 9 not applicable
 * (NCCI Policy Manual ch.1 §E; NCCI PTP file layout).
 */
import type { EditRow } from '../graph/rows.js';
import { builder } from './builder.js';
import { NcciSetting } from './enums.js';
import { num, str } from './provenance.js';
import { CitationRef, CodeRef, MueRef, PtpEditRef, ReleaseRef } from './refs.js';

builder.node(PtpEditRef, {
  description:
    'One NCCI PTP edit: column 2 is not paid with column 1 on the same date unless the modifier indicator allows a bypass.',
  id: { resolve: (e) => e.id },
  loadMany: async (ids, ctx) =>
    (await ctx.loaders.fact.loadMany(ids)).map((r) =>
      r && !(r instanceof Error) && r.label === 'PtpEdit' ? (r.props as EditRow) : null,
    ),
  fields: (t) => ({
    setting: t.string({ resolve: (e) => e.setting }),
    column1: t.field({
      type: CodeRef,
      nullable: true,
      resolve: (e, _a, ctx) => ctx.loaders.code.load(e.column1),
    }),
    column2: t.field({
      type: CodeRef,
      nullable: true,
      resolve: (e, _a, ctx) => ctx.loaders.code.load(e.column2),
    }),
    column1Code: t.string({ resolve: (e) => e.column1 }),
    column2Code: t.string({ resolve: (e) => e.column2 }),
    effectiveDate: t.field({ type: 'Date', nullable: true, resolve: (e) => str(e.effectiveDate) }),
    deletionDate: t.field({
      type: 'Date',
      nullable: true,
      description: 'Null while the edit is in force.',
      resolve: (e) => str(e.deletionDate),
    }),
    modifierIndicator: t.string({
      nullable: true,
      description:
        '0: no modifier bypasses the edit; 1: an NCCI-associated modifier may; 9: not applicable (deleted).',
      resolve: (e) => str(e.modifierIndicator),
    }),
    rationale: t.string({ nullable: true, resolve: (e) => str(e.rationale) }),
    priorTo1996: t.boolean({ resolve: (e) => e.priorTo1996 === true }),
    release: t.field({
      type: ReleaseRef,
      nullable: true,
      resolve: (e, _a, ctx) => ctx.loaders.release.load(e.releaseId),
    }),
    sources: t.field({ type: [CitationRef], resolve: (e, _a, ctx) => ctx.loaders.citations.load(e.id) }),
  }),
});

builder.objectType(MueRef, {
  description:
    'A medically unlikely edit: the most units of a code one provider reports for one patient on one date (NCCI MUE files).',
  fields: (t) => ({
    code: t.field({
      type: CodeRef,
      nullable: true,
      resolve: (m, _a, ctx) => ctx.loaders.code.load(String(m.code)),
    }),
    setting: t.string({ nullable: true, resolve: (m) => str(m.setting) }),
    value: t.int({ nullable: true, resolve: (m) => num(m.value) }),
    adjudicationIndicator: t.int({
      nullable: true,
      description:
        '1 line edit; 2 date of service, policy (absolute); 3 date of service, clinical (appealable).',
      resolve: (m) => num(m.adjudicationIndicator),
    }),
    rationale: t.string({ nullable: true, resolve: (m) => str(m.rationale) }),
    releaseVersion: t.string({ nullable: true, resolve: (m) => str(m.releaseVersion) }),
    release: t.field({
      type: ReleaseRef,
      nullable: true,
      resolve: (m, _a, ctx) =>
        typeof m.releaseId === 'string' ? ctx.loaders.release.load(m.releaseId) : null,
    }),
    sources: t.field({ type: [CitationRef], resolve: (m, _a, ctx) => ctx.loaders.citations.load(m.id) }),
  }),
});

builder.queryFields((t) => ({
  ncciEdits: t.field({
    type: [PtpEditRef],
    description:
      'Edits between two codes (column 1 and column 2), every date window, newest first. For all edits of one code use Code.ptpEdits.',
    args: {
      column1: t.arg({ type: 'BillingCode', required: true }),
      column2: t.arg({ type: 'BillingCode', required: true }),
      setting: t.arg({ type: NcciSetting }),
      activeOn: t.arg({ type: 'Date' }),
      release: t.arg.string(),
    },
    resolve: (_r, a, ctx) =>
      ctx.executor
        .read<{ edit: import('../graph/rows.js').EditRow }>('edit/ptp-edits-by-pair', {
          column1: a.column1,
          column2: a.column2,
          setting: a.setting ?? null,
          activeOn: a.activeOn ?? null,
          version: a.release ?? null,
          limit: 200,
        })
        .then((rows) => rows.map((r) => r.edit)),
  }),
}));
