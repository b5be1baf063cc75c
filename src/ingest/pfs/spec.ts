/** The PFS RVU importer: one FeeScheduleEntry per file row, Code descriptors from the active release. */
import type { DatasetSpec } from '../release/spec.js';
import { type PfsRow, pfsFormat } from './format.js';

export const pfsSpec: DatasetSpec<PfsRow> = {
  dataset: 'PFS_RVU',
  format: pfsFormat,
  formatVersion: 1,
  writeQuery: 'ingest/pfs/fee-schedule-entries-create-by-release',
  batchSize: 5000,
  toParams: (row) => ({ ...row }),
  async finalize(executor, release) {
    await executor.write('ingest/pfs/codes-describe-by-release', { releaseId: release.id });
  },
};
