/**
 * Opens the graph: starts the local Neo4j when NEO4J_URI is unset, connects the driver with
 * interactive timeouts, waits for connectivity and applies cypher/schema.cypher (idempotent).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { createDriver } from './driver.js';
import { Executor } from './executor.js';
import { type LocalNeo4j, startLocalNeo4j } from './local-neo4j.js';
import { cypherDir, statements } from './queries.js';

export interface Database {
  driver: Driver;
  executor: Executor;
  local: LocalNeo4j | undefined;
  uri: string;
  close(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  log: (line: string) => void = console.error,
): Promise<Database> {
  let local: LocalNeo4j | undefined;
  let uri = config.neo4j.uri;
  if (!uri) {
    log(`neo4j: NEO4J_URI is unset; starting the local Neo4j 5.26 (data in ${config.neo4j.local.dataDir})`);
    local = await startLocalNeo4j({ ...config.neo4j.local, log });
    uri = local.uri;
    log(`neo4j: ready at ${uri}`);
  }
  const driver = createDriver({ ...config.neo4j, uri });
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
  });
  return {
    driver,
    executor,
    local,
    uri,
    async close() {
      await driver.close();
      await local?.stop();
    },
  };
}

/** Waits until the server answers, retrying for up to `timeoutMs`. */
export async function waitForConnectivity(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.getServerInfo();
      return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

export async function applySchema(executor: Executor): Promise<number> {
  const text = readFileSync(path.join(cypherDir, 'schema.cypher'), 'utf8');
  const stmts = statements(text);
  for (const s of stmts) await executor.runStatement(s);
  await executor.runStatement('CALL db.awaitIndexes(300)');
  return stmts.length;
}
