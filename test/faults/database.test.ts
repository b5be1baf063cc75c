/**
 * RELIABILITY.md, "Database faults", against a Neo4j started for this file only (never the suite's
 * shared one): a slow and a half-open Bolt link through a TCP proxy, a pathological query, Neo4j
 * killed under read load and restarted, a server started before Neo4j is reachable, and SIGTERM
 * during a slow request to a real `claimgraph serve` child process.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { freePort, type LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { startServer } from '../../src/server.js';
import { startTcpProxy, type TcpProxy } from '../helpers/tcp-proxy.js';
import { firstCode, gqlPost, productionApp, repoRoot } from '../security/support.js';

/** RELIABILITY.md: fail in seconds, "not the driver's 30–60 s defaults". */
const DRIVER_DEFAULT_MS = 30_000;
const QUERY = '{ globalPeriods { indicator } }';

let dataDir: string;
let neo4j: LocalNeo4j;
let boltPort: number;
const drivers: Driver[] = [];

function interactiveDriver(uri: string): Driver {
  const d = createDriver({ uri, connectionTimeoutMs: 1000, acquireTimeoutMs: 1500, maxPoolSize: 20 });
  drivers.push(d);
  return d;
}

function appOn(uri: string, queryTimeoutMs = 1500) {
  return productionApp({
    executor: new Executor(interactiveDriver(uri), { database: 'neo4j', queryTimeoutMs }),
  });
}

async function startOwnNeo4j(port: number) {
  return startLocalNeo4j({
    dataDir,
    boltPort: port,
    heap: '512m',
    pageCacheMb: 64,
    txTimeoutSeconds: 60,
    log: () => {},
  });
}

/** Resolves with how long `work` took; rejects if it takes longer than `limitMs`. */
async function within<T>(limitMs: number, work: Promise<T>): Promise<{ value: T; ms: number }> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const value = await Promise.race([
    work,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`still waiting after ${limitMs} ms`)), limitMs);
    }),
  ]).finally(() => clearTimeout(timer));
  return { value, ms: Date.now() - start };
}

