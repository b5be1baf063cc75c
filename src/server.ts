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
  /** Settles when Neo4j is reachable, the schema is in place and the seed graph is loaded. */
  ready: Promise<void>;
  stop(): Promise<void>;
}

export interface StartOptions {
  seed?: boolean;
  log?: (line: string) => void;
  /**
   * Resolve only once ready (the default, as `claimgraph serve` wants). With false the server listens
   * at once: /health answers 200 and /ready 503 until Neo4j is reachable and the schema is in place.
   */
  waitReady?: boolean;
}

export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.log ?? ((line: string) => console.log(line));
  const db = await openDatabase(config, log);
  let prepared = false;
  let stopping: Promise<void> | undefined;
  let draining = false;

  const app = createApp({
    executor: db.executor,
    api: config.api,
    production: config.production,
    sizeLimits: { maxBodyBytes: config.http.maxBodyBytes, maxUrlBytes: config.http.maxUrlBytes },
    draining: () => draining,
    isReady: async () => {
      if (!prepared) return false;
      await db.driver.getServerInfo();
      return true;
    },
  });
  const server = createServer(createServerAdapter((request: Request) => app.fetch(request)));
  server.keepAliveTimeout = 5_000;
  server.requestTimeout = 30_000;
  server.headersTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  const url = `http://${config.http.host === '0.0.0.0' ? 'localhost' : config.http.host}:${port}`;

  // Connectivity, schema and seed, retried until they succeed or the server stops: a server started
  // before Neo4j is reachable stays alive (/health) and becomes ready by itself.
  const ready = (async () => {
    for (;;) {
      try {
        await waitForConnectivity(db.driver, 120_000);
        const n = await applySchema(db.executor);
        log(`schema: ${n} constraints and indexes in place (cypher/schema.cypher)`);
        if (opts.seed !== false) {
          const { loadSeedGraph } = await import('./ingest/seeds/load.js');
          const summary = await loadSeedGraph(db.executor, { pagesDir: config.seedPagesDir, log });
          log(`seed: graph loaded (${summary.nodes} nodes, ${summary.relationships} relationships)`);
        }
        prepared = true;
        return;
      } catch (err) {
        if (stopping) throw err;
        log(
          `neo4j: not ready yet (${err instanceof Error ? err.message.split('\n')[0] : String(err)}); retrying`,
        );
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  })();
  ready.catch(() => {});
  if (opts.waitReady !== false) await ready;

  return {
    url,
    server,
    db,
    ready,
    stop() {
      stopping ??= (async () => {
        draining = true;
        // Let load balancers see /ready 503 before the listener closes.
        if (config.http.shutdownGraceMs > 0)
          await new Promise((r) => setTimeout(r, config.http.shutdownGraceMs));
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
