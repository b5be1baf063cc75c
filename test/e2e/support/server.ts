/**
 * The app served over a real socket (node:http, port 0) against the suite's Neo4j, with the seed graph
 * loaded, for the browser and example-client tests. The explorer bundle is rebuilt when stale.
 */
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { createServerAdapter } from '@whatwg-node/server';
import { createApp } from '../../../src/app.js';
import { loadConfig } from '../../../src/config.js';
import { loadSeedGraph } from '../../../src/ingest/seeds/load.js';
import { buildExplorer } from '../../../web/build.js';
import { testExecutor, wipeGraph } from '../../helpers/graph.js';
import { repoRoot } from './browser.js';

export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

/** Wipes the graph, loads the seed graph (curated seeds + ../shared/pages), and serves the app. */
export async function serveSeededApp(): Promise<ServedApp> {
  await buildExplorer();
  const executor = testExecutor();
  await wipeGraph(executor);
  await loadSeedGraph(executor, { pagesDir: path.resolve(repoRoot, '../shared/pages') });
  const config = loadConfig({ NODE_ENV: 'test' });
  const app = createApp({ executor, api: config.api, production: false, isReady: async () => true });
  const server: Server = createServer(createServerAdapter((request: Request) => app.fetch(request)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('the test server has no TCP address');
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
