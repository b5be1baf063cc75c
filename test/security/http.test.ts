/**
 * RELIABILITY.md, "GraphQL API": what the HTTP layer refuses before GraphQL runs (oversized bodies,
 * batches, cross-site requests), masking of internal failures, persisted operations, and the
 * GraphQL-over-HTTP audit of graphql-http. Against a production app through fetch, with no socket.
 */
import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { freePort } from '../../src/db/local-neo4j.js';
import { loadPersistedDocuments } from '../../src/http/persisted.js';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';
import { countingExecutor, firstCode, gqlPost, productionApp, send } from './support.js';

const ex = countingExecutor();
const app = productionApp({ executor: ex });
afterAll(closeTestDriver);

const json = { 'content-type': 'application/json', accept: 'application/graphql-response+json' };

/** A streamed body of `total` bytes that records how much of it the server pulled. */
function streamedBody(total: number, prefix: string) {
  const chunk = new TextEncoder().encode('a'.repeat(64 * 1024));
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    start(c) {
      const head = new TextEncoder().encode(prefix);
      sent += head.byteLength;
      c.enqueue(head);
    },
    pull(c) {
      if (sent >= total) return c.close();
      sent += chunk.byteLength;
      c.enqueue(chunk);
    },
  });
  return { stream, pulled: () => sent };
}

