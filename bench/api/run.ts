/**
 * `npm run bench:api`: ClaimGraph against the hand-written Cypher floor and @neo4j/graphql, in one run,
 * over the same Neo4j (docs/benchmarks.md).
 *  1. generate (or reuse) the full-scale synthetic files (bench/generate) in bench/.data/synthetic;
 *  2. start the bench's own Neo4j (bench/.data/api-neo4j) and load seeds + synthetic releases through
 *     the real importers (reused when the inputs are unchanged);
 *  3. start the three servers, each its own process; check that they return the same data;
 *  4. autocannon each operation on each server at each concurrency; write bench/results/api-<date>.{json,md}.
 * Options: --duration S (per run, default 3) --connections 1,16,64 --scale 1 --seed-only --keep-going --check-only
 *          --profile (CPU profile and per-query times of the ClaimGraph server into bench/.data/profiles)
 *          --fresh --only Name,Name --uri bolt://… (an already running, already loaded Neo4j).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { differences } from './compare.js';
import { type BenchGraph, openBenchGraph, type SyntheticImport } from './graph.js';
import { measure, type RunResult, rssMb } from './measure.js';
import { normalisers, peerVariables } from './neo4j-graphql/normalise.js';
import { type BenchOperation, benchOperations } from './operations.js';
import { benchData, repoRoot } from './paths.js';
import { renderMarkdown } from './report.js';

export type ServerName = 'claimgraph' | 'floor' | 'neo4j-graphql';
export const SERVERS: ServerName[] = ['claimgraph', 'floor', 'neo4j-graphql'];

interface Server {
  name: ServerName;
  url: string;
  child: ChildProcess;
}

const { values } = parseArgs({
  options: {
    duration: { type: 'string', default: '3' },
    connections: { type: 'string', default: '1,16,64' },
    scale: { type: 'string', default: '1' },
    'seed-only': { type: 'boolean', default: false },
    'keep-going': { type: 'boolean', default: false },
    'check-only': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
    only: { type: 'string' },
    uri: { type: 'string' },
    label: { type: 'string', default: '' },
  },
});
const duration = Number(values.duration);
const connectionLevels = values.connections.split(',').map(Number);
const log = (line: string) => console.error(`[bench:api ${new Date().toISOString().slice(11, 19)}] ${line}`);
const started = Date.now();

function syntheticImports(): SyntheticImport[] {
  if (values['seed-only']) return [];
  const out = path.join(benchData, 'api-synthetic');
  const manifestPath = path.join(out, 'manifest.json');
  const scale = Number(values.scale);
  const current = existsSync(manifestPath)
    ? (JSON.parse(readFileSync(manifestPath, 'utf8')) as { scale: number; files: Record<string, string[]> })
    : null;
  if (!current || current.scale !== scale || !current.files.opps) {
    log(`generate: synthetic data at scale ${scale} into ${path.relative(repoRoot, out)}`);
    const r = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.join(repoRoot, 'bench/generate/index.ts'),
        '--out',
        out,
        '--scale',
        String(scale),
      ],
      {
        cwd: repoRoot,
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    );
    if (r.status !== 0) throw new Error(`the generator failed (exit ${r.status})`);
  } else log(`generate: reusing ${path.relative(repoRoot, manifestPath)} (scale ${scale})`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string[]> };
  const abs = (f: string) =>
    path.isAbsolute(f) ? f : existsSync(path.join(out, f)) ? path.join(out, f) : path.resolve(repoRoot, f);
  const order = [
    'pfs',
    'gpci',
    'opps',
    'asc',
    'mue-practitioner',
    'mue-hospital',
    'mue-dme',
    'ptp-practitioner',
    'ptp-hospital',
  ];
  return order
    .filter((k) => manifest.files[k]?.length)
    .map((kind) => ({
      kind,
      files: (manifest.files[kind] ?? []).map(abs),
      release: kind === 'pfs' ? 'RVU26A' : '2026Q1',
      effective: '2026-01-01',
    }));
}

async function startServer(name: ServerName, uri: string): Promise<Server> {
  const script = path.join(repoRoot, 'bench', 'api', 'servers', `${name}.ts`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: uri,
    NEO4J_PASSWORD: '',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
    CLAIMGRAPH_GRAPHIQL: 'false',
    NEO4J_ACQUIRE_TIMEOUT_MS: '30000',
  };
  // --profile: V8 CPU profile of the ClaimGraph server, written on exit (summarise with bench/api/profile.ts).
  const prof =
    values.profile && name === 'claimgraph'
      ? ['--cpu-prof', '--cpu-prof-dir', path.join(benchData, 'profiles')]
      : [];
  const child = spawn(process.execPath, [...prof, '--import', 'tsx', script, uri], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let errTail = '';
  child.stderr?.on('data', (c: Buffer) => {
    errTail = (errTail + c.toString()).slice(-4000);
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${name}: not listening after 120 s\n${errTail}`)),
      120_000,
    );
    child.stdout?.on('data', (c: Buffer) => {
      const m = /LISTENING (\S+)/.exec(c.toString());
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`${name}: exited (${code}) before listening\n${errTail}`)));
  });
  log(`server: ${name} at ${url} (pid ${child.pid})`);
  return { name, url, child };
}

/** What each server is sent for one operation: the same question, in each server's own words. */
function requestFor(
  server: ServerName,
  op: BenchOperation,
): { body: string; headers: Record<string, string> } {
  if (server === 'claimgraph') {
    return {
      body: JSON.stringify({ query: op.query, operationName: op.name }),
      headers: { 'x-graphql-yoga-csrf': '1' },
    };
  }
  if (server === 'floor')
    return { body: JSON.stringify({ operationName: op.name, variables: {} }), headers: {} };
  return {
    body: JSON.stringify({
      query: op.peerQuery,
      operationName: op.name,
      variables: peerVariables(op.name, op.defaults),
    }),
    headers: {},
  };
}

