/**
 * The CMS PFS national RVU file (PPRRVU), e.g. PPRRVU2025_Oct.csv (RVU25D). Five banner lines, then a
 * header stacked over five rows whose last starts `HCPCS,MOD,DESCRIPTION`. Columns are found by
 * their joined stacked header text, never by position: the 2026 files insert PRIC IND between TEAM
 * SURG and ENDO BASE (DOMAIN.md, "CMS Physician Fee Schedule RVU file").
 */
import type { Format, Layout, RowContext } from '../common/table.js';
import { codeSystem, decimal, hcpcs, type Parsed } from '../common/values.js';

export interface PfsRow {
  code: string;
  modifier: string | null;
  description: string;
  statusCode: string;
  workRvu: number;
  nonFacilityPeRvu: number;
  nonFacilityNa: boolean;
  facilityPeRvu: number;
  facilityNa: boolean;
  mpRvu: number;
  nonFacilityTotal: number;
  facilityTotal: number;
  pctcInd: string;
  globalDays: string;
  preOp: number;
  intraOp: number;
  postOp: number;
  multProc: string;
  bilatSurg: string;
  asstSurg: string;
  coSurg: string;
  teamSurg: string;
  pricingIndicator: string | null;
  endoBase: string | null;
  conversionFactor: number;
  nationalNonFacilityCents: number | null;
  nationalFacilityCents: number | null;
}

/** PFS status codes (DOMAIN.md, STATUS CODE). */
export const STATUS_CODES = new Set('ABCDEFGHIJMNPRTX'.split(''));
/** GLOB DAYS values (DOMAIN.md). */
export const GLOBAL_DAYS = new Set(['000', '010', '090', 'MMM', 'XXX', 'YYY', 'ZZZ']);

/** Logical column → the joined stacked header text (normalized: upper case, single spaces, "CO- SURG" → "CO-SURG"). */
const HEADERS = {
  code: 'HCPCS',
  modifier: 'MOD',
  description: 'DESCRIPTION',
  statusCode: 'STATUS CODE',
  workRvu: 'WORK RVU',
  nonFacilityPeRvu: 'NON-FAC PE RVU',
  nonFacilityNa: 'NON-FAC NA INDICATOR',
  facilityPeRvu: 'FACILITY PE RVU',
  facilityNa: 'FACILITY NA INDICATOR',
  mpRvu: 'MP RVU',
  nonFacilityTotal: 'NON-FACILITY TOTAL',
  facilityTotal: 'FACILITY TOTAL',
  pctcInd: 'PCTC IND',
  globalDays: 'GLOB DAYS',
  preOp: 'PRE OP',
  intraOp: 'INTRA OP',
  postOp: 'POST OP',
  multProc: 'MULT PROC',
  bilatSurg: 'BILAT SURG',
  asstSurg: 'ASST SURG',
  coSurg: 'CO-SURG',
  teamSurg: 'TEAM SURG',
  pricingIndicator: 'PRIC IND',
  endoBase: 'ENDO BASE',
  conversionFactor: 'CONV FACTOR',
} as const;
const OPTIONAL = new Set<keyof typeof HEADERS>(['pricingIndicator']);

const MONTH_LETTER: Record<string, string> = { january: 'A', april: 'B', july: 'C', october: 'D' };
const MONTH_NUMBER: Record<string, string> = { january: '01', april: '04', july: '07', october: '10' };

export function headerText(cells: string[]): string {
  return cells
    .map((c) => c.trim())
    .filter((c) => c !== '')
    .join(' ')
    .replace(/\s+/g, ' ')
    .replace(/-\s+/g, '-')
    .toUpperCase();
}

/** Banner rows end the stacked header going upward: they carry the title, copyright or release date. */
function isBanner(fields: string[]): boolean {
  return fields.some((f) => /release|copyright|american|physician fee schedule|synthetic/i.test(f));
}

/** "2025 National Physician Fee Schedule Relative Value File October Release" → RVU25D, 2025-10-01. */
export function versionFromBanner(lines: string[]): { version?: string; effectiveDate?: string } {
  for (const text of lines) {
    const m =
      /(\d{4}) National Physician Fee Schedule Relative Value File (January|April|July|October)/i.exec(text);
    if (m?.[1] && m[2]) {
      const month = m[2].toLowerCase();
      return {
        version: `RVU${m[1].slice(2)}${MONTH_LETTER[month]}`,
        effectiveDate: `${m[1]}-${MONTH_NUMBER[month]}-01`,
      };
    }
  }
  return {};
}

export const pfsFormat: Format<PfsRow> = {
  name: 'PFS RVU',
  delimiter: ',',
  quoted: true,
  maxPreamble: 40,
  missingLayout: "no PFS RVU header found (a row starting 'HCPCS,MOD' within the first 40 rows)",
  detect(record, preamble, report) {
    const f = record.fields;
    if ((f[0] ?? '').trim().toUpperCase() !== 'HCPCS' || (f[1] ?? '').trim().toUpperCase() !== 'MOD')
      return null;
    // The stacked header: this row and the rows above it, up to the banner.
    const stack: string[][] = [f];
    for (let i = preamble.length - 1; i >= 0 && stack.length < 6; i--) {
      const above = preamble[i]?.fields ?? [];
      if (isBanner(above)) break;
      stack.unshift(above);
    }
    const headers = f.map((_, col) => headerText(stack.map((row) => row[col] ?? '')));
    const columns: Record<string, number> = {};
    let usable = true;
    for (const [key, text] of Object.entries(HEADERS) as [keyof typeof HEADERS, string][]) {
      const hits = headers.flatMap((h, i) => (h === text ? [i] : []));
      if (hits.length === 1) columns[key] = hits[0] as number;
      else if (hits.length > 1) {
        usable = false;
        report(hits[1] as number, `header '${text}' appears ${hits.length} times`);
      } else if (!OPTIONAL.has(key)) {
        usable = false;
        report(0, `no column '${text}' in the stacked header`);
      }
    }
    const banner = preamble.map((r) => r.fields.join(' '));
    const { version, effectiveDate } = versionFromBanner(banner);
    const meta: Record<string, string> = {};
    if (version) meta.version = version;
    if (effectiveDate) meta.effectiveDate = effectiveDate;
    if (banner.some((t) => /SYNTHETIC/.test(t))) meta.synthetic = 'true';
    const layout: Layout = { columns, width: f.length, meta };
    return { layout: usable ? layout : null, dataRow: false };
  },
  parse(fields, layout, ctx) {
    return parsePfsRow(fields, layout, ctx);
  },
  key: (r) => `${r.code}:${r.modifier ?? '-'}`,
  codes: (r) => [r.code],
};

