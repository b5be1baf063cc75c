/**
 * Compares the `data` of two answers. Cursors and global ids are opaque and differ between servers by design, so
 * they are left out; a decimal string ("7.11") equals the number 7.11; lists are compared as
 * multisets where their order is not part of the answer (the canonical operations' lists are sorted
 * by key on every server, so a difference in members still shows).
 */
/** Opaque by design: cursors and global ids are each server's own encoding of a key. */
const OPAQUE = new Set(['cursor', 'endCursor', 'id']);

export function differences(a: unknown, b: unknown, at = 'data', out: string[] = []): string[] {
  if (out.length >= 20) return out;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) {
      out.push(`${at}: ${a.length} items vs ${b.length}`);
      return out;
    }
    const key = (x: unknown) => JSON.stringify(canonical(x));
    const sa = [...a].sort((x, y) => key(x).localeCompare(key(y)));
    const sb = [...b].sort((x, y) => key(x).localeCompare(key(y)));
    for (const [i, x] of sa.entries()) differences(x, sb[i], `${at}[${i}]`, out);
    return out;
  }
  if (isObject(a) && isObject(b)) {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      if (OPAQUE.has(k)) continue;
      differences(a[k], b[k], `${at}.${k}`, out);
    }
    return out;
  }
  if (!sameLeaf(a, b))
    out.push(`${at}: ${JSON.stringify(a)?.slice(0, 80)} vs ${JSON.stringify(b)?.slice(0, 80)}`);
  return out;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function sameLeaf(a: unknown, b: unknown): boolean {
  if ((a ?? null) === (b ?? null)) return true;
  const num = (v: unknown) =>
    typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : Number.NaN;
  const na = num(a);
  const nb = num(b);
  return !Number.isNaN(na) && Math.abs(na - nb) < 1e-9 && (typeof a === 'number' || typeof b === 'number');
}

/** Cursor-free, number-normalised form, for sorting list members. */
function canonical(v: unknown): unknown {
  if (Array.isArray(v))
    return v
      .map(canonical)
      .map((x) => JSON.stringify(x))
      .sort();
  if (isObject(v)) {
    const o: Record<string, unknown> = {};
    for (const k of Object.keys(v).sort()) if (!OPAQUE.has(k)) o[k] = canonical(v[k]);
    return o;
  }
  if (typeof v === 'string' && /^-?\d+\.\d+$/.test(v)) return Number(v);
  return v ?? null;
}