async function ask(server: Server, op: BenchOperation, extra: Record<string, string> = {}) {
  const { body, headers } = requestFor(server.name, op);
  const res = await fetch(server.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers, ...extra },
    body,
  });
  const json = (await res.json()) as {
    data?: unknown;
    errors?: { message: string }[];
    extensions?: { cypherRoundTrips?: number };
  };
  return { status: res.status, ...json };
}

interface OperationReport {
  operation: string;
  name: string;
  claimgraphOnly: string | null;
  comparable: boolean;
  problems: string[];
  roundTrips: Record<ServerName, number | null>;
  runs: Partial<Record<ServerName, RunResult[]>>;
}

async function checkOperation(servers: Server[], op: BenchOperation): Promise<OperationReport> {
  const report: OperationReport = {
    operation: op.id,
    name: op.name,
    claimgraphOnly: op.claimgraphOnly,
    comparable: false,
    problems: [],
    roundTrips: { claimgraph: null, floor: 1, 'neo4j-graphql': 1 },
    runs: {},
  };
  if (!op.floorCypher && !op.claimgraphOnly) report.problems.push('no floor query (bench/api/floor)');
  if (!op.peerQuery && !op.claimgraphOnly)
    report.problems.push('no @neo4j/graphql operation (bench/api/neo4j-graphql/operations)');
  if (op.claimgraphOnly) {
    report.roundTrips.floor = null;
    report.roundTrips['neo4j-graphql'] = null;
  }
  const answers: Partial<Record<ServerName, unknown>> = {};
  for (const s of servers) {
    if ((s.name === 'floor' && !op.floorCypher) || (s.name === 'neo4j-graphql' && !op.peerQuery)) continue;
    const a = await ask(s, op, s.name === 'claimgraph' ? { 'x-claimgraph-trace': '1' } : {});
    if (s.name === 'claimgraph') report.roundTrips.claimgraph = a.extensions?.cypherRoundTrips ?? null;
    if (a.status !== 200 || a.errors?.length) {
      report.problems.push(
        `${s.name}: HTTP ${a.status} ${(a.errors ?? [])
          .map((e) => e.message)
          .join('; ')
          .slice(0, 300)}`,
      );
      continue;
    }
    answers[s.name] =
      s.name === 'neo4j-graphql' ? normalisers[op.name]?.(a.data as never, op.defaults) : a.data;
  }
  const reference = answers.claimgraph;
  if (reference !== undefined) {
    for (const other of ['floor', 'neo4j-graphql'] as const) {
      if (answers[other] === undefined) continue;
      const diff = differences(reference, answers[other]);
      if (diff.length)
        report.problems.push(
          `claimgraph vs ${other}: ${diff.length} difference(s):\n      ${diff.join('\n      ')}`,
        );
    }
  }
  report.comparable = report.problems.length === 0;
  return report;
}

/**
 * Between runs: wait until Neo4j has finished the queries the last run left in flight (a slow server's
 * requests outlive autocannon's duration), up to 20 s, then terminate the rest, so that one run's
 * backlog never lands on the next server's numbers.
 */
