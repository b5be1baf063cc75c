/**
 * What one dataset importer declares: the file format, the named write query that creates a batch
 * of facts attached to a loading release, how a row becomes query parameters, and an optional step
 * that runs once the release is current (for PFS: the Code descriptors from the active release).
 */
import type { Executor } from '../../db/executor.js';
import type { Format } from '../common/table.js';
import type { DatasetName } from './datasets.js';

export interface ReleaseInfo {
  id: string;
  dataset: DatasetName;
  version: string;
  effectiveDate: string;
  synthetic: boolean;
  sourceId: string;
}

export interface DatasetSpec<Row> {
  dataset: DatasetName;
  format: Format<Row>;
  /** Bumped when the importer writes different facts from the same files (part of the load tag). */
  formatVersion: number;
  /** cypher/ingest/... query taking $releaseId, $sourceId, $rows and `writeParams`. */
  writeQuery: string;
  writeParams?: (release: ReleaseInfo) => Record<string, unknown>;
  toParams(row: Row): Record<string, unknown>;
  batchSize?: number;
  /** Runs after the flip, and again on a re-run of a release already current: must be idempotent. */
  finalize?(executor: Executor, release: ReleaseInfo): Promise<void>;
}
