/**
 * Security tests run against an app built like production (errors masked, field suggestions blocked),
 * on the suite's Neo4j holding the seed graph. `post` / `gqlPost` go through app.fetch with no socket;
 * every response reports how many Cypher round trips the request made.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Executor } from '../../src/db/executor.js';
import { testExecutor, wipeGraph } from '../helpers/graph.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * An executor that remembers every per-request executor it hands out, so a test can prove that a
 * rejected request ran no Cypher at all (not even one the trace extension would miss).
 */
export class CountingExecutor extends Executor {
  private readonly children: Executor[] = [];

  override forRequest(): Executor {
    const child = super.forRequest();
    this.children.push(child);
    return child;
  }

  /** Cypher round trips of every request so far. */
  total(): number {
    return this.children.reduce((n, c) => n + c.roundTrips.count, 0);
  }
}

export function countingExecutor(queryTimeoutMs = 60_000): CountingExecutor {
  const base = testExecutor(queryTimeoutMs);
  return new CountingExecutor(base.driver, base.options);
}

export function productionApp(
  opts: { executor?: Executor; env?: Record<string, string>; isReady?: () => Promise<boolean> } = {},
): App {
  const config = loadConfig({ NODE_ENV: 'production', ...opts.env });
  return createApp({
    executor: opts.executor ?? testExecutor(),
    api: config.api,
    production: config.production,
    isReady: opts.isReady ?? (async () => true),
  });
}

export interface Reply {
  status: number;
  contentType: string;
  text: string;
  json: {
    data?: Record<string, unknown> | null;
    errors?: { message: string; extensions?: Record<string, unknown>; path?: unknown[] }[];
    extensions?: Record<string, unknown>;
  } | null;
}

export async function send(app: App, init: RequestInit & { url?: string }): Promise<Reply> {
  const res = await app.fetch(new Request(init.url ?? 'http://localhost/graphql', init));
  const text = await res.text();
  let json: Reply['json'] = null;
  try {
    json = JSON.parse(text) as Reply['json'];
  } catch {
    json = null;
  }
  return { status: res.status, contentType: res.headers.get('content-type') ?? '', text, json };
}

/** A JSON POST as a GraphQL client sends it, with the round-trip trace on. */
export function gqlPost(
  app: App,
  query: string,
  variables?: Record<string, unknown>,
  extra: Record<string, unknown> = {},
) {
  return send(app, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json',
      'x-claimgraph-trace': '1',
    },
    body: JSON.stringify({ query, variables, ...extra }),
  });
}

/** The first error code of a reply, or undefined. */
export function firstCode(r: Reply): unknown {
  return r.json?.errors?.[0]?.extensions?.code;
}

/** Wipes the suite's graph and loads the curated seed graph (seeds/). */
export async function loadSeed(ex: Executor = testExecutor(120_000)): Promise<void> {
  await wipeGraph(ex);
  const { loadSeedGraph } = await import('../../src/ingest/seeds/load.js');
  await loadSeedGraph(ex, { pagesDir: undefined });
}
