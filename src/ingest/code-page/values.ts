/**
 * Small value readers for code pages: dates as the publisher prints them, dollars, RVUs, global days,
 * and the national conversion factors the page's arithmetic is checked against.
 */

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

function iso(year: number, month: number, day: number): string | null {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

/** "May 8, 2026", "May 8 2026", "Sept. 1, 2026" or "2026-05-08" → '2026-05-08'; null when unreadable. */
export function readDate(text: string): string | null {
  const t = text.trim();
  const isoMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (isoMatch) return iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
  const m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(t);
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  return month ? iso(Number(m[3]), month, Number(m[2])) : null;
}

/** "January 2026" → '2026-01-01'. */
export function readMonthYear(text: string): string | null {
  const m = /\b([A-Za-z]+)\s+(\d{4})\b/.exec(text);
  if (!m) return null;
  const month = monthNumber(m[1] ?? '');
  return month ? iso(Number(m[2]), month, 1) : null;
}

function monthNumber(name: string): number | null {
  const n = name.toLowerCase();
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((full) => full.startsWith(n));
  return i < 0 ? null : i + 1;
}

/** "$3,342.87" → 334287 (integer cents); null when it is not a dollar amount. */
export function readDollars(text: string): number | null {
  const m = /^\$\s?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number((m[1] ?? '').replace(/,/g, '')) * 100 + Number(m[2] ?? '0');
}

/** An RVU as printed ("7.11", "14", "0.5") → hundredths as an integer (711), so sums are exact. */
export function readHundredths(text: string): number | null {
  const m = /^(\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  return Number(m[1]) * 100 + Number((m[2] ?? '').padEnd(2, '0'));
}

/** "90 days", "90", "090", "ZZZ" → the RVU file's GLOB DAYS indicator ('090'). */
export function readGlobalPeriod(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (/^(000|010|090|MMM|XXX|YYY|ZZZ)$/.test(t)) return t;
  const m = /^(\d{1,3})(?:\s*DAYS?)?$/.exec(t);
  if (!m) return null;
  const days = Number(m[1]);
  return days === 0 ? '000' : days === 10 ? '010' : days === 90 ? '090' : null;
}

/**
 * National PFS conversion factors per payment year, in ten-thousandths of a dollar. Source: the
 * CY 2026 PFS final rule as summarized in DOMAIN.md (33.4009 non-qualifying APM, 33.5675 qualifying
 * APM) and the CONV FACTOR column of PPRRVU2025_Oct.csv (32.3465). A page's national rate must equal
 * total RVU × one of its year's factors.
 */
export const CONVERSION_FACTORS: Record<number, { value: number; label: string }[]> = {
  2025: [{ value: 323465, label: '2025 national conversion factor' }],
  2026: [
    { value: 334009, label: '2026 conversion factor (non-qualifying APM)' },
    { value: 335675, label: '2026 conversion factor (qualifying APM)' },
  ],
};

/** total RVU (hundredths) × CF (ten-thousandths) → cents, rounded half up on integers. */
export function paymentCents(totalHundredths: number, cfTenThousandths: number): number {
  const millionths = totalHundredths * cfTenThousandths; // dollars × 10^6
  return Math.floor((millionths + 5000) / 10000);
}

/** "RVU26A" → { year: 2026, effectiveDate: '2026-01-01' } (A Jan, B Apr, C Jul, D Oct). */
export function releaseVersionDate(version: string): { year: number; effectiveDate: string } | null {
  const m = /^RVU(\d{2})([A-D])/.exec(version);
  if (!m) return null;
  const year = 2000 + Number(m[1]);
  const month = { A: 1, B: 4, C: 7, D: 10 }[m[2] as 'A' | 'B' | 'C' | 'D'];
  return { year, effectiveDate: iso(year, month, 1) ?? '' };
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
