/**
 * Soak: the canonical operations as sustained load for a while (default 6 minutes) in windows; after
 * each window a full GC, then heap used, RSS, that window's p99, open file descriptors and open HTTP
 * sockets are recorded. Compares the windows after warm-up: heap and RSS should be flat, p99 drift
 * under 20%, no fd or socket growth. Writes bench/results/soak-<time>.{json,md}.
 *
 *   node --expose-gc --import tsx bench/soak/run.ts [--minutes 6] [--window 30] [--connections 8]
 */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { canonicalBodies, machine, runLoad, stamp, startBenchServer } from '../load/harness.js';

const { values } = parseArgs({
  options: {
    minutes: { type: 'string', default: '6' },
    window: { type: 'string', default: '30' },
    connections: { type: 'string', default: '8' },
  },
});
const minutes = Number(values.minutes);
const windowSeconds = Number(values.window);
const connections = Number(values.connections);
const gc = (globalThis as { gc?: () => void }).gc;

function openFds(): number | null {
  try {
    return readdirSync('/proc/self/fd').length;
  } catch {
    return null;
  }
}

interface Sample {
  window: number;
  atSeconds: number;
  requests: number;
  non2xx: number;
  graphqlErrors: number;
  p50Ms: number;
  p99Ms: number;
  heapUsedMb: number;
  rssMb: number;
  fds: number | null;
  httpSockets: number;
}

async function main() {
  if (!gc) throw new Error('run with node --expose-gc --import tsx bench/soak/run.ts');
  console.log('soak: starting Neo4j and the server with the seed graph...');
  const bench = await startBenchServer();
  const { url, server } = bench.running;
  const ops = canonicalBodies();
  const started = Date.now();
  const samples: Sample[] = [];
  const windows = Math.max(2, Math.round((minutes * 60) / windowSeconds));
  try {
    for (let w = 0; w < windows; w += 1) {
      const r = await runLoad({
        url,
        bodies: ops,
        seconds: windowSeconds,
        connections,
        countGraphQLErrors: true,
      });
      await new Promise((resolve) => setTimeout(resolve, 1000)); // let keep-alive sockets settle
      gc();
      const mem = process.memoryUsage();
      const sockets = await new Promise<number>((resolve) => server.getConnections((_e, n) => resolve(n)));
      const s: Sample = {
        window: w + 1,
        atSeconds: Math.round((Date.now() - started) / 1000),
        requests: r.requests,
        non2xx: r.non2xx,
        graphqlErrors: r.graphqlErrors,
        p50Ms: r.latencyMs.p50,
        p99Ms: r.latencyMs.p99,
        heapUsedMb: Number((mem.heapUsed / 2 ** 20).toFixed(1)),
        rssMb: Number((mem.rss / 2 ** 20).toFixed(1)),
        fds: openFds(),
        httpSockets: sockets,
      };
      samples.push(s);
      console.log(JSON.stringify(s));
    }
  } finally {
    await bench.close();
  }
  report(samples);
}

function drift(values: number[]): number {
  const first = values[0] ?? 0;
  const last = values[values.length - 1] ?? 0;
  return first === 0 ? 0 : (last - first) / first;
}

function report(samples: Sample[]) {
  // The first window is warm-up (JIT, caches, pools); compare the rest.
  const steady = samples.slice(1);
  const half = Math.max(1, Math.floor(steady.length / 2));
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
  const p99Early = median(steady.slice(0, half).map((s) => s.p99Ms));
  const p99Late = median(steady.slice(half).map((s) => s.p99Ms));
  const checks = {
    non2xx: samples.reduce((n, s) => n + s.non2xx, 0),
    graphqlErrors: samples.reduce((n, s) => n + s.graphqlErrors, 0),
    heapDriftAfterWarmup: Number(drift(steady.map((s) => s.heapUsedMb)).toFixed(3)),
    rssDriftAfterWarmup: Number(drift(steady.map((s) => s.rssMb)).toFixed(3)),
    p99EarlyMs: p99Early,
    p99LateMs: p99Late,
    p99Drift: Number(((p99Late - p99Early) / Math.max(1, p99Early)).toFixed(3)),
    fdGrowthAfterWarmup: (steady.at(-1)?.fds ?? 0) - (steady[0]?.fds ?? 0),
    socketGrowthAfterWarmup: (steady.at(-1)?.httpSockets ?? 0) - (steady[0]?.httpSockets ?? 0),
  };
  const result = {
    kind: 'soak',
    at: new Date().toISOString(),
    machine: machine(),
    setup: {
      minutes,
      windowSeconds,
      connections,
      note: 'server, Neo4j driver and autocannon in one Node process (heap/RSS include autocannon); Neo4j in its own JVM',
    },
    samples,
    checks,
  };
  const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../results');
  mkdirSync(dir, { recursive: true });
  const name = `soak-${stamp()}`;
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const rows = samples
    .map(
      (s) =>
        `| ${s.window} | ${s.atSeconds} | ${s.requests} | ${s.p50Ms} | ${s.p99Ms} | ${s.heapUsedMb} | ${s.rssMb} | ${s.fds ?? '-'} | ${s.httpSockets} | ${s.non2xx} | ${s.graphqlErrors} |`,
    )
    .join('\n');
  const md = `# Soak run ${result.at}

\`node --expose-gc --import tsx bench/soak/run.ts --minutes ${minutes} --window ${windowSeconds} --connections ${connections}\`:
the canonical operations as sustained load on a production server with its own Neo4j and the seed graph;
after each ${windowSeconds} s window a full GC, then the figures below (heap and RSS of the Node process that
runs both the server and autocannon).

| window | at s | requests | p50 ms | p99 ms | heap MB | RSS MB | fds | HTTP sockets | non-2xx | GraphQL errors |
|---|---|---|---|---|---|---|---|---|---|---|
${rows}

After warm-up (window 1 excluded): heap drift ${(checks.heapDriftAfterWarmup * 100).toFixed(1)}%, RSS drift
${(checks.rssDriftAfterWarmup * 100).toFixed(1)}%, p99 ${checks.p99EarlyMs} → ${checks.p99LateMs} ms (drift
${(checks.p99Drift * 100).toFixed(1)}%, target under 20%), fd growth ${checks.fdGrowthAfterWarmup}, socket growth
${checks.socketGrowthAfterWarmup}; ${checks.non2xx} non-2xx and ${checks.graphqlErrors} GraphQL errors in all.
`;
  writeFileSync(path.join(dir, `${name}.md`), md);
  console.log(md);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
