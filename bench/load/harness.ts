/**
 * What the load and soak scripts share: a production server on its own Neo4j (a throwaway data folder,
 * a free Bolt port) with the seed graph, the canonical operations as request bodies, and an
 * autocannon run that counts non-2xx answers and answers carrying GraphQL `errors`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { canonicalOperations } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { freePort } from '../../src/db/local-neo4j.js';
import { type RunningServer, startServer } from '../../src/server.js';

export interface BenchServer {
  running: RunningServer;
  close(): Promise<void>;
}

export async function startBenchServer(log: (line: string) => void = () => {}): Promise<BenchServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'claimgraph-bench-neo4j-'));
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'production',
    NEO4J_URI: undefined,
    NEO4J_LOCAL_DATA_DIR: dataDir,
    NEO4J_LOCAL_BOLT_PORT: String(await freePort()),
    NEO4J_LOCAL_HEAP: '1g',
    NEO4J_LOCAL_PAGECACHE_MB: '256',
    PORT: '0',
    LOG_LEVEL: 'error',
  });
  const running = await startServer(config, { seed: true, log });
  return {
    running,
    async close() {
      await running.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface Operation {
  name: string;
  body: string;
}

/** The canonical operations of schema/operations, each with its default variables. */
export function canonicalBodies(): Operation[] {
  return canonicalOperations().map((o) => ({ name: o.name, body: JSON.stringify({ query: o.query }) }));
}

export interface RunResult {
  requests: number;
  rps: number;
  non2xx: number;
  graphqlErrors: number;
  errors: number;
  timeouts: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
}

export async function runLoad(opts: {
  url: string;
  bodies: Operation[];
  seconds: number;
  connections: number;
  /** Count answers whose body holds GraphQL errors (normal traffic must have none). */
  countGraphQLErrors?: boolean;
}): Promise<RunResult> {
  let graphqlErrors = 0;
  const instance = autocannon({
    url: `${opts.url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    connections: opts.connections,
    duration: opts.seconds,
    requests: opts.bodies.map((b) => ({ method: 'POST', body: b.body })),
    setupClient: opts.countGraphQLErrors
      ? (client) => {
          client.on('body', (buf: Buffer) => {
            if (buf.includes('"errors"')) graphqlErrors += 1;
          });
        }
      : undefined,
  });
  const r = await instance;
  return {
    requests: r.requests.total,
    rps: r.requests.average,
    non2xx: r.non2xx,
    graphqlErrors,
    errors: r.errors,
    timeouts: r.timeouts,
    latencyMs: {
      p50: r.latency.p50,
      p90: r.latency.p90,
      p99: r.latency.p99,
      max: r.latency.max,
      mean: r.latency.mean,
    },
  };
}

export function stamp(): string {
  return new Date().toISOString().replace(/[:]/g, '-').replace(/\..+$/, '');
}

export function machine() {
  return {
    node: process.version,
    platform: process.platform,
    cpus: cpus().length,
    memoryGb: Math.round(totalmem() / 2 ** 30),
  };
}
