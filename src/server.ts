/**
 * Wires config → Neo4j (local or NEO4J_URI) → schema → seed graph → app → listen, and shuts down
 * gracefully: /ready goes 503, in-flight requests finish, the driver closes, the local Neo4j stops.
 */
import { createServer, type Server } from 'node:http';
import { createServerAdapter } from '@whatwg-node/server';
import { createApp } from './app.js';
import type { Config } from './config.js';
import { applySchema, type Database, openDatabase, waitForConnectivity } from './db/database.js';

export interface RunningServer {
  url: string;
  server: Server;
  db: Database;
  stop(): Promise<void>;
}

export async function startServer(
  config: Config,
  opts: { seed?: boolean; log?: (line: string) => void } = {},
): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const db = await openDatabase(config, log);
  let schemaReady = false;
  const prepare = async () => {
    await waitForConnectivity(db.driver, 120_000);
    const n = await applySchema(db.executor);
    log(`schema: ${n} constraints and indexes in place (cypher/schema.cypher)`);
    schemaReady = true;
  };
  await prepare();
  if (opts.seed !== false) {
    const { loadSeedGraph } = await import('./ingest/seeds/load.js');
    const summary = await loadSeedGraph(db.executor, { pagesDir: config.seedPagesDir, log });
    log(`seed: graph loaded (${summary.nodes} nodes, ${summary.relationships} relationships)`);
  }

  let draining = false;
  const app = createApp({
    executor: db.executor,
    api: config.api,
    production: config.production,
    sizeLimits: { maxBodyBytes: config.http.maxBodyBytes, maxUrlBytes: config.http.maxUrlBytes },
    draining: () => draining,
    isReady: async () => {
      if (!schemaReady) return false;
      await db.driver.getServerInfo();
      return true;
    },
  });
  const server = createServer(createServerAdapter((request: Request) => app.fetch(request)));
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 30_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const url = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}`;

  let stopping: Promise<void> | undefined;
  return {
    url,
    server,
    db,
    stop() {
      stopping ??= (async () => {
        draining = true;
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await db.close();
      })();
      return stopping;
    },
  };
}
