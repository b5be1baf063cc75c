/**
 * `claimgraph import <kind> <files…> [--release VERSION] [--effective YYYY-MM-DD] [--synthetic]`
 *
 * Validates the whole input first (every problem printed as `file:line:column: reason`, exit 1,
 * nothing written), then loads it as one release and flips the dataset to it atomically.
 * Exit codes: 0 imported or already imported; 1 problems in the input; 2 usage; 3 database failure.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { applySchema, openDatabase } from '../db/database.js';
import { Executor } from '../db/executor.js';
import { formatProblem, ImportValidationError } from './common/problems.js';
import { createProgress } from './common/progress.js';
import { IMPORT_KINDS } from './kinds.js';
import { ImportUsageError, importRelease } from './release/run.js';

const USAGE = `usage: claimgraph import <kind> <files…> [--release VERSION] [--effective YYYY-MM-DD] [--synthetic]
kinds: ${['page', ...Object.keys(IMPORT_KINDS)].join(', ')}
  --release    release version, e.g. RVU25D (PFS: read from the file's banner when omitted), 2026Q3
  --effective  first day the release applies (default: from the version, e.g. 2026Q3 → 2026-07-01)
  --synthetic  the files are generated test data: the release is marked synthetic, version SYNTH-…
  --batch      rows per write transaction (default per kind)`;

/** Long batches need more than the API's interactive timeout. */
const IMPORT_TX_TIMEOUT_MS = 10 * 60_000;

export async function runImport(args: string[]): Promise<number> {
  if (args[0] === 'page') {
    const mod = (await import('./code-page/command.js' as string)) as {
      runImportPage(a: string[]): Promise<number>;
    };
    return mod.runImportPage(args.slice(1));
  }
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  const { kind, files, values } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const spec = kind ? IMPORT_KINDS[kind] : undefined;
  if (!spec || files.length === 0) {
    console.error(kind && !spec ? `unknown import kind '${kind}'\n${USAGE}` : USAGE);
    return 2;
  }
  const batchSize = values.batch ? Number(values.batch) : undefined;
  if (batchSize !== undefined && (!Number.isInteger(batchSize) || batchSize < 1)) {
    console.error(`--batch must be a positive whole number\n${USAGE}`);
    return 2;
  }

  const config = loadConfig();
  const db = await openDatabase(config);
  try {
    await applySchema(db.executor);
    const executor = new Executor(db.driver, {
      database: config.neo4j.database,
      queryTimeoutMs: Math.max(config.neo4j.queryTimeoutMs, IMPORT_TX_TIMEOUT_MS),
    });
    const result = await importRelease(spec, {
      executor,
      files,
      version: values.release,
      effectiveDate: values.effective,
      synthetic: values.synthetic,
      batchSize,
      progress: createProgress(),
      log: (line) => console.error(line),
    });
    console.log(
      result.status === 'unchanged'
        ? `${result.releaseId}: already imported, nothing to do`
        : `${result.releaseId}: imported ${result.rowCount} rows in ${result.seconds.toFixed(1)} s` +
            `${result.synthetic ? ' (SYNTHETIC)' : ''}; effective ${result.effectiveDate}`,
    );
    return 0;
  } catch (err) {
    if (err instanceof ImportValidationError) {
      for (const p of err.problems) console.error(formatProblem(p));
      console.error(`import refused: ${err.problems.length} problem(s); nothing was written`);
      return 1;
    }
    if (err instanceof ImportUsageError) {
      console.error(`${err.message}\n${USAGE}`);
      return 2;
    }
    console.error(`import failed: ${(err as Error).message}`);
    return 3;
  } finally {
    await db.close();
  }
}

function parse(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      release: { type: 'string' },
      effective: { type: 'string' },
      synthetic: { type: 'boolean', default: false },
      batch: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [kind, ...files] = positionals;
  return { kind, files, values };
}
