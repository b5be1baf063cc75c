/** The NCCI PTP importers (practitioner and hospital): one PtpEdit per row, COLUMN_1/COLUMN_2 to the codes. */
import type { DatasetSpec } from '../release/spec.js';
import { type PtpRow, ptpFormat } from './format.js';

function ptpSpec(
  dataset: 'NCCI_PTP_PRACTITIONER' | 'NCCI_PTP_HOSPITAL',
  setting: string,
): DatasetSpec<PtpRow> {
  return {
    dataset,
    format: ptpFormat,
    formatVersion: 1,
    writeQuery: 'ingest/ptp/ptp-edits-create-by-release',
    writeParams: () => ({ setting }),
    batchSize: 10_000,
    // Short keys: millions of rows cross the wire.
    toParams: (r) => ({
      c1: r.column1,
      c2: r.column2,
      p: r.priorTo1996,
      eff: r.effectiveDate,
      del: r.deletionDate,
      mi: r.modifierIndicator,
      why: r.rationale,
    }),
  };
}

export const ptpPractitionerSpec = ptpSpec('NCCI_PTP_PRACTITIONER', 'PRACTITIONER');
export const ptpHospitalSpec = ptpSpec('NCCI_PTP_HOSPITAL', 'HOSPITAL');
