/**
 * The release protocol every dataset import follows (docs/model.md, "Releases and time"):
 *  1. validate the whole input (streaming), collecting every problem; any problem → write nothing;
 *  2. a current release with the same id → nothing to do (idempotent);
 *  3. delete a leftover 'loading' release with this id and its facts (a killed earlier run);
 *  4. create the Release (status 'loading') and write the facts in batches attached to it;
 *  5. in one transaction: mark it current, supersede the other load of the same version, move the
 *     dataset's ACTIVE_RELEASE pointer (readers only follow current releases: old or new, never half);
 *  6. delete superseded loads' facts in batches, then run the dataset's idempotent finalize step.
 */
import path from 'node:path';
import neo4j from 'neo4j-driver';
import type { Executor } from '../../db/executor.js';
import { ImportValidationError, ProblemList } from '../common/problems.js';
import { type Progress, silentProgress } from '../common/progress.js';
import { scanFiles } from '../common/table.js';
import { codeSystem, isRealDate } from '../common/values.js';
import { loadTag, sha256File } from './checksum.js';
import { effectiveDateFromVersion, sourceFor } from './datasets.js';
import type { DatasetSpec, ReleaseInfo } from './spec.js';

export interface ImportOptions {
  executor: Executor;
  files: string[];
  /** Release version (RVU25D, 2026Q3...); defaults to what the file says, when it says. */
  version?: string;
  effectiveDate?: string;
  synthetic?: boolean;
  progress?: Progress;
  log?: (line: string) => void;
  batchSize?: number;
  /** Called after each committed batch; a test throws here to simulate an import killed part-way. */
  afterBatch?: (batch: number) => void | Promise<void>;
}

export interface ImportResult {
  releaseId: string;
  dataset: string;
  version: string;
  effectiveDate: string;
  synthetic: boolean;
  status: 'imported' | 'unchanged';
  rowCount: number;
  files: string[];
  checksums: string[];
  seconds: number;
  /** Where the time went, in seconds (validate, codes, write, flip, cleanup); zeros for steps not run. */
  phases: ImportPhases;
}

export interface ImportPhases {
  validate: number;
  codes: number;
  write: number;
  flip: number;
  cleanup: number;
}

/** A problem with the command itself (no version, bad date), not with a file. */
export class ImportUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportUsageError';
  }
}

const DELETE_BATCH = 10_000;