async function settle(graph: BenchGraph) {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const rows = await graph.executor.runStatement(
      "SHOW TRANSACTIONS YIELD transactionId, currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN transactionId",
      {},
      'READ',
    );
    if (rows.length === 0) return;
    if (Date.now() > deadline) {
      const ids = rows.map((r) => String((r as { transactionId: string }).transactionId));
      log(`settle: terminating ${ids.length} transaction(s) left running by the last run`);
      await graph.executor.runStatement('TERMINATE TRANSACTIONS $ids', { ids }, 'WRITE').catch(() => {});
      return;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function main() {
  const ops = benchOperations().filter((o) => !values.only || values.only.split(',').includes(o.name));
  const imports = values.uri ? [] : syntheticImports();
  const graph: BenchGraph = await openBenchGraph({
    imports,
    log,
    fresh: values.fresh,
    ...(values.uri ? { uri: values.uri, skipLoad: true } : {}),
  });
  log(
    `graph: ${graph.counts.nodes} nodes, ${graph.counts.relationships} relationships (${graph.reused ? 'store reused' : 'loaded'} in ${graph.loadSeconds.toFixed(0)} s)`,
  );
  const servers: Server[] = [];
  let exitCode = 0;
  const stopAll = () => {
    for (const s of servers) s.child.kill('SIGTERM');
    void graph.neo4j.stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  try {
    for (const name of SERVERS) servers.push(await startServer(name, graph.neo4j.uri));
    const reports: OperationReport[] = [];
    for (const op of ops) {
      const r = await checkOperation(servers, op);
      reports.push(r);
      log(
        `check: ${op.id} ${r.comparable ? 'same data on all three' : `PROBLEMS\n    ${r.problems.join('\n    ')}`}`,
      );
    }
    const broken = reports.filter((r) => !r.comparable);
    if (broken.length && !values['keep-going']) {
      throw new Error(
        `${broken.length} operation(s) do not return the same data on all three servers (see above); --keep-going measures anyway`,
      );
    }
    if (broken.length) exitCode = 1;
    if (values['check-only']) return;
    const load = { before: loadavg() };
    for (const r of reports) {
      const op = ops.find((o) => o.id === r.operation) as BenchOperation;
      for (const s of servers) {
        if ((s.name === 'floor' && !op.floorCypher) || (s.name === 'neo4j-graphql' && !op.peerQuery))
          continue;
        const { body, headers } = requestFor(s.name, op);
        await measure(s.url, body, headers, 4, 1, s.child.pid ?? 0); // warm-up: JIT, plan cache, page cache
        await settle(graph);
        const runs: RunResult[] = [];
        for (const c of connectionLevels) {
          const res = await measure(s.url, body, headers, c, duration, s.child.pid ?? 0);
          runs.push(res);
          await settle(graph);
          log(
            `run: ${op.name} ${s.name} c=${c}: p50 ${res.p50} ms, p99 ${res.p99} ms, ${res.rps} req/s, ${res.errors} errors, RSS ${res.rssMb} MB`,
          );
        }
        r.runs[s.name] = runs;
      }
    }
    const result = {
      date: new Date().toISOString(),
      label: values.label,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGb: Math.round(totalmem() / 2 ** 30),
        node: process.version,
      },
      load: {
        ...load,
        after: loadavg(),
        note: 'load averages (1, 5, 15 min) before and after the measured runs; other engineers were running test suites on the same 2 cores',
      },
      graph: {
        scale: graph.scale,
        nodes: graph.counts.nodes,
        relationships: graph.counts.relationships,
        reusedStore: graph.reused,
        loadSeconds: graph.loadSeconds,
        imports: imports.map((i) => ({
          kind: i.kind,
          release: i.release ?? null,
          files: i.files.map((f) => path.basename(f)),
        })),
      },
      settings: { durationSeconds: duration, connections: connectionLevels, warmupSeconds: 1 },
      serversIdleRssMb: Object.fromEntries(servers.map((s) => [s.name, rssMb(s.child.pid ?? 0)])),
      operations: reports,
      totalSeconds: (Date.now() - started) / 1000,
    };
    const dir = path.join(repoRoot, 'bench', 'results');
    mkdirSync(dir, { recursive: true });
    const stamp = result.date.slice(0, 16).replace(/:/g, '');
    const base = path.join(dir, `api-${stamp}${values.label ? `-${values.label}` : ''}`);
    writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(`${base}.md`, renderMarkdown(result));
    log(`wrote ${path.relative(repoRoot, base)}.json and .md in ${result.totalSeconds.toFixed(0)} s total`);
    console.log(readFileSync(`${base}.md`, 'utf8'));
  } finally {
    // Let each server finish (and write its profile) before its Neo4j goes away.
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            if (s.child.exitCode !== null) return resolve();
            const timer = setTimeout(() => {
              s.child.kill('SIGKILL');
              resolve();
            }, 15_000);
            s.child.once('exit', () => {
              clearTimeout(timer);
              resolve();
            });
            s.child.kill('SIGTERM');
          }),
      ),
    );
    await graph.driver.close();
    await graph.neo4j.stop();
  }
  process.exit(exitCode);
}

main().catch((err) => {
  console.error(`bench:api failed: ${(err as Error).message}`);
  process.exit(1);
});
