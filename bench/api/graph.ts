/**
 * The benchmark's own Neo4j: a throwaway store under bench/.data/ on a free Bolt port (never the test
 * or main one), loaded with the seed graph and the synthetic full-scale releases through the real
 * importers. The loaded store is reused by the next run when its inputs have not changed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { applySchema, waitForConnectivity } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { type LocalNeo4j, startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';

import { benchData, repoRoot } from './paths.js';

export { benchData, repoRoot };

export interface BenchGraph {
  neo4j: LocalNeo4j;
  driver: Driver;
  executor: Executor;
  database: string;
  /** What was loaded: 'seed' (harness only) or 'synthetic' (full scale), and whether the store was reused. */
  scale: 'seed' | 'synthetic';
  reused: boolean;
  loadSeconds: number;
  counts: { nodes: number; relationships: number };
}

/** One synthetic file to import: `claimgraph import <kind> <file> --release <version> --synthetic`. */
export interface SyntheticImport {
  kind: string;
  files: string[];
  /** Omitted: the importer reads it from the file (PFS banner). */
  release?: string;
  effective?: string;
}

export interface GraphOptions {
  /** The synthetic releases to import after the seeds; empty: the seed graph only. */
  imports: SyntheticImport[];
  log: (line: string) => void;
  /** Load from scratch even when the store's inputs are unchanged. */
  fresh?: boolean;
  /** Skip the data load (a store already loaded, e.g. while developing the harness). */
  skipLoad?: boolean;
  /** An already running Neo4j (e.g. bench/api/hold-neo4j.ts) instead of starting one. */
  uri?: string;
}

/** Digests of the data loaded: the synthetic releases (slow to load) and the curated seeds and pages (fast). */
export function digestOf(parts: { trees?: string[]; imports?: SyntheticImport[] }): string {
  const h = createHash('sha256');
  for (const dir of parts.trees ?? []) {
    if (!existsSync(dir)) continue;
    for (const f of (readdirSync(dir, { recursive: true, withFileTypes: false }) as string[]).sort()) {
      const full = path.join(dir, f);
      const st = statSync(full);
      if (st.isFile()) h.update(`${full}:${st.size}:${st.mtimeMs}\n`);
    }
  }
  for (const i of parts.imports ?? []) {
    h.update(JSON.stringify(i));
    for (const f of i.files) {
      const st = statSync(f);
      h.update(`${f}:${st.size}:${st.mtimeMs}\n`);
    }
  }
  return h.digest('hex');
}

export async function openBenchGraph(opts: GraphOptions): Promise<BenchGraph> {
  const { log } = opts;
  const dataDir = path.join(benchData, 'api-neo4j');
  const marker = path.join(benchData, 'api-neo4j.loaded.json');
  // The data, not the code: an importer or schema change needs --fresh. The store is kept between runs
  // because loading 3.2M PTP rows takes most of the time budget; changed seeds are simply loaded again
  // (the seed load is idempotent MERGEs), changed synthetic files reload the store from scratch.
  const pagesDir = path.join(repoRoot, '..', 'shared', 'pages');
  const dataDigest = digestOf({ imports: opts.imports });
  const seedDigest = digestOf({ trees: [path.join(repoRoot, 'seeds'), pagesDir] });
  let marked: { dataDigest?: string; seedDigest?: string } = {};
  if (!opts.fresh && existsSync(marker) && existsSync(dataDir))
    marked = JSON.parse(readFileSync(marker, 'utf8'));
  const reused = marked.dataDigest === dataDigest;
  if (!reused && !opts.uri) {
    rmSync(marker, { force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  const t0 = Date.now();
  const neo4j: LocalNeo4j = opts.uri
    ? { uri: opts.uri, pid: -1, stop: async () => {} }
    : await startLocalNeo4j({
        dataDir,
        boltPort: 0,
        heap: '2g',
        pageCacheMb: 2048,
        txTimeoutSeconds: 900,
        log,
      });
  log(
    `neo4j: bench store ${path.relative(repoRoot, dataDir)} at ${neo4j.uri}${reused ? ' (reused: synthetic data unchanged)' : ''}`,
  );
  const database = 'neo4j';
  const driver = createDriver({
    uri: neo4j.uri,
    connectionTimeoutMs: 5000,
    acquireTimeoutMs: 60_000,
    maxPoolSize: 100,
  });
  const executor = new Executor(driver, { database, queryTimeoutMs: 900_000 });
  await waitForConnectivity(driver, 120_000);
  await applySchema(executor);
  if (!opts.skipLoad) {
    if (!reused) for (const i of opts.imports) runImport(i, neo4j.uri, log);
    // Seeds last: the seed loader skips a seed release when a full import of that version is current.
    if (!reused || marked.seedDigest !== seedDigest) {
      await loadSeedGraph(executor, { pagesDir, log: (line: string) => log(`  ${line}`) });
    }
    writeFileSync(
      marker,
      `${JSON.stringify({ dataDigest, seedDigest, loadedAt: new Date().toISOString(), imports: opts.imports }, null, 2)}\n`,
    );
  }
  const [counts] = await executor.read<{ nodes: number; relationships: number }>('seed/graph-counts');
  return {
    neo4j,
    driver,
    executor,
    database,
    scale: opts.imports.length > 0 ? 'synthetic' : 'seed',
    reused,
    loadSeconds: (Date.now() - t0) / 1000,
    counts: counts ?? { nodes: 0, relationships: 0 },
  };
}

/** The real importer, as a user runs it (`src/cli.ts import`), against the bench Neo4j. */
function runImport(i: SyntheticImport, uri: string, log: (line: string) => void) {
  const args = [
    '--import',
    'tsx',
    path.join(repoRoot, 'src', 'cli.ts'),
    'import',
    i.kind,
    ...i.files,
    '--synthetic',
  ];
  if (i.release) args.push('--release', i.release);
  if (i.effective) args.push('--effective', i.effective);
  log(`import: ${i.kind} ${i.release ?? ''} (${i.files.map((f) => path.basename(f)).join(', ')})`);
  const t0 = Date.now();
  const r = spawnSync(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    throw new Error(
      `import ${i.kind} ${i.release ?? ''} failed (exit ${r.status}):\n${(r.stderr ?? '').slice(-3000)}${r.stdout ?? ''}`,
    );
  }
  log(`  ${(r.stdout ?? '').trim().split('\n').pop()} [${((Date.now() - t0) / 1000).toFixed(1)} s]`);
}
