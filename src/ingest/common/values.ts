/**
 * Cell parsers shared by the CMS formats. Each returns the value, or a string saying what is wrong
 * (the caller turns it into a `file:line:column: reason` problem).
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

/** A decimal like "7.29", "0.00", ".5"; blank → null when allowed. */
export function decimal(cell: string, what: string, allowBlank = false): Parsed<number | null> {
  const t = cell.trim();
  if (t === '') return allowBlank ? ok(null) : bad(`${what} is empty`);
  if (!/^-?(\d+\.?\d*|\.\d+)$/.test(t)) return bad(`${what} is not a number: '${cell}'`);
  return ok(Number(t));
}

/** A whole number. */
export function integer(cell: string, what: string, allowBlank = false): Parsed<number | null> {
  const t = cell.trim();
  if (t === '') return allowBlank ? ok(null) : bad(`${what} is empty`);
  if (!/^-?\d+$/.test(t)) return bad(`${what} is not a whole number: '${cell}'`);
  return ok(Number(t));
}

/** Money as printed in the OPPS/ASC addenda: "$1,234.50", "1234.5", "." or blank for none → cents. */
export function moneyCents(cell: string, what: string): Parsed<number | null> {
  const t = cell.trim();
  if (t === '' || t === '.' || t === '$.' || t === '-') return ok(null);
  const m = /^\$?\s*(-?)\$?\s*([\d,]*)(?:\.(\d{0,4}))?$/.exec(t);
  if (!m || (m[2] === '' && (m[3] ?? '') === '') || (m[2] && !/^\d{1,3}(,\d{3})*$|^\d+$/.test(m[2]))) {
    return bad(`${what} is not an amount of money: '${cell}'`);
  }
  const whole = Number((m[2] ?? '').replace(/,/g, '') || '0');
  const frac = (m[3] ?? '').padEnd(4, '0');
  // Round half up at the cent, on integers, so "$0.125" never becomes 12.499999.
  const tenThousandths = whole * 10000 + Number(frac);
  const cents = Math.floor((tenThousandths + 50) / 100);
  return ok(m[1] === '-' ? -cents : cents);
}

/**
 * Valid yyyymmdd cells seen so far: an NCCI release has millions of rows but a few thousand distinct
 * dates, and the calendar check (a Date round trip) was a large part of the validation pass.
 */
const validDates = new Map<string, Parsed<string>>();
const VALID_DATES_CAP = 50_000;

/** A calendar date as yyyymmdd (NCCI) → ISO 'YYYY-MM-DD'. */
export function yyyymmdd(cell: string, what: string): Parsed<string> {
  const known = validDates.get(cell);
  if (known) return known;
  const t = cell.trim();
  const m = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!m) return bad(`${what} is not a date in yyyymmdd form: '${cell}'`);
  const iso = `${m[1]}-${m[2]}-${m[3]}`;
  if (!isRealDate(iso)) return bad(`${what} is not a calendar date: '${cell}'`);
  const parsed = ok(iso);
  if (validDates.size < VALID_DATES_CAP) validDates.set(cell, parsed);
  return parsed;
}

export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.toISOString().slice(0, 10) === iso;
}

/** A CPT or HCPCS Level II code: five characters, digits and capital letters. */
export function hcpcs(cell: string, what: string): Parsed<string> {
  const t = cell.trim().toUpperCase();
  if (t === '') return bad(`${what} is empty`);
  if (!/^[A-Z0-9]{5}$/.test(t)) return bad(`${what} is not a 5-character CPT/HCPCS code: '${cell}'`);
  return ok(t);
}

/** CPT when five digits or four digits and a letter (0001F, 0001U, 0001T); HCPCS Level II otherwise. */
export function codeSystem(code: string): 'CPT' | 'HCPCS' {
  return /^\d{5}$|^\d{4}[A-Z]$/.test(code) ? 'CPT' : 'HCPCS';
}