describe('request size', () => {
  it('refuses a 1 MB query with 413 before parsing it', async () => {
    const query = `{ graphStatistics { totalNodes } } # ${'x'.repeat(1024 * 1024)}`;
    const r = await send(app, { method: 'POST', headers: json, body: JSON.stringify({ query }) });
    expect(r.status).toBe(413);
    expect(firstCode(r)).toBe('REQUEST_TOO_LARGE');
  });

  it('refuses 100k tokens: 413 by size, and by the token limit when the body limit is raised', async () => {
    const query = `{ graphStatistics { ${'totalNodes '.repeat(100_000)} } }`;
    const r = await send(app, { method: 'POST', headers: json, body: JSON.stringify({ query }) });
    expect(r.status).toBe(413);
    const roomy = productionApp({ executor: ex });
    const big = await roomyFetch(roomy, JSON.stringify({ query }));
    expect(big.status).toBe(400);
    expect(big.text).toContain('Token limit');
  });

  it('refuses 10 MB of variables with 413, reading no more than the limit of a streamed body', async () => {
    const { stream, pulled } = streamedBody(
      10 * 1024 * 1024,
      '{"query":"{ graphStatistics { totalNodes } }","variables":{"x":"',
    );
    const r = await send(app, { method: 'POST', headers: json, body: stream, duplex: 'half' } as RequestInit);
    expect(r.status).toBe(413);
    expect(pulled()).toBeLessThan(1024 * 1024);
  });

  it('refuses a declared 10 MB body by its content-length without reading it', async () => {
    const { stream, pulled } = streamedBody(10 * 1024 * 1024, '{"query":"');
    const r = await send(app, {
      method: 'POST',
      headers: { ...json, 'content-length': String(10 * 1024 * 1024) },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(r.status).toBe(413);
    expect(pulled()).toBeLessThan(256 * 1024);
  });

  it('refuses an over-long GET URL with 414', async () => {
    const q = encodeURIComponent(`{ graphStatistics { totalNodes } } #${'x'.repeat(20_000)}`);
    const r = await send(app, {
      url: `http://localhost/graphql?query=${q}`,
      method: 'GET',
      headers: { accept: 'application/json' },
    });
    expect(r.status).toBe(414);
  });
});

/** The same app with a body limit large enough to let a 100k-token query reach the parser. */
async function roomyFetch(_app: App, body: string) {
  const { createApp } = await import('../../src/app.js');
  const { loadConfig } = await import('../../src/config.js');
  const config = loadConfig({ NODE_ENV: 'production' });
  const roomy = createApp({
    executor: ex,
    api: config.api,
    production: true,
    isReady: async () => true,
    sizeLimits: { maxBodyBytes: 8 * 1024 * 1024, maxUrlBytes: 16 * 1024 },
  });
  return send(roomy, { method: 'POST', headers: json, body });
}

describe('batching', () => {
  it.each([2, 11, 1000])('refuses a JSON array batch of %i operations, running none', async (n) => {
    const before = ex.total();
    const batch = Array.from({ length: n }, () => ({ query: '{ globalPeriods { indicator } }' }));
    const r = await send(app, { method: 'POST', headers: json, body: JSON.stringify(batch) });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(ex.total()).toBe(before);
  });
});

describe('CSRF prevention', () => {
  it('refuses a GET with a mutation (and a GET of a query without a preflight header)', async () => {
    const q = encodeURIComponent('mutation { __typename }');
    const r = await send(app, {
      url: `http://localhost/graphql?query=${q}`,
      method: 'GET',
      headers: { accept: 'application/json', 'x-graphql-yoga-csrf': '1' },
    });
    expect(r.status).toBe(405);
    const simple = await send(app, {
      url: `http://localhost/graphql?query=${encodeURIComponent('{ __typename }')}`,
      method: 'GET',
    });
    expect(simple.status).toBe(403);
  });

  it.each([
    ['application/x-www-form-urlencoded', 'query=%7B__typename%7D'],
    ['text/plain', '{"query":"{ __typename }"}'],
    [
      'multipart/form-data; boundary=x',
      '--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--x--',
    ],
  ])('refuses a browser-simple POST of %s', async (type, body) => {
    const before = ex.total();
    const r = await send(app, { method: 'POST', headers: { 'content-type': type }, body });
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(r.json?.data ?? undefined).toBeUndefined();
    expect(ex.total()).toBe(before);
  });

  it('answers a JSON POST', async () => {
    const r = await gqlPost(app, '{ __typename }');
    expect(r.status).toBe(200);
    expect(r.json?.data).toEqual({ __typename: 'Query' });
  });
});

describe('masked internal failures', () => {
  const secretish = /at \S+ \(|\.ts:\d+|MATCH|RETURN|bolt:\/\/|neo4j:\/\/|127\.0\.0\.1|Neo4jError|stack/i;

  it('answers "database down" with DATABASE_UNAVAILABLE, no stack, no Cypher, no bolt URL', async () => {
    const port = await freePort();
    const driver = createDriver({
      uri: `bolt://127.0.0.1:${port}`,
      connectionTimeoutMs: 1000,
      acquireTimeoutMs: 1000,
      maxPoolSize: 2,
    });
    try {
      const down = productionApp({
        executor: new Executor(driver, { database: 'neo4j', queryTimeoutMs: 2000 }),
        env: {},
      });
      const r = await gqlPost(down, '{ code(code: "27594") { code shortDescriptor } }');
      expect(r.status).toBe(200);
      expect(firstCode(r)).toBe('DATABASE_UNAVAILABLE');
      expect(r.text).not.toMatch(secretish);
      expect(r.text).not.toContain(String(port));
    } finally {
      await driver.close();
    }
  });

  it('answers a Cypher error (a database that does not exist) with DATABASE_ERROR and nothing internal', async () => {
    const base = testExecutor();
    const wrong = productionApp({
      executor: new Executor(base.driver, { database: 'nosuchdb', queryTimeoutMs: 5000 }),
    });
    const r = await gqlPost(wrong, '{ code(code: "27594") { code } }');
    expect(['DATABASE_ERROR', 'DATABASE_UNAVAILABLE']).toContain(firstCode(r));
    expect(r.text).not.toMatch(secretish);
    expect(r.text).not.toContain('nosuchdb');
  });

  it('maps a Lucene parse error in the full-text query to DATABASE_ERROR with a safe message', async () => {
    const err = await testExecutor()
      .read('search/search-text', { query: 'title:(unclosed AND', labels: null, skip: 0, limit: 5 })
      .catch((e: unknown) => e as Error & { code?: string });
    expect(err).toBeInstanceOf(Error);
    expect((err as { code?: string }).code).toBe('DATABASE_ERROR');
    expect((err as Error).message).not.toContain('unclosed');
  });

  it('hides field suggestions in production', async () => {
    const r = await gqlPost(app, '{ cod(code: "27594") { code } }');
    expect(r.status).toBe(400);
    expect(r.text).not.toContain('Did you mean');
  });
});

describe('persisted operations', () => {
  const docs = loadPersistedDocuments();
  const [id, query] = [...docs.entries()].find(([, q]) => q.includes('GraphStatistics')) ?? [];

  it('runs a persisted operation by documentId', async () => {
    expect(id && query).toBeTruthy();
    const r = await send(app, { method: 'POST', headers: json, body: JSON.stringify({ documentId: id }) });
    expect(r.status, r.text).toBe(200);
    expect(r.json?.data).toHaveProperty('graphStatistics');
  });

  it('refuses an unknown documentId with 404', async () => {
    const r = await send(app, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ documentId: 'f'.repeat(40) }),
    });
    expect(r.status).toBe(404);
    expect(firstCode(r)).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('in persisted-only mode, refuses query text but runs persisted operations', async () => {
    const locked = productionApp({ executor: ex, env: { CLAIMGRAPH_PERSISTED_ONLY: 'true' } });
    const before = ex.total();
    const text = await gqlPost(locked, '{ globalPeriods { indicator } }');
    expect(text.status).toBe(400);
    expect(firstCode(text)).toBe('PERSISTED_QUERY_ONLY');
    expect(ex.total()).toBe(before);
    const byId = await send(locked, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ documentId: id }),
    });
    expect(byId.status).toBe(200);
    expect(byId.json?.errors).toBeUndefined();
  });
});

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  /**
   * Audits we knowingly fail, each with its reason. Everything else must be ok.
   */
  const accepted: Record<string, string> = {};

  it('passes every audit, or fails it for a written reason', async () => {
    const fetchFn = (input: RequestInfo | URL, init?: RequestInit) => app.fetch(new Request(input, init));
    const audits = serverAudits({ url: 'http://localhost/graphql', fetchFn });
    const results = await Promise.all(audits.map((a) => a.fn()));
    const failing = results
      .filter((r) => r.status !== 'ok' && r.status !== 'notice')
      .filter((r) => !(r.id in accepted))
      .map((r) => `${r.id} ${r.name}: ${'reason' in r ? r.reason : ''}`);
    expect(failing).toEqual([]);
    expect(results.length).toBeGreaterThan(20);
  });
});
