/**
 * Test access to the suite's real Neo4j (started by test/setup/global-neo4j.ts).
 */
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';

let driver: Driver | undefined;

export function testDriver(): Driver {
  driver ??= createDriver({
    uri: inject('neo4jUri'),
    username: 'neo4j',
    password: inject('neo4jPassword') || undefined,
    connectionTimeoutMs: 5000,
    acquireTimeoutMs: 10000,
    maxPoolSize: 20,
  });
  return driver;
}

export function testExecutor(queryTimeoutMs = 60_000): Executor {
  return new Executor(testDriver(), { database: inject('neo4jDatabase'), queryTimeoutMs });
}

export async function closeTestDriver(): Promise<void> {
  await driver?.close();
  driver = undefined;
}

/** Deletes every node and relationship (the schema stays). */
export async function wipeGraph(ex: Executor = testExecutor()): Promise<void> {
  // The executor runs managed transactions, where CALL … IN TRANSACTIONS is not allowed: delete in
  // bounded batches until nothing is left.
  for (;;) {
    const [row] = await ex.runStatement(
      'MATCH (n) WITH n LIMIT 20000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (((row as { deleted: number } | undefined)?.deleted ?? 0) === 0) return;
  }
}

/** Node and relationship counts, and a hash of a sorted export, to prove a graph unchanged. */
export async function graphFingerprint(ex: Executor = testExecutor()) {
  const rows = await ex.runStatement(
    `MATCH (n) WITH count(n) AS nodes
     OPTIONAL MATCH ()-[r]->() WITH nodes, count(r) AS rels
     RETURN nodes, rels`,
    {},
    'READ',
  );
  const dump = await ex.runStatement('MATCH (n) RETURN [labels(n), properties(n)] AS x', {}, 'READ');
  const items = dump.map((r) => JSON.stringify((r as { x: unknown }).x)).sort();
  const relDump = await ex.runStatement(
    `MATCH (a)-[r]->(b) RETURN [labels(a), coalesce(a.id, a.code, a.indicator, a.name), type(r), properties(r), labels(b), coalesce(b.id, b.code, b.indicator, b.name)] AS x`,
    {},
    'READ',
  );
  const relItems = relDump.map((r) => JSON.stringify((r as { x: unknown }).x)).sort();
  const hash = createHash('sha256').update(items.join('\n')).update(relItems.join('\n')).digest('hex');
  const counts = rows[0] as { nodes: number; rels: number };
  return { nodes: counts.nodes, rels: counts.rels, hash };
}
