/**
 * OPPS Addendum B (hospital outpatient payment by HCPCS code): title lines, then `HCPCS Code, Short
 * Descriptor, SI, APC, Relative Weight, Payment Rate, National Unadjusted Copayment, Minimum
 * Unadjusted Copayment, …`; money printed like "$1,234.50", "." for none (DOMAIN.md, "OPPS and ASC").
 */
import { type Format, matchColumns, norm } from '../common/table.js';
import { decimal, hcpcs, moneyCents } from '../common/values.js';

export interface OppsRow {
  code: string;
  description: string;
  statusIndicator: string;
  apc: string | null;
  relativeWeight: number | null;
  amountCents: number | null;
  nationalCopayCents: number | null;
  minimumCopayCents: number | null;
}

/** OPPS payment status indicators (Addendum D1 of the OPPS rules). */
export const OPPS_STATUS_INDICATORS = new Set(
  'A B C D E1 E2 F G H J1 J2 K L M N P Q1 Q2 Q3 Q4 R S T U V Y'.split(' '),
);

export const oppsFormat: Format<OppsRow> = {
  name: 'OPPS Addendum B',
  delimiter: ',',
  quoted: true,
  maxPreamble: 30,
  missingLayout: "no Addendum B header found (a row starting 'HCPCS Code' with an 'APC' column)",
  detect(record, preamble, report) {
    const f = record.fields.map(norm);
    if (f[0] !== 'hcpcs code' || !f.includes('apc')) return null;
    const columns = matchColumns(
      record.fields,
      {
        code: { test: (h) => h === 'hcpcs code', required: true, label: 'HCPCS Code' },
        description: { test: (h) => /short descriptor/.test(h), required: true, label: 'Short Descriptor' },
        statusIndicator: { test: (h) => h === 'si' || h === 'status indicator', required: true, label: 'SI' },
        apc: { test: (h) => h === 'apc', required: true, label: 'APC' },
        relativeWeight: { test: (h) => /relative weight/.test(h), required: true, label: 'Relative Weight' },
        amountCents: { test: (h) => /^payment rate/.test(h), required: true, label: 'Payment Rate' },
        nationalCopayCents: {
          test: (h) => /national unadjusted copayment/.test(h),
          required: true,
          label: 'National Unadjusted Copayment',
        },
        minimumCopayCents: {
          test: (h) => /minimum unadjusted copayment/.test(h),
          required: true,
          label: 'Minimum Unadjusted Copayment',
        },
      },
      (reason, field) => report(field, reason),
    );
    const meta: Record<string, string> = {};
    if (preamble.some((r) => r.fields.some((x) => /SYNTHETIC/.test(x)))) meta.synthetic = 'true';
    return { layout: columns ? { columns, width: record.fields.length, meta } : null, dataRow: false };
  },
  parse(fields, layout, ctx) {
    const c = layout.columns as Record<keyof OppsRow, number>;
    const get = (k: keyof OppsRow) => fields[c[k]] ?? '';
    const code = hcpcs(get('code'), 'HCPCS code');
    if (!code.ok) ctx.problem(c.code, code.reason);
    const si = get('statusIndicator').trim().toUpperCase();
    if (!OPPS_STATUS_INDICATORS.has(si)) {
      ctx.problem(c.statusIndicator, si === '' ? 'SI is empty' : `unknown OPPS status indicator '${si}'`);
    }
    const apc = get('apc').trim();
    if (apc !== '' && apc !== '.' && !/^\d{4,5}$/.test(apc))
      ctx.problem(c.apc, `APC '${apc}' is not a 4-5 digit number`);
    const weightCell = get('relativeWeight').trim();
    const weight = decimal(weightCell === '.' ? '' : weightCell.replace(/,/g, ''), 'relative weight', true);
    if (!weight.ok) ctx.problem(c.relativeWeight, weight.reason);
    const money = (k: 'amountCents' | 'nationalCopayCents' | 'minimumCopayCents', what: string) => {
      const p = moneyCents(get(k), what);
      if (!p.ok) ctx.problem(c[k], p.reason);
      return p.ok ? p.value : null;
    };
    const row = {
      code: code.ok ? code.value : '',
      description: get('description').trim(),
      statusIndicator: si,
      apc: apc === '' || apc === '.' ? null : apc,
      relativeWeight: weight.ok ? weight.value : null,
      amountCents: money('amountCents', 'payment rate'),
      nationalCopayCents: money('nationalCopayCents', 'national unadjusted copayment'),
      minimumCopayCents: money('minimumCopayCents', 'minimum unadjusted copayment'),
    };
    return code.ok ? row : null;
  },
  key: (r) => r.code,
  codes: (r) => [r.code],
};
