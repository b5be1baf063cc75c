/**
 * NCCI medically unlikely edits (practitioner, outpatient hospital, DME supplier): CSV whose first
 * cell is a multi-line copyright notice, then a header row `HCPCS/CPT Code, <setting> MUE Values,
 * MUE Adjudication Indicator, MUE Rationale` (DOMAIN.md, "MUE").
 */
import { type Format, matchColumns, norm } from '../common/table.js';
import { hcpcs, integer } from '../common/values.js';

export interface MueRow {
  code: string;
  value: number;
  /** 1 line edit; 2 date of service, policy (absolute); 3 date of service, clinical (appealable). */
  adjudicationIndicator: 1 | 2 | 3;
  adjudicationDescription: string;
  rationale: string;
}

const DESCRIPTIONS: Record<string, string> = {
  '1': 'Line Edit',
  '2': 'Date of Service Edit: Policy',
  '3': 'Date of Service Edit: Clinical',
};

export const mueFormat: Format<MueRow> = {
  name: 'NCCI MUE',
  delimiter: ',',
  quoted: true,
  maxPreamble: 20,
  missingLayout: "no MUE header found (a row starting 'HCPCS/CPT Code' with an 'MUE Value' column)",
  detect(record, preamble, report) {
    const f = record.fields;
    if (!/hcpcs/.test(norm(f[0] ?? '')) || !f.some((c) => /mue value/.test(norm(c)))) return null;
    const columns = matchColumns(
      f,
      {
        code: { test: (h) => /hcpcs/.test(h), required: true, label: 'HCPCS/CPT Code' },
        value: { test: (h) => /mue value/.test(h), required: true, label: 'MUE Values' },
        indicator: {
          test: (h) => /adjudication indicator/.test(h),
          required: true,
          label: 'MUE Adjudication Indicator',
        },
        rationale: { test: (h) => /rationale/.test(h), required: true, label: 'MUE Rationale' },
      },
      (reason, field) => report(field, reason),
    );
    const meta: Record<string, string> = {};
    if (preamble.some((r) => r.fields.some((x) => /SYNTHETIC/.test(x)))) meta.synthetic = 'true';
    return { layout: columns ? { columns, width: f.length, meta } : null, dataRow: false };
  },
  parse(fields, layout, ctx) {
    const c = layout.columns as Record<'code' | 'value' | 'indicator' | 'rationale', number>;
    const code = hcpcs(fields[c.code] ?? '', 'HCPCS/CPT code');
    if (!code.ok) ctx.problem(c.code, code.reason);
    const value = integer(fields[c.value] ?? '', 'MUE value');
    if (!value.ok) ctx.problem(c.value, value.reason);
    else if ((value.value ?? 0) < 0) ctx.problem(c.value, 'MUE value is negative');
    const ind = (fields[c.indicator] ?? '').trim();
    const m = /^([123])\b\s*[-:]?\s*(.*)$/.exec(ind);
    if (!m) {
      ctx.problem(
        c.indicator,
        ind === ''
          ? 'MUE adjudication indicator is empty'
          : `unknown MUE adjudication indicator '${ind}' (expected 1, 2 or 3)`,
      );
    }
    if (!code.ok || !value.ok || !m) return null;
    const digit = m[1] as '1' | '2' | '3';
    return {
      code: code.value,
      value: value.value as number,
      adjudicationIndicator: Number(digit) as 1 | 2 | 3,
      adjudicationDescription: (m[2] ?? '').trim() || (DESCRIPTIONS[digit] as string),
      rationale: (fields[c.rationale] ?? '').trim(),
    };
  },
  key: (r) => r.code,
  codes: (r) => [r.code],
};
