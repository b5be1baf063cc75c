/**
 * The datasets the importers load and the CMS page that publishes each (the Source a Release is
 * `PUBLISHED_AS`). Synthetic releases point at a Source of kind SYNTHETIC that says so.
 */
export const DATASETS = [
  'PFS_RVU',
  'GPCI',
  'NCCI_PTP_PRACTITIONER',
  'NCCI_PTP_HOSPITAL',
  'NCCI_MUE_PRACTITIONER',
  'NCCI_MUE_HOSPITAL',
  'NCCI_MUE_DME',
  'OPPS_ADDENDUM_B',
  'ASC_ADDENDUM_AA',
] as const;
export type DatasetName = (typeof DATASETS)[number];

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  kind: 'DATASET' | 'SYNTHETIC';
}

const PFS_PAGE = 'https://www.cms.gov/medicare/payment/fee-schedules/physician/pfs-relative-value-files';
const PTP_PAGE =
  'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-procedure-procedure-ptp-edits';
const MUE_PAGE =
  'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-medically-unlikely-edits';

const SOURCES: Record<DatasetName, SourceRecord> = {
  PFS_RVU: {
    id: 'cms-pfs-relative-value-files',
    title: 'CMS PFS Relative Value Files',
    publisher: 'CMS',
    url: PFS_PAGE,
    kind: 'DATASET',
  },
  GPCI: {
    id: 'cms-pfs-relative-value-files',
    title: 'CMS PFS Relative Value Files',
    publisher: 'CMS',
    url: PFS_PAGE,
    kind: 'DATASET',
  },
  NCCI_PTP_PRACTITIONER: {
    id: 'cms-ncci-ptp-edits',
    title: 'Medicare NCCI Procedure to Procedure (PTP) Edits',
    publisher: 'CMS',
    url: PTP_PAGE,
    kind: 'DATASET',
  },
  NCCI_PTP_HOSPITAL: {
    id: 'cms-ncci-ptp-edits',
    title: 'Medicare NCCI Procedure to Procedure (PTP) Edits',
    publisher: 'CMS',
    url: PTP_PAGE,
    kind: 'DATASET',
  },
  NCCI_MUE_PRACTITIONER: {
    id: 'cms-ncci-mue',
    title: 'Medicare NCCI Medically Unlikely Edits (MUEs)',
    publisher: 'CMS',
    url: MUE_PAGE,
    kind: 'DATASET',
  },
  NCCI_MUE_HOSPITAL: {
    id: 'cms-ncci-mue',
    title: 'Medicare NCCI Medically Unlikely Edits (MUEs)',
    publisher: 'CMS',
    url: MUE_PAGE,
    kind: 'DATASET',
  },
  NCCI_MUE_DME: {
    id: 'cms-ncci-mue',
    title: 'Medicare NCCI Medically Unlikely Edits (MUEs)',
    publisher: 'CMS',
    url: MUE_PAGE,
    kind: 'DATASET',
  },
  OPPS_ADDENDUM_B: {
    id: 'cms-opps-addendum-b',
    title: 'CMS Hospital Outpatient PPS Addendum A and Addendum B Updates',
    publisher: 'CMS',
    url: 'https://www.cms.gov/medicare/payment/prospective-payment-systems/hospital-outpatient/addendum-a-b-updates',
    kind: 'DATASET',
  },
  ASC_ADDENDUM_AA: {
    id: 'cms-asc-payment-rates-addenda',
    title: 'CMS ASC Payment Rates - Addenda',
    publisher: 'CMS',
    url: 'https://www.cms.gov/medicare/payment/prospective-payment-systems/ambulatory-surgical-center-asc/asc-payment-rates-addenda',
    kind: 'DATASET',
  },
};

export const SYNTHETIC_SOURCE: SourceRecord = {
  id: 'synthetic-claimgraph-generator',
  title: 'SYNTHETIC data made by bench/generate for benchmarks — not CMS data, never use for billing',
  publisher: 'ClaimGraph benchmark generator',
  url: null,
  kind: 'SYNTHETIC',
};

export function sourceFor(dataset: DatasetName, synthetic: boolean): SourceRecord {
  return synthetic ? SYNTHETIC_SOURCE : SOURCES[dataset];
}

/**
 * The first day a version applies, when the version names it: RVU25D → 2025-10-01 (A Jan, B Apr,
 * C Jul, D Oct; a trailing R for a correction keeps the quarter), 2026Q3 → 2026-07-01, and the same
 * behind a SYNTH- prefix.
 */
export function effectiveDateFromVersion(version: string): string | undefined {
  const v = version.replace(/^SYNTH-/, '');
  const rvu = /^RVU(\d{2})([A-D])R?$/.exec(v);
  if (rvu?.[1] && rvu[2]) {
    const month = { A: '01', B: '04', C: '07', D: '10' }[rvu[2]];
    return `20${rvu[1]}-${month}-01`;
  }
  const q = /^(\d{4})Q([1-4])$/.exec(v);
  if (q?.[1] && q[2]) return `${q[1]}-${String((Number(q[2]) - 1) * 3 + 1).padStart(2, '0')}-01`;
  const y = /^(\d{4})$/.exec(v);
  if (y?.[1]) return `${y[1]}-01-01`;
  return undefined;
}
