/**
 * FeeScheduleEntry (one PFS RVU row of one release) and SitePayment (a national payment in one setting).
 */
import type { EntryWithRelease, PaymentWithRelease } from '../graph/rows.js';
import { builder } from './builder.js';
import { num, str } from './provenance.js';
import { CitationRef, CodeRef, FeeScheduleEntryRef, ReleaseRef, SitePaymentRef } from './refs.js';
import { MoneyRef, money } from './scalars.js';

const dec = (v: unknown) => (typeof v === 'number' ? v : null);

builder.node(FeeScheduleEntryRef, {
  description:
    'Values of one code in one CMS PFS RVU release. Payment = total RVU × conversion factor (CMS PFS RVU file, "Payment formula").',
  id: { resolve: (f) => f.entry.id },
  loadMany: async (ids, ctx) =>
    (await ctx.loaders.fact.loadMany(ids)).map((r) =>
      r && !(r instanceof Error) && r.label === 'FeeScheduleEntry' && r.release
        ? ({ entry: r.props, release: r.release } as EntryWithRelease)
        : null,
    ),
  fields: (t) => ({
    code: t.field({
      type: CodeRef,
      nullable: true,
      resolve: (f, _a, ctx) => ctx.loaders.code.load(f.entry.code),
    }),
    modifier: t.string({
      nullable: true,
      description: 'Blank for the global row; 26 or TC for split rows.',
      resolve: (f) => str(f.entry.modifier) || null,
    }),
    release: t.field({
      type: ReleaseRef,
      nullable: true,
      resolve: (f, _a, ctx) => ctx.loaders.release.load(f.release.id),
    }),
    releaseVersion: t.string({ resolve: (f) => f.release.version }),
    statusCode: t.string({ nullable: true, resolve: (f) => str(f.entry.statusCode) }),
    workRvu: t.field({ type: 'Decimal', nullable: true, resolve: (f) => dec(f.entry.workRvu) }),
    nonFacilityPeRvu: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (f) => dec(f.entry.nonFacilityPeRvu),
    }),
    nonFacilityNa: t.boolean({
      description: 'NA indicator: CMS sets no non-facility (office) payment for this code.',
      resolve: (f) => f.entry.nonFacilityNa === true,
    }),
    facilityPeRvu: t.field({ type: 'Decimal', nullable: true, resolve: (f) => dec(f.entry.facilityPeRvu) }),
    facilityNa: t.boolean({ resolve: (f) => f.entry.facilityNa === true }),
    practiceExpenseRvu: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The PE RVU a source states without naming the setting (e.g. a code page).',
      resolve: (f) => dec(f.entry.peRvu),
    }),
    mpRvu: t.field({ type: 'Decimal', nullable: true, resolve: (f) => dec(f.entry.mpRvu) }),
    nonFacilityTotal: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (f) => dec(f.entry.nonFacilityTotal),
    }),
    facilityTotal: t.field({ type: 'Decimal', nullable: true, resolve: (f) => dec(f.entry.facilityTotal) }),
    totalRvu: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (f) => dec(f.entry.totalRvu ?? f.entry.facilityTotal),
    }),
    conversionFactor: t.field({
      type: 'Decimal',
      nullable: true,
      resolve: (f) => dec(f.entry.conversionFactor),
    }),
    nationalNonFacility: t.field({
      type: MoneyRef,
      nullable: true,
      resolve: (f) => money(f.entry.nationalNonFacilityCents),
    }),
    nationalFacility: t.field({
      type: MoneyRef,
      nullable: true,
      resolve: (f) => money(f.entry.nationalFacilityCents),
    }),
    nationalRate: t.field({
      type: MoneyRef,
      nullable: true,
      description: 'The national rate a source states (e.g. the code page\'s "Medicare national rate").',
      resolve: (f) => money(f.entry.nationalCents ?? f.entry.nationalFacilityCents),
    }),
    globalDays: t.string({ nullable: true, resolve: (f) => str(f.entry.globalDays) }),
    preOp: t.field({ type: 'Decimal', nullable: true, resolve: (f) => dec(f.entry.preOp) }),
    intraOp: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Share paid for modifier 78 (CMS Claims Processing Manual ch.12 §40.4).',
      resolve: (f) => dec(f.entry.intraOp),
    }),
    postOp: t.field({ type: 'Decimal', nullable: true, resolve: (f) => dec(f.entry.postOp) }),
    multipleProcedure: t.string({ nullable: true, resolve: (f) => str(f.entry.multProc) }),
    bilateralSurgery: t.string({
      nullable: true,
      description: 'BILAT SURG indicator (1: 150% with modifier 50).',
      resolve: (f) => str(f.entry.bilatSurg),
    }),
    assistantSurgery: t.string({
      nullable: true,
      description: 'ASST SURG indicator (gates 80/82/AS).',
      resolve: (f) => str(f.entry.asstSurg),
    }),
    coSurgery: t.string({
      nullable: true,
      description: 'CO-SURG indicator (gates 62).',
      resolve: (f) => str(f.entry.coSurg),
    }),
    teamSurgery: t.string({
      nullable: true,
      description: 'TEAM SURG indicator (gates 66).',
      resolve: (f) => str(f.entry.teamSurg),
    }),
    pctcIndicator: t.string({ nullable: true, resolve: (f) => str(f.entry.pctcInd) }),
    sources: t.field({
      type: [CitationRef],
      description: 'Who states these values: the release and, for curated values, the page section.',
      resolve: (f, _a, ctx) => ctx.loaders.citations.load(f.entry.id),
    }),
  }),
});

export const PaymentSetting = builder.enumType('PaymentSetting', {
  values: ['PFS_NON_FACILITY', 'PFS_FACILITY', 'OPPS', 'ASC'] as const,
});

builder.node(SitePaymentRef, {
  description:
    'A Medicare national payment for a code in one site of service (PFS office/facility, OPPS HOPD, ASC).',
  id: { resolve: (p) => p.payment.id },
  loadMany: async (ids, ctx) =>
    (await ctx.loaders.fact.loadMany(ids)).map((r) =>
      r && !(r instanceof Error) && r.label === 'SitePayment'
        ? ({ payment: r.props, release: r.release } as PaymentWithRelease)
        : null,
    ),
  fields: (t) => ({
    setting: t.string({ resolve: (p) => p.payment.setting }),
    amount: t.field({ type: MoneyRef, nullable: true, resolve: (p) => money(p.payment.amountCents) }),
    apc: t.string({
      nullable: true,
      description: 'OPPS Ambulatory Payment Classification.',
      resolve: (p) => str(p.payment.apc),
    }),
    statusIndicator: t.string({
      nullable: true,
      description: 'OPPS status indicator (e.g. J1).',
      resolve: (p) => str(p.payment.statusIndicator),
    }),
    paymentIndicator: t.string({
      nullable: true,
      description: 'ASC payment indicator (e.g. A2).',
      resolve: (p) => str(p.payment.paymentIndicator),
    }),
    year: t.int({ nullable: true, resolve: (p) => num(p.payment.year) }),
    description: t.string({ nullable: true, resolve: (p) => str(p.payment.description ?? p.payment.label) }),
    release: t.field({
      type: ReleaseRef,
      nullable: true,
      resolve: (p, _a, ctx) => (p.release ? ctx.loaders.release.load(p.release.id) : null),
    }),
    sources: t.field({
      type: [CitationRef],
      resolve: (p, _a, ctx) => ctx.loaders.citations.load(p.payment.id),
    }),
  }),
});