async function until(what: string, check: () => Promise<boolean>, limitMs = 90_000) {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what}: not after ${limitMs} ms`);
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'claimgraph-faults-neo4j-'));
  neo4j = await startOwnNeo4j(0);
  boltPort = Number(new URL(neo4j.uri.replace('bolt://', 'http://')).port);
});

afterAll(async () => {
  for (const d of drivers) await d.close().catch(() => {});
  await neo4j?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a slow or half-open Bolt link', () => {
  let proxy: TcpProxy;
  beforeAll(async () => {
    proxy = await startTcpProxy({ host: '127.0.0.1', port: boltPort });
  });
  afterAll(() => proxy.close());

  it('enforces the request timeout on a slow link, and the pool recovers when it is fast again', async () => {
    const app = appOn(proxy.uri);
    await until(
      'answers (a fresh Neo4j warms up)',
      async () => (await gqlPost(app, QUERY)).json?.errors === undefined,
      30_000,
    );
    proxy.setDelay(5000);
    const slow = await within(DRIVER_DEFAULT_MS, gqlPost(app, QUERY));
    expect(['QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(firstCode(slow.value));
    proxy.setDelay(0);
    await until('answers again', async () => (await gqlPost(app, QUERY)).json?.errors === undefined, 20_000);
  });

  it('fails fast on a half-open link (bytes swallowed, sockets open), then recovers', async () => {
    const app = appOn(proxy.uri);
    await until('answers', async () => (await gqlPost(app, QUERY)).json?.errors === undefined, 30_000);
    proxy.setMode('blackhole');
    const stuck = await within(DRIVER_DEFAULT_MS, gqlPost(app, QUERY));
    expect(['QUERY_TIMEOUT', 'DATABASE_UNAVAILABLE']).toContain(firstCode(stuck.value));
    expect(stuck.value.status).toBeLessThan(500);
    proxy.setMode('pass');
    await until('answers again', async () => (await gqlPost(app, QUERY)).json?.errors === undefined, 20_000);
  });
});

describe('a pathological query', () => {
  it('is stopped by the transaction timeout and leaves nothing running', async () => {
    const ex = new Executor(interactiveDriver(neo4j.uri), { database: 'neo4j', queryTimeoutMs: 1000 });
    const err = await ex
      .runStatement(
        'UNWIND range(1, 4000000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n',
        {},
        'READ',
      )
      .catch((e: unknown) => e as { code?: string });
    expect(err).toMatchObject({ code: 'QUERY_TIMEOUT' });
    const admin = new Executor(interactiveDriver(neo4j.uri), { database: 'neo4j', queryTimeoutMs: 10_000 });
    await until(
      'the transaction is gone',
      async () => {
        const rows = await admin.runStatement(
          'SHOW TRANSACTIONS YIELD currentQuery RETURN currentQuery',
          {},
          'READ',
        );
        return !rows.some((r) =>
          String((r as { currentQuery: unknown }).currentQuery).includes('4000000000'),
        );
      },
      20_000,
    );
  });
});

describe('Neo4j killed under read load', () => {
  it('fails fast with a stable code, does not crash, and recovers by itself once Neo4j is back', async () => {
    const app = appOn(neo4j.uri);
    await until('answers', async () => (await gqlPost(app, QUERY)).json?.errors === undefined, 30_000);
    const codes: unknown[] = [];
    let load = true;
    let ok = 0;
    const worker = async () => {
      while (load) {
        const r = await gqlPost(app, QUERY);
        if (r.json?.errors) codes.push(firstCode(r));
        else ok += 1;
        expect(r.status).toBeLessThan(500);
      }
    };
    const workers = Array.from({ length: 4 }, worker);
    await until('some reads answered', async () => ok > 20, 20_000);
    process.kill(neo4j.pid, 'SIGKILL');
    await until('reads fail', async () => codes.length > 5, 20_000);
    const down = await within(DRIVER_DEFAULT_MS, gqlPost(app, QUERY));
    expect(firstCode(down.value)).toBe('DATABASE_UNAVAILABLE');
    neo4j = await startOwnNeo4j(boltPort);
    const before = ok;
    await until('reads answered again', async () => ok > before + 20, 60_000);
    load = false;
    await Promise.all(workers);
    expect(new Set(codes)).toEqual(
      new Set(['DATABASE_UNAVAILABLE', ...(codes.includes('QUERY_TIMEOUT') ? ['QUERY_TIMEOUT'] : [])]),
    );
  });
});

describe('start before Neo4j is reachable', () => {
  it('answers /health 200 and /ready 503 until connectivity and constraints are verified', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: boltPort });
    proxy.setMode('refuse');
    const config = loadConfig({
      NODE_ENV: 'production',
      NEO4J_URI: proxy.uri,
      PORT: '0',
      NEO4J_CONNECTION_TIMEOUT_MS: '1000',
      NEO4J_ACQUIRE_TIMEOUT_MS: '1500',
    });
    const running = await startServer(config, { seed: false, waitReady: false, log: () => {} });
    try {
      expect((await fetch(`${running.url}/health`)).status).toBe(200);
      expect((await fetch(`${running.url}/ready`)).status).toBe(503);
      await new Promise((r) => setTimeout(r, 1500));
      expect((await fetch(`${running.url}/ready`)).status).toBe(503);
      proxy.setMode('pass');
      await running.ready;
      expect((await fetch(`${running.url}/ready`)).status).toBe(200);
      const [constraints] = await running.db.executor.runStatement(
        'SHOW CONSTRAINTS YIELD name RETURN count(*) AS n',
        {},
        'READ',
      );
      expect((constraints as { n: number }).n).toBeGreaterThan(0);
    } finally {
      await running.stop();
      await proxy.close();
    }
  });
});

describe('SIGTERM during a slow request', () => {
  let child: ChildProcess | undefined;
  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
  });

  it('answers /ready 503, completes the in-flight request, closes the driver and exits 0', async () => {
    const proxy = await startTcpProxy({ host: '127.0.0.1', port: boltPort });
    const port = await freePort();
    // node itself (not npx) so that SIGTERM reaches the server process, as a process manager sends it.
    child = spawn(process.execPath, ['--import', 'tsx', 'src/cli.ts', 'serve'], {
      cwd: repoRoot,
      env: {
        ...process.env,
        NODE_ENV: 'production',
        NEO4J_URI: proxy.uri,
        PORT: String(port),
        CLAIMGRAPH_SEED_PAGES: path.join(dataDir, 'no-pages'),
        CLAIMGRAPH_SHUTDOWN_GRACE_MS: '1500',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    child.stderr?.on('data', (c: Buffer) => {
      out += c.toString();
    });
    const exited = new Promise<number | null>((resolve) => child?.once('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    await until('the server is ready', async () => (await fetch(`${base}/ready`)).status === 200, 150_000);

    proxy.setDelay(400);
    const slow = fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    expect((await fetch(`${base}/ready`)).status).toBe(503);

    const answer = await slow;
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { data?: unknown; errors?: unknown };
    expect(body.errors).toBeUndefined();
    expect(body.data).toHaveProperty('globalPeriods');
    expect(await exited).toBe(0);
    expect(out).toContain('stopped cleanly');
    expect(proxy.connections()).toBe(0);
    await proxy.close();
  });
});
