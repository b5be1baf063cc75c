/**
 * ASC Addendum AA (ambulatory surgical center covered procedures): title lines, then `HCPCS Code,
 * Short Descriptor, Subject to Multiple Procedure Discounting, <Month Year> Payment Indicator,
 * <Month Year> Payment Weight, <Month Year> Payment Rate, …`. The quarter-named columns are
 * matched loosely (DOMAIN.md, "OPPS and ASC").
 */
import { type Format, matchColumns, norm } from '../common/table.js';
import { decimal, hcpcs, moneyCents } from '../common/values.js';

export interface AscRow {
  code: string;
  description: string;
  paymentIndicator: string;
  paymentWeight: number | null;
  amountCents: number | null;
  multipleProcedureDiscount: boolean | null;
}

/** ASC payment indicators (Addendum DD1 of the OPPS/ASC rules). */
export const ASC_PAYMENT_INDICATORS = new Set(
  'A2 B5 C5 D5 E5 F4 G2 H2 H7 H8 J7 J8 K2 K5 K7 L1 L6 N1 P2 P3 R2 Z2 Z3'.split(' '),
);

export const ascFormat: Format<AscRow> = {
  name: 'ASC Addendum AA',
  delimiter: ',',
  quoted: true,
  maxPreamble: 30,
  missingLayout:
    "no Addendum AA header found (a row starting 'HCPCS Code' with a 'Payment Indicator' column)",
  detect(record, preamble, report) {
    const f = record.fields.map(norm);
    if (f[0] !== 'hcpcs code' || !f.some((h) => /payment indicator/.test(h))) return null;
    const columns = matchColumns(
      record.fields,
      {
        code: { test: (h) => h === 'hcpcs code', required: true, label: 'HCPCS Code' },
        description: { test: (h) => /short descriptor/.test(h), required: true, label: 'Short Descriptor' },
        multipleProcedureDiscount: {
          test: (h) => /multiple procedure discount/.test(h),
          required: false,
          label: 'Subject to Multiple Procedure Discounting',
        },
        paymentIndicator: {
          test: (h) => /payment indicator/.test(h),
          required: true,
          label: 'Payment Indicator',
        },
        paymentWeight: { test: (h) => /payment weight/.test(h), required: true, label: 'Payment Weight' },
        amountCents: { test: (h) => /payment rate/.test(h), required: true, label: 'Payment Rate' },
      },
      (reason, field) => report(field, reason),
    );
    const meta: Record<string, string> = {};
    const quarter = /^(\w+ \d{4}) payment indicator/i.exec(
      record.fields.find((h) => /payment indicator/i.test(h)) ?? '',
    );
    if (quarter?.[1]) meta.quarter = quarter[1];
    if (preamble.some((r) => r.fields.some((x) => /SYNTHETIC/.test(x)))) meta.synthetic = 'true';
    return { layout: columns ? { columns, width: record.fields.length, meta } : null, dataRow: false };
  },
  parse(fields, layout, ctx) {
    const c = layout.columns as Record<keyof AscRow, number>;
    const get = (k: keyof AscRow) => (c[k] === undefined ? '' : (fields[c[k]] ?? ''));
    const code = hcpcs(get('code'), 'HCPCS code');
    if (!code.ok) ctx.problem(c.code, code.reason);
    const pi = get('paymentIndicator').trim().toUpperCase();
    if (!ASC_PAYMENT_INDICATORS.has(pi)) {
      ctx.problem(
        c.paymentIndicator,
        pi === '' ? 'payment indicator is empty' : `unknown ASC payment indicator '${pi}'`,
      );
    }
    const weightCell = get('paymentWeight').trim();
    const weight = decimal(weightCell === '.' ? '' : weightCell.replace(/,/g, ''), 'payment weight', true);
    if (!weight.ok) ctx.problem(c.paymentWeight, weight.reason);
    const rate = moneyCents(get('amountCents'), 'payment rate');
    if (!rate.ok) ctx.problem(c.amountCents, rate.reason);
    const mpd = get('multipleProcedureDiscount').trim().toUpperCase();
    if (mpd !== '' && mpd !== 'Y' && mpd !== 'N') {
      ctx.problem(
        c.multipleProcedureDiscount,
        `unknown multiple-procedure discounting flag '${mpd}' (expected Y or N)`,
      );
    }
    if (!code.ok) return null;
    return {
      code: code.value,
      description: get('description').trim(),
      paymentIndicator: pi,
      paymentWeight: weight.ok ? weight.value : null,
      amountCents: rate.ok ? rate.value : null,
      multipleProcedureDiscount: mpd === '' ? null : mpd === 'Y',
    };
  },
  key: (r) => r.code,
  codes: (r) => [r.code],
};
