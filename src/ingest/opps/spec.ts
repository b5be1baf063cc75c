/** The OPPS Addendum B importer: one SitePayment (setting OPPS) per code. */
import type { DatasetSpec } from '../release/spec.js';
import { type OppsRow, oppsFormat } from './format.js';

export const oppsSpec: DatasetSpec<OppsRow> = {
  dataset: 'OPPS_ADDENDUM_B',
  format: oppsFormat,
  formatVersion: 1,
  writeQuery: 'ingest/opps/site-payments-create-by-release',
  writeParams: (release) => ({ year: Number(release.effectiveDate.slice(0, 4)) }),
  toParams: (r) => ({ ...r }),
};
