/**
 * Starts the project's own Neo4j 5.26 Community (neo4j/pom.xml, an embedded engine with Bolt on
 * loopback) as a child JVM. The JVM watches its standard input and exits when it closes, so it never
 * outlives this process, even after a SIGKILL.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const neo4jDir = path.join(projectRoot, 'neo4j');
const libDir = path.join(neo4jDir, 'target', 'lib');
const classesDir = path.join(neo4jDir, 'target', 'classes');

export interface LocalNeo4jOptions {
  dataDir: string;
  /** 0 picks a free port. */
  boltPort: number;
  heap: string;
  pageCacheMb: number;
  txTimeoutSeconds?: number;
  log?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  pid: number;
  stop(): Promise<void>;
}

/** Compiles the launcher and fetches Neo4j's jars from Maven Central, once. */
export function ensureLocalNeo4jBuilt(log: (line: string) => void = console.error): void {
  const built =
    existsSync(path.join(classesDir, 'claimgraph', 'LocalNeo4j.class')) &&
    existsSync(libDir) &&
    readdirSync(libDir).some((f) => f.startsWith('neo4j-kernel-'));
  if (built) return;
  log('neo4j: building the local Neo4j 5.26 launcher with Maven (first run downloads ~120 MB)...');
  const mvn = spawnSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', path.join(neo4jDir, 'pom.xml'), 'package', '-DskipTests'],
    {
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  if (mvn.error) {
    throw new Error(
      `neo4j: could not run Maven (${mvn.error.message}). Install Java 17 and Maven, or set NEO4J_URI to an existing Neo4j.`,
    );
  }
  if (mvn.status !== 0) throw new Error(`neo4j: 'mvn package' in neo4j/ failed with exit code ${mvn.status}`);
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

export async function startLocalNeo4j(opts: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const log = opts.log ?? ((line: string) => console.error(line));
  ensureLocalNeo4jBuilt(log);
  const port = opts.boltPort === 0 ? await freePort() : opts.boltPort;
  const dataDir = path.resolve(projectRoot, opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  const args = [
    `-Xmx${opts.heap}`,
    `-Xms${opts.heap}`,
    '-XX:+UseG1GC',
    '-XX:+ExitOnOutOfMemoryError',
    '-cp',
    `${classesDir}${path.delimiter}${path.join(libDir, '*')}`,
    'claimgraph.LocalNeo4j',
    dataDir,
    String(port),
    String(opts.pageCacheMb),
    String(opts.txTimeoutSeconds ?? 60),
  ];
  const child = spawn('java', args, { stdio: ['pipe', 'pipe', 'pipe'] });
  const uri = await waitForReady(child, port, log);
  let exited = false;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', () => {
      exited = true;
      resolve();
    });
  });
  return {
    uri,
    pid: child.pid ?? -1,
    async stop() {
      if (exited) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
      await exitPromise;
      clearTimeout(timer);
    },
  };
}

function waitForReady(child: ChildProcess, port: number, log: (line: string) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderrTail = '';
    let ready = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`neo4j: not ready on port ${port} after 120 s\n${stderrTail}`));
    }, 120_000);
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) {
        const m = /^BOLT_READY (\S+)/.exec(line);
        if (m?.[1] && !ready) {
          ready = true;
          clearTimeout(timer);
          resolve(m[1]);
        }
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4000);
      if (/Exception|ERROR/.test(chunk)) log(`neo4j: ${chunk.trim()}`);
    });
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(new Error(`neo4j: could not start java (${err.message}). Install Java 17 or set NEO4J_URI.`));
    });
    child.once('exit', (code, signal) => {
      if (!ready) {
        clearTimeout(timer);
        reject(
          new Error(`neo4j: exited before it was ready (code ${code}, signal ${signal})\n${stderrTail}`),
        );
      }
    });
  });
}