function parsePfsRow(fields: string[], layout: Layout, ctx: RowContext): PfsRow | null {
  const col = (key: keyof typeof HEADERS) => layout.columns[key];
  const cell = (key: keyof typeof HEADERS) => {
    const i = col(key);
    return i === undefined ? '' : (fields[i] ?? '');
  };
  const take = <T>(key: keyof typeof HEADERS, p: Parsed<T>): T => {
    if (p.ok) return p.value;
    ctx.problem(col(key) ?? 0, p.reason);
    return undefined as T;
  };
  const num = (key: keyof typeof HEADERS) => take(key, decimal(cell(key), HEADERS[key])) as number;
  const indicator = (key: keyof typeof HEADERS, allowed: RegExp, allowBlank = false) => {
    const v = cell(key).trim().toUpperCase();
    if ((v === '' && allowBlank) || allowed.test(v)) return v;
    ctx.problem(
      col(key) ?? 0,
      v === '' ? `${HEADERS[key]} is empty` : `unknown ${HEADERS[key]} indicator '${v}'`,
    );
    return v;
  };
  const na = (key: 'nonFacilityNa' | 'facilityNa') => {
    const v = cell(key).trim().toUpperCase();
    if (v !== '' && v !== 'NA')
      ctx.problem(col(key) ?? 0, `unknown ${HEADERS[key]} '${v}' (expected NA or blank)`);
    return v === 'NA';
  };

  const code = take('code', hcpcs(cell('code'), 'HCPCS'));
  const modRaw = cell('modifier').trim().toUpperCase();
  if (modRaw !== '' && !/^[A-Z0-9]{2}$/.test(modRaw))
    ctx.problem(col('modifier') ?? 0, `modifier '${modRaw}' is not two characters`);
  const statusCode = cell('statusCode').trim().toUpperCase();
  if (!STATUS_CODES.has(statusCode)) {
    ctx.problem(
      col('statusCode') ?? 0,
      statusCode === '' ? 'STATUS CODE is empty' : `unknown STATUS CODE indicator '${statusCode}'`,
    );
  }
  const globalDays = cell('globalDays').trim().toUpperCase();
  if (!GLOBAL_DAYS.has(globalDays)) {
    ctx.problem(
      col('globalDays') ?? 0,
      globalDays === '' ? 'GLOB DAYS is empty' : `unknown GLOB DAYS indicator '${globalDays}'`,
    );
  }
  const row: PfsRow = {
    code,
    modifier: modRaw === '' ? null : modRaw,
    description: cell('description').trim(),
    statusCode,
    workRvu: num('workRvu'),
    nonFacilityPeRvu: num('nonFacilityPeRvu'),
    nonFacilityNa: na('nonFacilityNa'),
    facilityPeRvu: num('facilityPeRvu'),
    facilityNa: na('facilityNa'),
    mpRvu: num('mpRvu'),
    nonFacilityTotal: num('nonFacilityTotal'),
    facilityTotal: num('facilityTotal'),
    pctcInd: indicator('pctcInd', /^\d$/),
    globalDays,
    preOp: num('preOp'),
    intraOp: num('intraOp'),
    postOp: num('postOp'),
    multProc: indicator('multProc', /^\d$/),
    bilatSurg: indicator('bilatSurg', /^\d$/),
    asstSurg: indicator('asstSurg', /^\d$/),
    coSurg: indicator('coSurg', /^\d$/),
    teamSurg: indicator('teamSurg', /^\d$/),
    pricingIndicator: col('pricingIndicator') === undefined ? null : cell('pricingIndicator').trim() || null,
    endoBase: cell('endoBase').trim() || null,
    conversionFactor: num('conversionFactor'),
    nationalNonFacilityCents: null,
    nationalFacilityCents: null,
  };
  if (row.endoBase !== null && !/^[A-Z0-9]{5}$/.test(row.endoBase)) {
    ctx.problem(col('endoBase') ?? 0, `ENDO BASE '${row.endoBase}' is not a code`);
  }
  if (row.conversionFactor !== undefined && row.conversionFactor <= 0) {
    ctx.problem(col('conversionFactor') ?? 0, 'CONV FACTOR must be positive');
  }
  row.nationalNonFacilityCents = row.nonFacilityNa
    ? null
    : nationalCents(row.nonFacilityTotal, row.conversionFactor);
  row.nationalFacilityCents = row.facilityNa ? null : nationalCents(row.facilityTotal, row.conversionFactor);
  return row;
}

/** National payment = total RVU × conversion factor, in whole cents (DOMAIN.md). */
export function nationalCents(totalRvu: number, conversionFactor: number): number {
  return Math.round(Number((totalRvu * conversionFactor * 100).toFixed(6)));
}

export { codeSystem };
