/**
 * The synthetic full-scale generator for the benchmarks:
 *   npx tsx bench/generate/index.ts --out bench/.data/synthetic [--scale 1] [--seed 20260101]
 * At scale 1: a PFS RVU file of ~19k rows / ~17k codes, NCCI PTP practitioner (~1.8M rows) and
 * hospital (~1.4M) in four tab-delimited parts each, ~30k MUE rows over three settings, OPPS
 * Addendum B, ASC Addendum AA and a GPCI file. Deterministic (seeded), streamed to disk. Every file
 * says SYNTHETIC, and the importers mark releases made from them synthetic (version SYNTH-…).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { makeCodes } from './codes.js';
import { writeAsc, writeGpci, writeMue, writeOpps, writePfs, writePtp } from './formats.js';
import { Random } from './random.js';

export interface GenerateOptions {
  out: string;
  scale: number;
  seed: number;
  /** Only the code list and the PTP files (the import benchmark needs no more). */
  ptpOnly?: boolean;
}

export interface Manifest {
  synthetic: true;
  scale: number;
  seed: number;
  codes: number;
  files: Record<string, string[]>;
  rows: Record<string, number>;
  ptp: Record<string, { maxEditsPerCode: number; repeatedPairs: number; deleted: number }>;
}

export async function generate(
  o: GenerateOptions,
  log: (l: string) => void = console.error,
): Promise<Manifest> {
  mkdirSync(o.out, { recursive: true });
  const rnd = new Random(o.seed);
  const codeCount = Math.max(50, Math.round(16_900 * Math.min(1, Math.max(o.scale, 0.01) ** 0.5)));
  const codes = makeCodes(rnd, codeCount);
  const m: Manifest = {
    synthetic: true,
    scale: o.scale,
    seed: o.seed,
    codes: codes.length,
    files: {},
    rows: {},
    ptp: {},
  };
  const pfs = await writePfs(o.out, codes, new Random(o.seed + 1));
  m.files.pfs = [pfs];
  for (const [kind, prefix, rows, seed] of [
    ['ptp-practitioner', 'ccipra', 1_800_000, 2],
    ['ptp-hospital', 'ccioph', 1_400_000, 3],
  ] as const) {
    const t = Date.now();
    const s = await writePtp(o.out, prefix, codes, Math.round(rows * o.scale), new Random(o.seed + seed));
    m.files[kind] = s.files;
    m.rows[kind] = s.rows;
    m.ptp[kind] = { maxEditsPerCode: s.maxEditsPerCode, repeatedPairs: s.repeatedPairs, deleted: s.deleted };
    log(`generate: ${kind} ${s.rows} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
  }
  if (!o.ptpOnly) {
    const mueRows = Math.max(30, Math.round(30_000 * o.scale));
    m.files['mue-practitioner'] = [
      await writeMue(o.out, 'practitioner', codes, Math.round(mueRows * 0.42), new Random(o.seed + 4)),
    ];
    m.files['mue-hospital'] = [
      await writeMue(o.out, 'hospital', codes, Math.round(mueRows * 0.4), new Random(o.seed + 5)),
    ];
    m.files['mue-dme'] = [
      await writeMue(o.out, 'dme', codes, Math.round(mueRows * 0.18), new Random(o.seed + 6)),
    ];
    m.files.opps = [await writeOpps(o.out, codes, new Random(o.seed + 7))];
    m.files.asc = [await writeAsc(o.out, codes, new Random(o.seed + 8))];
    m.files.gpci = [await writeGpci(o.out, new Random(o.seed + 9), 109)];
  }
  writeFileSync(path.join(o.out, 'manifest.json'), `${JSON.stringify(m, null, 2)}\n`);
  return m;
}

async function main() {
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: 'bench/.data/synthetic' },
      scale: { type: 'string', default: '1' },
      seed: { type: 'string', default: '20260101' },
      'ptp-only': { type: 'boolean', default: false },
    },
  });
  const scale = Number(values.scale);
  if (!(scale > 0 && scale <= 10)) throw new Error('--scale must be in (0, 10]');
  const t = Date.now();
  const m = await generate({
    out: values.out,
    scale,
    seed: Number(values.seed),
    ptpOnly: values['ptp-only'],
  });
  console.log(JSON.stringify({ ...m, seconds: (Date.now() - t) / 1000 }, null, 2));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
