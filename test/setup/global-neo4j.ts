/**
 * Starts a real Neo4j 5.26 for the suite in a throwaway folder (or uses NEO4J_URI when it is set),
 * applies the schema, and hands the Bolt URL to the tests. Stopped and deleted at the end.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { applySchema } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jDatabase: string;
    neo4jPassword: string;
  }
}

let local: LocalNeo4j | undefined;
let dataDir: string | undefined;

export async function setup(project: TestProject) {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    dataDir = mkdtempSync(path.join(tmpdir(), 'claimgraph-test-neo4j-'));
    local = await startLocalNeo4j({
      dataDir,
      boltPort: 0,
      heap: '2g',
      pageCacheMb: 512,
      txTimeoutSeconds: 60,
    });
    uri = local.uri;
  }
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  const password = process.env.NEO4J_PASSWORD ?? '';
  const driver = createDriver({
    uri,
    username: process.env.NEO4J_USERNAME ?? 'neo4j',
    password,
    connectionTimeoutMs: 5000,
    acquireTimeoutMs: 5000,
    maxPoolSize: 10,
  });
  await applySchema(new Executor(driver, { database, queryTimeoutMs: 120_000 }));
  await driver.close();
  project.provide('neo4jUri', uri);
  project.provide('neo4jDatabase', database);
  project.provide('neo4jPassword', password);
}

export async function teardown() {
  await local?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
