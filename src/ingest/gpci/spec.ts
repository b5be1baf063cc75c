/** The GPCI importer: one Locality per MAC locality. */
import type { DatasetSpec } from '../release/spec.js';
import { type GpciRow, gpciFormat } from './format.js';

export const gpciSpec: DatasetSpec<GpciRow> = {
  dataset: 'GPCI',
  format: gpciFormat,
  formatVersion: 1,
  writeQuery: 'ingest/gpci/localities-create-by-release',
  toParams: (r) => ({ ...r }),
};
