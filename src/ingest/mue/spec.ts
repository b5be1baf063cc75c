/** The NCCI MUE importers for the three settings. */
import type { DatasetSpec } from '../release/spec.js';
import { type MueRow, mueFormat } from './format.js';

function mueSpec(
  dataset: 'NCCI_MUE_PRACTITIONER' | 'NCCI_MUE_HOSPITAL' | 'NCCI_MUE_DME',
  setting: 'PRACTITIONER' | 'HOSPITAL' | 'DME',
): DatasetSpec<MueRow> {
  return {
    dataset,
    format: mueFormat,
    formatVersion: 1,
    writeQuery: 'ingest/mue/mues-create-by-release',
    writeParams: () => ({ setting }),
    toParams: (r) => ({ ...r }),
  };
}

export const muePractitionerSpec = mueSpec('NCCI_MUE_PRACTITIONER', 'PRACTITIONER');
export const mueHospitalSpec = mueSpec('NCCI_MUE_HOSPITAL', 'HOSPITAL');
export const mueDmeSpec = mueSpec('NCCI_MUE_DME', 'DME');
