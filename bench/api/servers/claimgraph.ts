/**
 * ClaimGraph as production runs it (src/server.ts startServer: config from the environment, errors
 * masked), over the bench Neo4j given by NEO4J_URI. Prints "LISTENING <url>".
 * With `--query-times <file>` (bench:api --profile) it also times every named Cypher read and writes
 * count, total and mean milliseconds per query name to <file> on exit: where a request's time goes.
 */
import { writeFileSync } from 'node:fs';
import { loadConfig } from '../../../src/config.js';
import { Executor } from '../../../src/db/executor.js';
import { startServer } from '../../../src/server.js';

const timesAt = process.argv.indexOf('--query-times');
const timesFile = timesAt > 0 ? process.argv[timesAt + 1] : undefined;
const times = new Map<string, { count: number; ms: number }>();
if (timesFile) {
  const read = Executor.prototype.read;
  Executor.prototype.read = async function timed<T>(
    this: Executor,
    name: string,
    params?: Record<string, unknown>,
  ) {
    const t0 = performance.now();
    try {
      return (await read.call(this, name, params)) as T[];
    } finally {
      const t = times.get(name) ?? { count: 0, ms: 0 };
      t.count += 1;
      t.ms += performance.now() - t0;
      times.set(name, t);
    }
  };
}

const config = loadConfig();
const running = await startServer(config, { seed: false, log: (line) => console.error(line) });
console.log(`LISTENING ${running.url}/graphql`);
process.on(
  'SIGTERM',
  () =>
    void running.stop().then(() => {
      if (timesFile) {
        const rows = [...times].map(([name, t]) => ({
          name,
          count: t.count,
          totalMs: Math.round(t.ms),
          meanMs: Math.round((t.ms / t.count) * 10) / 10,
        }));
        writeFileSync(
          timesFile,
          `${JSON.stringify(
            rows.sort((a, b) => b.totalMs - a.totalMs),
            null,
            2,
          )}\n`,
        );
      }
      process.exit(0);
    }),
);
