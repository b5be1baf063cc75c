/**
 * The PFS GPCI file (geographic practice cost indices by MAC and locality): a few title lines, then a
 * header `Medicare Administrative Contractor (MAC), State, Locality Number, Locality Name,
 * <year> PW GPCI (...), <year> PE GPCI, <year> MP GPCI`. Columns are matched loosely by their text.
 * Payment in a locality = (work × work GPCI + PE × PE GPCI + MP × MP GPCI) × CF (DOMAIN.md).
 */
import { type Format, matchColumns, norm } from '../common/table.js';
import { decimal } from '../common/values.js';

export interface GpciRow {
  mac: string;
  locality: string;
  state: string;
  name: string;
  workGpci: number;
  peGpci: number;
  mpGpci: number;
}

export const gpciFormat: Format<GpciRow> = {
  name: 'PFS GPCI',
  delimiter: ',',
  quoted: true,
  maxPreamble: 20,
  missingLayout: "no GPCI header found (a row with 'Locality' and 'GPCI' columns)",
  detect(record, preamble, report) {
    const f = record.fields.map(norm);
    if (!f.some((h) => /locality/.test(h)) || !f.some((h) => /\bpe gpci/.test(h))) return null;
    const columns = matchColumns(
      record.fields,
      {
        mac: {
          test: (h) => /contractor|^mac$/.test(h),
          required: true,
          label: 'Medicare Administrative Contractor (MAC)',
        },
        state: { test: (h) => /^state$/.test(h), required: true, label: 'State' },
        locality: {
          test: (h) => /^locality( number| no\.?| #)?$/.test(h),
          required: true,
          label: 'Locality Number',
        },
        name: { test: (h) => /locality name/.test(h), required: true, label: 'Locality Name' },
        workGpci: { test: (h) => /\b(pw|work) gpci/.test(h), required: true, label: 'PW GPCI' },
        peGpci: { test: (h) => /\bpe gpci/.test(h), required: true, label: 'PE GPCI' },
        mpGpci: { test: (h) => /\bmp gpci/.test(h), required: true, label: 'MP GPCI' },
      },
      (reason, field) => report(field, reason),
    );
    const meta: Record<string, string> = {};
    if (preamble.some((r) => r.fields.some((x) => /SYNTHETIC/.test(x)))) meta.synthetic = 'true';
    return { layout: columns ? { columns, width: record.fields.length, meta } : null, dataRow: false };
  },
  parse(fields, layout, ctx) {
    const c = layout.columns as Record<keyof GpciRow, number>;
    const get = (k: keyof GpciRow) => (fields[c[k]] ?? '').trim();
    const mac = get('mac');
    if (!/^\d{5}$/.test(mac))
      ctx.problem(c.mac, mac === '' ? 'MAC is empty' : `MAC '${mac}' is not a 5-digit contractor number`);
    const locality = get('locality');
    if (!/^\d{1,2}$/.test(locality)) {
      ctx.problem(
        c.locality,
        locality === '' ? 'locality number is empty' : `locality '${locality}' is not a 1-2 digit number`,
      );
    }
    const gpci = (k: 'workGpci' | 'peGpci' | 'mpGpci') => {
      const p = decimal(get(k), k);
      if (!p.ok) ctx.problem(c[k], p.reason);
      else if ((p.value ?? 0) <= 0) ctx.problem(c[k], `${k} must be positive`);
      return p.ok ? (p.value as number) : Number.NaN;
    };
    const row: GpciRow = {
      mac,
      locality: locality.padStart(2, '0'),
      state: get('state').toUpperCase(),
      name: get('name'),
      workGpci: gpci('workGpci'),
      peGpci: gpci('peGpci'),
      mpGpci: gpci('mpGpci'),
    };
    return row;
  },
  key: (r) => `${r.mac}:${r.locality}`,
  codes: () => [],
};
