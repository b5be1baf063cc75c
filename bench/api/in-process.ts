/**
 * Canonical operations answered in process (createApp + app.fetch: no socket, no autocannon), one at a
 * time, against a Neo4j that is already up: the quickest way to compare two commits side by side, or
 * to profile the API with `node --cpu-prof --import tsx bench/api/in-process.ts …`.
 *
 * usage: npx tsx bench/api/in-process.ts [--uri bolt://…] [--requests 400] [Operation …]
 *   --uri defaults to the one bench/api/hold-neo4j.ts wrote (the bench store held open);
 *   operations are names from schema/operations (default: all but CheckClaim).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { canonicalOperations, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { Executor } from '../../src/db/executor.js';
import { benchData } from './graph.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { uri: { type: 'string' }, requests: { type: 'string', default: '400' } },
});
const uri = values.uri ?? readFileSync(path.join(benchData, 'hold-neo4j.uri'), 'utf8').trim();
const requests = Number(values.requests);
const driver = neo4j.driver(uri);
const config = loadConfig({ NODE_ENV: 'production' });
const app = createApp({
  executor: new Executor(driver, { database: 'neo4j', queryTimeoutMs: 30_000 }),
  api: config.api,
  production: true,
  isReady: async () => true,
  log: () => {},
});

const wanted = positionals.length > 0 ? positionals : null;
const operations = canonicalOperations().filter((o) => {
  const name = o.name.replace(/^\d+-/, '');
  return wanted ? wanted.includes(name) : name !== 'CheckClaim';
});

async function once(body: string) {
  const res = await app.fetch(
    new Request('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    }),
  );
  const json = (await res.json()) as { errors?: unknown };
  if (json.errors) throw new Error(JSON.stringify(json.errors));
}

try {
  for (const op of operations) {
    const body = JSON.stringify({ query: op.query });
    for (let i = 0; i < Math.min(50, requests); i++) await once(body);
    const times: number[] = [];
    for (let i = 0; i < requests; i++) {
      const start = performance.now();
      await once(body);
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(2);
    console.log(`${op.name.padEnd(24)} p50 ${at(0.5)} ms  p90 ${at(0.9)} ms  (${requests} requests)`);
  }
} finally {
  await driver.close();
}