export async function importRelease<Row>(spec: DatasetSpec<Row>, opts: ImportOptions): Promise<ImportResult> {
  const t0 = Date.now();
  const phases: ImportPhases = { validate: 0, codes: 0, write: 0, flip: 0, cleanup: 0 };
  let mark = t0;
  const lap = (phase: keyof ImportPhases) => {
    const now = Date.now();
    phases[phase] += (now - mark) / 1000;
    mark = now;
  };
  const log = opts.log ?? (() => {});
  const progress = opts.progress ?? silentProgress;
  if (opts.files.length === 0) throw new ImportUsageError('no input files given');

  // 1. Validate everything before writing anything.
  const checksums = await Promise.all(opts.files.map(sha256File));
  const problems = new ProblemList();
  const codes = new Set<string>();
  const scan = await scanFiles(
    spec.format,
    opts.files,
    problems,
    (row) => {
      for (const c of spec.format.codes(row)) codes.add(c);
    },
    { checkDuplicates: true },
  );
  if (!problems.empty) throw new ImportValidationError(problems.report());
  if (scan.rows === 0) {
    throw new ImportValidationError([
      {
        file: path.basename(opts.files[0] as string),
        line: 1,
        column: 1,
        reason: `no ${spec.format.name} data rows`,
      },
    ]);
  }

  const synthetic =
    Boolean(opts.synthetic) || scan.meta.synthetic === 'true' || /^SYNTH-/.test(opts.version ?? '');
  let version = opts.version ?? scan.meta.version;
  if (!version) {
    throw new ImportUsageError(`--release is required: ${spec.format.name} files do not name their version`);
  }
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(version))
    throw new ImportUsageError(`invalid release version '${version}'`);
  if (synthetic && !version.startsWith('SYNTH-')) version = `SYNTH-${version}`;
  const effectiveDate =
    opts.effectiveDate ??
    (opts.version === undefined ? scan.meta.effectiveDate : undefined) ??
    effectiveDateFromVersion(version);
  if (!effectiveDate) {
    throw new ImportUsageError(
      `--effective YYYY-MM-DD is required: no date can be read from version '${version}'`,
    );
  }
  if (!isRealDate(effectiveDate)) throw new ImportUsageError(`invalid --effective date '${effectiveDate}'`);

  const source = sourceFor(spec.dataset, synthetic);
  const release: ReleaseInfo = {
    id: `${spec.dataset}:${version}:${loadTag(checksums, spec.formatVersion)}`,
    dataset: spec.dataset,
    version,
    effectiveDate,
    synthetic,
    sourceId: source.id,
  };
  const files = opts.files.map((f) => path.basename(f));
  const result = (status: ImportResult['status']): ImportResult => ({
    releaseId: release.id,
    dataset: release.dataset,
    version,
    effectiveDate,
    synthetic,
    status,
    rowCount: scan.rows,
    files,
    checksums,
    seconds: (Date.now() - t0) / 1000,
    phases: Object.fromEntries(
      Object.entries(phases).map(([k, v]) => [k, Number(v.toFixed(2))]),
    ) as unknown as ImportPhases,
  });

  lap('validate');
  // Long batches get a long timeout; the API's interactive timeout is for reads.
  const ex = opts.executor;
  const [existing] = await ex.read<{ status: string }>('release/release-by-id', { releaseId: release.id });

  // 2. Already current: nothing to write. Finish any cleanup a killed run left after its flip.
  if (existing?.status === 'current') {
    log(`${release.id}: already imported, nothing to do`);
    await afterFlip(spec, ex, release, log);
    lap('cleanup');
    return result('unchanged');
  }

  // 3. A killed earlier run (or an old load of these very files): remove it first.
  if (existing) {
    log(`${release.id}: removing a leftover '${existing.status}' load`);
    await deleteReleaseFacts(ex, release.id);
    await ex.write('release/release-delete-by-id', { releaseId: release.id });
    lap('cleanup');
  }

  // 4. The loading release, its codes, then its facts in batches.
  await ex.write('release/release-create-loading-by-id', {
    releaseId: release.id,
    dataset: release.dataset,
    version,
    effectiveDate,
    synthetic,
    files,
    checksums,
    rowCount: scan.rows,
    formatVersion: spec.formatVersion,
    source,
  });
  const codeList = [...codes].sort().map((code) => ({ code, system: codeSystem(code) }));
  for (let i = 0; i < codeList.length; i += DELETE_BATCH) {
    await ex.write('ingest/codes-merge-by-code', { codes: codeList.slice(i, i + DELETE_BATCH) });
  }
  codes.clear();
  lap('codes');

  const batchSize = opts.batchSize ?? spec.batchSize ?? 10_000;
  const extra = spec.writeParams?.(release) ?? {};
  let batch: Record<string, unknown>[] = [];
  let written = 0;
  let batches = 0;
  let inflight: Promise<void> | undefined;
  const flush = async (rows: Record<string, unknown>[]) => {
    // One batch is written while the next is parsed; at most two are in memory.
    if (inflight) await inflight;
    inflight = (async () => {
      await ex.write(spec.writeQuery, { ...extra, releaseId: release.id, sourceId: source.id, rows });
      written += rows.length;
      batches += 1;
      progress.update(written);
      await opts.afterBatch?.(batches);
    })();
    // Surface a failure of this batch at the next await, not as an unhandled rejection.
    inflight.catch(() => {});
  };
  progress.start(`${spec.dataset} ${version}`, scan.rows);
  const rereadProblems = new ProblemList();
  try {
    await scanFiles(spec.format, opts.files, rereadProblems, async (row) => {
      batch.push(spec.toParams(row));
      if (batch.length >= batchSize) {
        const rows = batch;
        batch = [];
        await flush(rows);
      }
    });
    if (batch.length > 0) await flush(batch);
    if (inflight) await inflight;
  } finally {
    progress.stop();
  }
  const now = await Promise.all(opts.files.map(sha256File));
  if (!rereadProblems.empty || now.join() !== checksums.join() || written !== scan.rows) {
    throw new Error(
      `${release.id}: the input changed during the import; the release stays 'loading' and is not used`,
    );
  }

  lap('write');

  // 5. The flip: one transaction.
  await ex.write('release/release-flip-by-id', { releaseId: release.id });
  log(`${release.id}: current (${written} rows)`);
  lap('flip');

  // 6. Cleanup and finalize.
  await afterFlip(spec, ex, release, log);
  lap('cleanup');
  return result('imported');
}

async function afterFlip<Row>(
  spec: DatasetSpec<Row>,
  ex: Executor,
  release: ReleaseInfo,
  log: (l: string) => void,
) {
  const stale = await ex.read<{ id: string }>('release/releases-superseded-with-facts-by-dataset', {
    dataset: release.dataset,
  });
  for (const { id } of stale) {
    log(`${id}: superseded; deleting its facts`);
    await deleteReleaseFacts(ex, id);
  }
  await spec.finalize?.(ex, release);
}

/** Deletes a release's facts (and its dataset relationships) in batches, so memory stays bounded. */
export async function deleteReleaseFacts(ex: Executor, releaseId: string): Promise<void> {
  for (;;) {
    const [r] = await ex.write<{ deleted: number }>('release/release-facts-delete-by-release', {
      releaseId,
      limit: neo4j.int(DELETE_BATCH),
    });
    if (!r || r.deleted === 0) break;
  }
  await ex.write('release/release-relationships-delete-by-release', { releaseId });
}
