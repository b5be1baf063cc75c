/**
 * NCCI procedure-to-procedure edits (practitioner ccipra-v###r0-f1..f4, hospital ccioph-…): tab-
 * delimited text with a few preamble lines (copyright, title, a header spread over several lines).
 * The first data row is detected by its shape — 7 fields with an 8-digit 4th field — rather than
 * by counting lines (DOMAIN.md, "NCCI procedure-to-procedure (PTP) edits").
 */
import type { Format, Layout } from '../common/table.js';
import { hcpcs, yyyymmdd } from '../common/values.js';

export interface PtpRow {
  column1: string;
  column2: string;
  priorTo1996: boolean;
  effectiveDate: string;
  deletionDate: string | null;
  /** 0 no modifier may bypass, 1 an NCCI-associated modifier may, 9 not applicable (deleted edit). */
  modifierIndicator: '0' | '1' | '9';
  rationale: string;
}

const C = {
  column1: 0,
  column2: 1,
  priorTo1996: 2,
  effectiveDate: 3,
  deletionDate: 4,
  modifierIndicator: 5,
  rationale: 6,
};

export const ptpFormat: Format<PtpRow> = {
  name: 'NCCI PTP',
  delimiter: '\t',
  quoted: false,
  maxPreamble: 50,
  missingLayout:
    'no NCCI PTP data row found (7 tab-separated fields with an 8-digit effective date) in the first 50 lines',
  detect(record, preamble) {
    const f = record.fields;
    if (f.length < 7 || !/^\d{8}$/.test((f[3] ?? '').trim())) return null;
    const meta: Record<string, string> = {};
    if (preamble.some((r) => r.fields.some((x) => /SYNTHETIC/.test(x)))) meta.synthetic = 'true';
    const layout: Layout = { columns: C, width: 7, meta };
    return { layout, dataRow: true };
  },
  parse(fields, _layout, ctx) {
    const get = (i: number) => fields[i] ?? '';
    const c1 = hcpcs(get(C.column1), 'column 1 code');
    if (!c1.ok) ctx.problem(C.column1, c1.reason);
    const c2 = hcpcs(get(C.column2), 'column 2 code');
    if (!c2.ok) ctx.problem(C.column2, c2.reason);
    const prior = get(C.priorTo1996).trim();
    if (prior !== '' && prior !== '*')
      ctx.problem(C.priorTo1996, `unknown prior-to-1996 flag '${prior}' (expected * or blank)`);
    const eff = yyyymmdd(get(C.effectiveDate), 'effective date');
    if (!eff.ok) ctx.problem(C.effectiveDate, eff.reason);
    const delRaw = get(C.deletionDate).trim();
    let deletionDate: string | null = null;
    if (delRaw !== '*') {
      const del = yyyymmdd(delRaw, 'deletion date');
      if (!del.ok) ctx.problem(C.deletionDate, `${del.reason} (or * for none)`);
      else {
        deletionDate = del.value;
        if (eff.ok && del.value < eff.value) {
          ctx.problem(C.deletionDate, `deletion date ${del.value} is before the effective date ${eff.value}`);
        }
      }
    }
    const mi = get(C.modifierIndicator).trim();
    if (mi !== '0' && mi !== '1' && mi !== '9') {
      ctx.problem(
        C.modifierIndicator,
        mi === '' ? 'modifier indicator is empty' : `unknown modifier indicator '${mi}' (expected 0, 1 or 9)`,
      );
    }
    if (!c1.ok || !c2.ok || !eff.ok) return null;
    return {
      column1: c1.value,
      column2: c2.value,
      priorTo1996: prior === '*',
      effectiveDate: eff.value,
      deletionDate,
      modifierIndicator: mi as '0' | '1' | '9',
      rationale: get(C.rationale).trim(),
    };
  },
  key: (r) => `${r.column1}:${r.column2}:${r.effectiveDate}`,
  codes: (r) => [r.column1, r.column2],
};
