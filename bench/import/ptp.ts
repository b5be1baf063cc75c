/**
 * The full NCCI PTP import benchmark (PRODUCT.md: practitioner + hospital, ~3.2M rows, within 1.5×
 * of a bare `UNWIND … CREATE` load of the same rows, measured in the same run):
 *   npx tsx bench/import/ptp.ts [--scale 1] [--data bench/.data/synthetic]
 * Generates (or reuses) the synthetic files, then for each of the importer and the bare load starts
 * a fresh throwaway Neo4j of its own (never the test or main one), runs the load in a child process,
 * and records wall time, rows/s, the loader's peak RSS and the JVM's (VmHWM). Writes
 * bench/results/import-<date>.json and .md.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { generate, type Manifest } from '../generate/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    data: { type: 'string', default: 'bench/.data/synthetic' },
    heap: { type: 'string', default: '2g' },
    pagecache: { type: 'string', default: '2048' },
  },
});
const scale = Number(values.scale);
const dataDir = path.resolve(root, values.data);
const manifestPath = path.join(dataDir, 'manifest.json');
const log = (l: string) => console.error(`[bench ${new Date().toISOString().slice(11, 19)}] ${l}`);

function readManifest(): Manifest | undefined {
  if (!existsSync(manifestPath)) return undefined;
  const m = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;
  return m.scale === scale ? m : undefined;
}

function vmHwmMb(pid: number): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Math.round(Number(m[1]) / 1024) : null;
  } catch {
    return null;
  }
}

async function measured(mode: 'importer' | 'bare') {
  const store = path.join(root, 'bench/.data', `neo4j-bench-${mode}`);
  rmSync(store, { recursive: true, force: true });
  const neo = await startLocalNeo4j({
    dataDir: store,
    boltPort: 0,
    heap: values.heap,
    pageCacheMb: Number(values.pagecache),
    txTimeoutSeconds: 600,
    log,
  });
  log(`${mode}: Neo4j pid ${neo.pid} at ${neo.uri}`);
  const t0 = Date.now();
  let jvmPeak = 0;
  const poll = setInterval(() => {
    jvmPeak = Math.max(jvmPeak, vmHwmMb(neo.pid) ?? 0);
  }, 2000);
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(root, 'bench/import/child.ts'), mode, neo.uri, manifestPath],
        {
          cwd: root,
          stdio: ['ignore', 'pipe', 'inherit'],
        },
      );
      let stdout = '';
      child.stdout.setEncoding('utf8');
      child.stdout.on('data', (c: string) => {
        stdout += c;
      });
      child.on('exit', (code) =>
        code === 0 ? resolve(stdout) : reject(new Error(`${mode} child exited ${code}`)),
      );
    });
    const wall = (Date.now() - t0) / 1000;
    jvmPeak = Math.max(jvmPeak, vmHwmMb(neo.pid) ?? 0);
    const result = JSON.parse(out.trim().split('\n').pop() as string);
    return { ...result, wallSeconds: wall, neo4jPeakRssMb: jvmPeak };
  } finally {
    clearInterval(poll);
    await neo.stop();
    rmSync(store, { recursive: true, force: true });
  }
}

let manifest = readManifest();
if (!manifest) {
  log(`generating synthetic files at scale ${scale} into ${dataDir}`);
  manifest = await generate({ out: dataDir, scale, seed: 20260101, ptpOnly: true }, log);
}
const rows = (manifest.rows['ptp-practitioner'] ?? 0) + (manifest.rows['ptp-hospital'] ?? 0);
log(
  `PTP rows: ${rows} (practitioner ${manifest.rows['ptp-practitioner']}, hospital ${manifest.rows['ptp-hospital']})`,
);
const importer = await measured('importer');
log(`importer: ${importer.wallSeconds.toFixed(1)} s`);
const bare = await measured('bare');
log(`bare: ${bare.wallSeconds.toFixed(1)} s`);
const ratio = importer.wallSeconds / bare.wallSeconds;
const date = new Date().toISOString().slice(0, 10);
const result = {
  benchmark: 'NCCI PTP import (practitioner + hospital), synthetic full-scale files',
  date,
  machine: {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  neo4j: { version: '5.26 (embedded launcher)', heap: values.heap, pageCacheMb: Number(values.pagecache) },
  scale,
  rows,
  synthetic: manifest.ptp,
  importer: { ...importer, rowsPerSecond: Math.round(rows / importer.wallSeconds) },
  bare: { ...bare, rowsPerSecond: Math.round(rows / bare.wallSeconds) },
  ratio: Number(ratio.toFixed(2)),
  target: 1.5,
  withinTarget: ratio <= 1.5,
};
mkdirSync(path.join(root, 'bench/results'), { recursive: true });
const base = path.join(root, 'bench/results', `import-${date}${scale === 1 ? '' : `-scale${scale}`}`);
writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
writeFileSync(
  `${base}.md`,
  `# NCCI PTP import benchmark, ${date}

Synthetic full-scale files (bench/generate, scale ${scale}): ${rows.toLocaleString('en-US')} PTP rows
(practitioner ${manifest.rows['ptp-practitioner']?.toLocaleString('en-US')}, hospital ${manifest.rows['ptp-hospital']?.toLocaleString('en-US')}).
Machine: ${result.machine.cpus} CPUs (${result.machine.cpuModel}), ${result.machine.memoryGb} GB, Node ${process.version};
Neo4j 5.26 heap ${values.heap}, page cache ${values.pagecache} MB; each load on a fresh store, same run.

| Load | Wall time | Rows/s | Loader peak RSS | Neo4j peak RSS (VmHWM) | Nodes/relationships written |
|---|---|---|---|---|---|
| Importer (validate whole input, release, codes, COLUMN_1/COLUMN_2/FROM_RELEASE edges, flip) | ${importer.wallSeconds.toFixed(1)} s | ${result.importer.rowsPerSecond.toLocaleString('en-US')} | ${importer.peakRssMb} MB | ${importer.neo4jPeakRssMb} MB | ${importer.graph.edits} PtpEdit / ${importer.graph.relationships} rels |
| Bare \`UNWIND $rows AS r CREATE (:PtpEdit {...})\` | ${bare.wallSeconds.toFixed(1)} s | ${result.bare.rowsPerSecond.toLocaleString('en-US')} | ${bare.peakRssMb} MB | ${bare.neo4jPeakRssMb} MB | ${bare.graph.edits} PtpEdit / ${bare.graph.relationships} rels |

Ratio importer / bare: **${result.ratio}×** (target ≤ 1.5×: ${result.withinTarget ? 'met' : 'NOT met'}).
`,
);
log(`wrote ${base}.json and .md: ratio ${result.ratio}`);
