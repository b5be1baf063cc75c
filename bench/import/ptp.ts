/**
 * The full NCCI PTP import benchmark (PRODUCT.md: practitioner + hospital, ~3.2M rows, within 1.5×
 * of a bare `UNWIND … CREATE` load of the same rows, measured in the same run):
 *   npx tsx bench/import/ptp.ts [--scale 1] [--data bench/.data/synthetic] [--heap 4g] [--pagecache 4096]
 *     [--modes importer,bare-nodes,bare-linked] [--append]
 * Generates (or reuses) the synthetic files, then runs three loads of the same rows, each on a fresh
 * throwaway Neo4j of its own (never the test or main one) with the same settings, each in a child
 * process: the real importer, a bare nodes-only `UNWIND … CREATE`, and a bare same-shape load (the
 * same nodes and COLUMN_1/COLUMN_2 relationships by UNWIND/MATCH/CREATE). Records wall time, rows/s,
 * CPU seconds of the loader and of Neo4j, the loader's peak RSS and the JVM's VmHWM, and the
 * machine's load average during each load (the machine may be shared). Writes
 * bench/results/import-<date>[-scaleX].{json,md}, after each load (a partial run keeps what it has).
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { generate, type Manifest } from '../generate/index.js';
import { type LoadResult, type Mode, runsOf, writeReport } from './report.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    data: { type: 'string', default: 'bench/.data/synthetic' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '4096' },
    modes: { type: 'string', default: 'importer,bare-nodes,bare-linked' },
    /** Adds these runs to the report already written today for this scale (same files). */
    append: { type: 'boolean', default: false },
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

/** CPU seconds (user + system, all threads) a process has used, from /proc (Linux). */
function cpuSeconds(pid: number): number | null {
  try {
    const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (USER_HZ = 100 on Linux).
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return null;
  }
}

function loadAverage1m(): number {
  return Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
}

/**
 * The busiest processes right now (ps %CPU, averaged over each process's life), to show what else the
 * machine was running: the project's own processes with their command line, others by name only.
 */
function busiest(): string[] {
  try {
    return execFileSync('ps', ['-eo', 'pcpu,rss,comm,args', '--sort=-pcpu'], { encoding: 'utf8' })
      .split('\n')
      .slice(1, 11)
      .map((l) => l.trim().split(/\s+/))
      .filter((f) => Number(f[0]) >= 1)
      .map(([pcpu, rss, comm, ...args]) => {
        const cmd = args.join(' ');
        const shown = cmd.includes('/work/main') || /^(node|npm|java)/.test(comm ?? '') ? cmd : (comm ?? '');
        return `${pcpu}% ${Math.round(Number(rss) / 1024)}MB ${shown}`.slice(0, 110);
      });
  } catch {
    return [];
  }
}

async function measured(mode: Mode): Promise<LoadResult> {
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
  const ps = busiest();
  const cpu0 = cpuSeconds(neo.pid) ?? 0;
  const t0 = Date.now();
  let jvmPeak = 0;
  const loads: number[] = [loadAverage1m()];
  const poll = setInterval(() => {
    jvmPeak = Math.max(jvmPeak, vmHwmMb(neo.pid) ?? 0);
    loads.push(loadAverage1m());
  }, 5000);
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', path.join(root, 'bench/import/child.ts'), mode, neo.uri, manifestPath],
        { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] },
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
    const neo4jCpuSeconds = Number(((cpuSeconds(neo.pid) ?? 0) - cpu0).toFixed(1));
    const result = JSON.parse(out.trim().split('\n').pop() as string);
    const mean = loads.reduce((a, b) => a + b, 0) / loads.length;
    return {
      ...result,
      wallSeconds: wall,
      neo4jPeakRssMb: jvmPeak,
      neo4jCpuSeconds,
      machineLoad1m: {
        min: Math.min(...loads),
        mean: Number(mean.toFixed(1)),
        max: Math.max(...loads),
        samples: loads.length,
      },
      busiestAtStart: ps,
    };
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
const date = new Date().toISOString().slice(0, 10);
const base = path.join(root, 'bench/results', `import-${date}${scale === 1 ? '' : `-scale${scale}`}`);
mkdirSync(path.dirname(base), { recursive: true });
const previous =
  values.append && existsSync(`${base}.json`) ? JSON.parse(readFileSync(`${base}.json`, 'utf8')) : {};
const runs: LoadResult[] = runsOf(previous);
const startedAt: string = previous.startedAt ?? new Date().toISOString();
for (const mode of values.modes.split(',') as Mode[]) {
  const r = await measured(mode);
  runs.push(r);
  log(`${mode}: ${r.seconds.toFixed(1)} s (load avg ${r.machineLoad1m.mean})`);
  const { ratios } = writeReport(base, {
    date,
    startedAt,
    scale,
    rows,
    manifest,
    heap: values.heap,
    pageCacheMb: Number(values.pagecache),
    runs,
  });
  log(`wrote ${base}.json and .md: ratios ${JSON.stringify(ratios)}`);
}
