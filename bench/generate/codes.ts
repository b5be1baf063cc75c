/**
 * The synthetic code set: five-character codes shaped like CPT (5 digits, 4 digits + F/T/U) and
 * HCPCS Level II (letter + 4 digits), sorted like the CMS files. Descriptions say SYNTHETIC.
 */
import type { Random } from './random.js';

export interface SynthCode {
  code: string;
  description: string;
  status: string;
  global: string;
  /** Rows in the PFS file: 1, or 3 for codes with professional/technical components (26, TC). */
  pctc: boolean;
}

const GLOBALS: [string, number][] = [
  ['XXX', 11722],
  ['090', 3767],
  ['000', 1371],
  ['YYY', 967],
  ['ZZZ', 775],
  ['010', 471],
  ['MMM', 17],
];
const STATUSES: [string, number][] = [
  ['A', 60],
  ['I', 12],
  ['N', 8],
  ['B', 5],
  ['C', 5],
  ['X', 4],
  ['E', 3],
  ['R', 2],
  ['T', 1],
];

function weighted(rnd: Random, table: [string, number][]): string {
  const total = table.reduce((a, [, w]) => a + w, 0);
  let x = rnd.next() * total;
  for (const [v, w] of table) {
    x -= w;
    if (x < 0) return v;
  }
  return table[0]?.[0] as string;
}

export function makeCodes(rnd: Random, count: number): SynthCode[] {
  const set = new Set<string>();
  while (set.size < count) {
    const kind = rnd.next();
    let code: string;
    if (kind < 0.8) code = String(rnd.int(10000, 99999));
    else if (kind < 0.88) code = `${String(rnd.int(0, 9999)).padStart(4, '0')}${rnd.pick(['F', 'T', 'U'])}`;
    else
      code = `${rnd.pick(['A', 'C', 'E', 'G', 'J', 'K', 'L', 'Q'])}${String(rnd.int(0, 9999)).padStart(4, '0')}`;
    set.add(code);
  }
  return [...set].sort().map((code, i) => ({
    code,
    description: `SYNTHETIC procedure ${i + 1}`,
    status: weighted(rnd, STATUSES),
    global: weighted(rnd, GLOBALS),
    pctc: rnd.chance(0.066),
  }));
}
