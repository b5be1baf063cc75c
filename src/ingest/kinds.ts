/** The `claimgraph import <kind>` kinds and the importer behind each. */
import { ascSpec } from './asc/spec.js';
import { gpciSpec } from './gpci/spec.js';
import { mueDmeSpec, mueHospitalSpec, muePractitionerSpec } from './mue/spec.js';
import { oppsSpec } from './opps/spec.js';
import { pfsSpec } from './pfs/spec.js';
import { ptpHospitalSpec, ptpPractitionerSpec } from './ptp/spec.js';
import type { DatasetSpec } from './release/spec.js';

// biome-ignore lint/suspicious/noExplicitAny: each kind has its own row type; the protocol is generic.
export const IMPORT_KINDS: Record<string, DatasetSpec<any>> = {
  pfs: pfsSpec,
  gpci: gpciSpec,
  'ptp-practitioner': ptpPractitionerSpec,
  'ptp-hospital': ptpHospitalSpec,
  'mue-practitioner': muePractitionerSpec,
  'mue-hospital': mueHospitalSpec,
  'mue-dme': mueDmeSpec,
  opps: oppsSpec,
  asc: ascSpec,
};
