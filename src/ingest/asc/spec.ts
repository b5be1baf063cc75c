/** The ASC Addendum AA importer: one SitePayment (setting ASC) per code. */
import type { DatasetSpec } from '../release/spec.js';
import { type AscRow, ascFormat } from './format.js';

export const ascSpec: DatasetSpec<AscRow> = {
  dataset: 'ASC_ADDENDUM_AA',
  format: ascFormat,
  formatVersion: 1,
  writeQuery: 'ingest/asc/site-payments-create-by-release',
  writeParams: (release) => ({ year: Number(release.effectiveDate.slice(0, 4)) }),
  toParams: (r) => ({ ...r }),
};
