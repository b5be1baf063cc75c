/**
 * Load: the canonical operations (schema/operations, default variables) against a production server
 * on its own Neo4j with the seed graph, over loopback with autocannon, bounded in time. Then the same
 * normal load with attack traffic mixed in (depth bombs, alias floods, page-size abuse, oversized
 * bodies, batches), comparing the normal p99. Writes bench/results/load-<time>.{json,md}.
 *
 *   npx tsx bench/load/run.ts [--seconds 30] [--connections 8]
 * Exit 1 if normal traffic saw any non-2xx answer or GraphQL error.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  canonicalBodies,
  machine,
  type Operation,
  type RunResult,
  runLoad,
  stamp,
  startBenchServer,
} from './harness.js';

const { values } = parseArgs({
  options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '8' } },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);

function nested(levels: number): string {
  let inner = 'code';
  for (let i = 0; i < levels; i += 1) inner = `followUps { code { ${inner} } }`;
  return inner;
}

const attacks: Operation[] = [
  { name: 'depth-bomb', body: JSON.stringify({ query: `{ code(code: "27594") { ${nested(30)} } }` }) },
  {
    name: 'alias-flood',
    body: JSON.stringify({
      query: `{ ${Array.from({ length: 150 }, (_, i) => `a${i}: code(code: "27594") { code }`).join(' ')} }`,
    }),
  },
  {
    name: 'page-size',
    body: JSON.stringify({ query: '{ codes(first: 99999999) { edges { node { code } } } }' }),
  },
  {
    name: 'cost-fan-out',
    body: JSON.stringify({
      query:
        '{ codes(first: 100) { edges { node { sharesGlobalPeriodWith(first: 100) { edges { node { ptpEdits(first: 100) { edges { node { column1Code } } } } } } } } } }',
    }),
  },
  { name: 'oversized-body', body: JSON.stringify({ query: `{ __typename } #${'x'.repeat(300 * 1024)}` }) },
  { name: 'batch', body: JSON.stringify(Array.from({ length: 50 }, () => ({ query: '{ __typename }' }))) },
];

async function main() {
  const started = Date.now();
  console.log('load: starting Neo4j and the server with the seed graph...');
  const bench = await startBenchServer();
  const url = bench.running.url;
  const ops = canonicalBodies();
  try {
    // Every canonical operation must answer without errors before any figure counts.
    for (const op of ops) {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: op.body,
      });
      const text = await res.text();
      if (res.status !== 200 || text.includes('"errors"'))
        throw new Error(`${op.name}: ${res.status} ${text.slice(0, 300)}`);
    }
    console.log(`load: warm-up (${Math.min(10, seconds)} s)...`);
    await runLoad({ url, bodies: ops, seconds: Math.min(10, seconds), connections });
    console.log(`load: normal traffic (${seconds} s, ${connections} connections)...`);
    const normal = await runLoad({ url, bodies: ops, seconds, connections, countGraphQLErrors: true });
    console.log(`load: normal traffic with attack traffic mixed in (${seconds} s)...`);
    const [mixedNormal, attack] = await Promise.all([
      runLoad({ url, bodies: ops, seconds, connections, countGraphQLErrors: true }),
      runLoad({ url, bodies: attacks, seconds, connections: Math.max(2, Math.floor(connections / 2)) }),
    ]);
    const p99Increase =
      (mixedNormal.latencyMs.p99 - normal.latencyMs.p99) / Math.max(1, normal.latencyMs.p99);
    const result = {
      kind: 'load',
      at: new Date().toISOString(),
      machine: machine(),
      setup: {
        seconds,
        connections,
        operations: ops.map((o) => o.name),
        attacks: attacks.map((a) => a.name),
        note: 'server, Neo4j and autocannon share this machine; loopback HTTP; seed graph; production settings',
      },
      normal,
      mixed: { normal: mixedNormal, attack },
      checks: {
        normalNon2xx: normal.non2xx + mixedNormal.non2xx,
        normalGraphQLErrors: normal.graphqlErrors + mixedNormal.graphqlErrors,
        normalP99Ms: normal.latencyMs.p99,
        mixedP99Ms: mixedNormal.latencyMs.p99,
        p99IncreaseUnderAttack: Number(p99Increase.toFixed(3)),
        p99WithinTwentyPercent: p99Increase <= 0.2,
      },
      wallSeconds: Math.round((Date.now() - started) / 1000),
    };
    write(result, normal, mixedNormal, attack);
    const failed = result.checks.normalNon2xx > 0 || result.checks.normalGraphQLErrors > 0;
    process.exitCode = failed ? 1 : 0;
  } finally {
    await bench.close();
  }
}

function row(name: string, r: RunResult) {
  return `| ${name} | ${r.requests} | ${r.rps.toFixed(0)} | ${r.latencyMs.p50} | ${r.latencyMs.p90} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.non2xx} | ${r.graphqlErrors} | ${r.errors + r.timeouts} |`;
}

function write(
  result: Record<string, unknown> & { checks: Record<string, unknown> },
  normal: RunResult,
  mixed: RunResult,
  attack: RunResult,
) {
  const dir = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../results');
  mkdirSync(dir, { recursive: true });
  const name = `load-${stamp()}`;
  writeFileSync(path.join(dir, `${name}.json`), `${JSON.stringify(result, null, 2)}\n`);
  const md = `# Load run ${result.at as string}

\`npx tsx bench/load/run.ts --seconds ${seconds} --connections ${connections}\`: the ${canonicalBodies().length} canonical
operations (schema/operations, default variables) round-robin over loopback against a production server on
its own Neo4j 5.26 with the seed graph. Server, Neo4j and autocannon share the machine.

| phase | requests | req/s | p50 ms | p90 ms | p99 ms | max ms | non-2xx | GraphQL errors | socket errors |
|---|---|---|---|---|---|---|---|---|---|
${row('normal', normal)}
${row('normal, with attacks mixed in', mixed)}
${row('attack traffic (all refused)', attack)}

- Normal traffic: ${result.checks.normalNon2xx as number} non-2xx, ${result.checks.normalGraphQLErrors as number} GraphQL errors.
- Normal p99 under attack: ${result.checks.mixedP99Ms as number} ms vs ${result.checks.normalP99Ms as number} ms alone (${(
    (result.checks.p99IncreaseUnderAttack as number) * 100
  ).toFixed(1)}% change; target at most +20%).
- Attack traffic: ${attack.non2xx} of ${attack.requests} answered 4xx (depth bomb, alias flood, page size, cost fan-out, oversized body, batch).
`;
  writeFileSync(path.join(dir, `${name}.md`), md);
  console.log(md);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
