/**
 * The shape of every curated seed file (seeds/*.json). Each record names its sources; a file that does
 * not match is refused with the file and the JSON path of the problem before anything is written.
 */
import { z } from 'zod';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD');
const code = z.string().regex(/^[0-9A-Z]{5}$/, 'expected a 5-character CPT/HCPCS code');
const modifierCode = z.string().regex(/^[0-9A-Z]{2}$/, 'expected a 2-character modifier');

export const Citation = z.object({
  id: z.string().min(1),
  section: z.string().min(1),
  locator: z.string().min(1).nullish(),
  verifiedOn: isoDate.nullish(),
});
const cites = z.array(Citation).min(1, 'every record names at least one source');

export const SourcesFile = z.object({
  records: z.array(
    z.object({
      id: z.string().min(1),
      title: z.string().min(1),
      publisher: z.string().nullable(),
      url: z.url().nullable(),
      kind: z.enum(['DATASET', 'CODE_PAGE', 'MANUAL', 'REGULATION', 'ARTICLE', 'CODE_LIST', 'WEBSITE']),
      verifiedOn: isoDate.nullable(),
      note: z.string().nullish(),
    }),
  ),
});

export const ReleasesFile = z.object({
  records: z.array(
    z.object({
      id: z.string().regex(/^[A-Z_]+:[A-Z0-9]+:seed$/, 'a seed release id is <dataset>:<version>:seed'),
      dataset: z.string().min(1),
      version: z.string().min(1),
      effectiveDate: isoDate,
      status: z.literal('current'),
      conversionFactor: z.number().positive().nullable(),
      file: z.string().nullable(),
      sources: z.array(z.string().min(1)).min(1),
      note: z.string().nullish(),
    }),
  ),
});

const num = z.number().nullable();
const indicator = z.string().nullable();
export const FeeScheduleFile = z.object({
  records: z.array(
    z.object({
      release: z.string().min(1),
      code,
      modifier: modifierCode.nullable(),
      locator: z.string().min(1),
      description: z.string(),
      statusCode: z.string().length(1),
      notUsedForMedicarePayment: indicator,
      workRvu: num,
      nonFacilityPeRvu: num,
      nonFacilityNa: z.boolean(),
      facilityPeRvu: num,
      facilityNa: z.boolean(),
      mpRvu: num,
      nonFacilityTotal: num,
      facilityTotal: num,
      pctcInd: indicator,
      globalDays: z.enum(['000', '010', '090', 'MMM', 'XXX', 'YYY', 'ZZZ']),
      preOp: num,
      intraOp: num,
      postOp: num,
      multProc: indicator,
      bilatSurg: indicator,
      asstSurg: indicator,
      coSurg: indicator,
      teamSurg: indicator,
      endoBase: indicator,
      conversionFactor: z.number().positive(),
      physicianSupervision: indicator,
      calculationFlag: indicator,
      diagnosticImagingFamily: indicator,
      nonFacilityPeOpps: num,
      facilityPeOpps: num,
      mpOpps: num,
    }),
  ),
});

export const CodesFile = z.object({
  categories: z.array(
    z.object({
      id: z.string().min(1),
      level: z.enum(['SECTION', 'SUBSECTION', 'HEADING', 'FAMILY']),
      name: z.string().min(1),
      rangeStart: z.string().nullable(),
      rangeEnd: z.string().nullable(),
      parent: z.string().nullable(),
      sources: cites,
    }),
  ),
  records: z.array(
    z.object({
      code,
      system: z.enum(['CPT', 'HCPCS']),
      shortDescriptor: z.string().min(1),
      statusCode: z.string().length(1),
      category: z.string().min(1),
      sources: cites,
      categorySources: cites,
    }),
  ),
});

export const GlobalPeriodsFile = z.object({
  records: z.array(
    z.object({
      indicator: z.enum(['000', '010', '090', 'MMM', 'XXX', 'YYY', 'ZZZ']),
      days: z.number().int().nullable(),
      includesDayBefore: z.boolean(),
      meaning: z.string().min(1),
      sources: cites,
    }),
  ),
});

export const StatusIndicatorsFile = z.object({
  records: z.array(
    z.object({
      code: z.string().length(1),
      meaning: z.string().min(1),
      paidUnderPfs: z.boolean(),
      sources: cites,
    }),
  ),
});

export const ModifiersFile = z.object({
  records: z.array(
    z.object({
      code: modifierCode,
      name: z.string().min(1),
      meaning: z.string().min(1),
      group: z.string().min(1),
      ptpBypass: z.boolean(),
      globalEffect: z.string().nullable(),
      startsNewGlobalPeriod: z.boolean().nullable(),
      paymentNote: z.string().nullable(),
      sources: cites,
    }),
  ),
});

export const RulesFile = z.object({
  records: z.array(
    z.object({
      id: z.string().min(1),
      name: z.string().min(1),
      statement: z.string().min(1),
      indicatorMeanings: z.array(z.string()),
      allows: z.array(modifierCode),
      governs: z.array(modifierCode),
      governsGlobalPeriods: z.array(z.string()),
      sources: cites,
    }),
  ),
});

const adjustment = z.object({ code: z.string().min(1), description: z.string().min(1), sources: cites });
export const AdjustmentCodesFile = z.object({ carc: z.array(adjustment), rarc: z.array(adjustment) });

export const DenialReasonsFile = z.object({
  records: z.array(
    z.object({
      id: z.string().regex(/^denial:[a-z-]+$/),
      title: z.string().min(1),
      description: z.string().min(1),
      predicts: z.array(
        z.object({ kind: z.enum(['CARC', 'RARC']), code: z.string().min(1), basis: z.string().min(1) }),
      ),
      sources: cites,
    }),
  ),
});

export const CodeRelationsFile = z.object({
  records: z.array(
    z.object({
      type: z.literal('FOLLOW_UP_OF'),
      from: code,
      to: code,
      modifiers: z.array(modifierCode),
      sources: cites,
    }),
  ),
});

/** Every seed file, by name, with its schema. The loader refuses a directory missing any of them. */
export const SEED_FILES = {
  'sources.json': SourcesFile,
  'releases.json': ReleasesFile,
  'fee-schedule.json': FeeScheduleFile,
  'codes.json': CodesFile,
  'global-periods.json': GlobalPeriodsFile,
  'status-indicators.json': StatusIndicatorsFile,
  'modifiers.json': ModifiersFile,
  'rules.json': RulesFile,
  'adjustment-codes.json': AdjustmentCodesFile,
  'denial-reasons.json': DenialReasonsFile,
  'code-relations.json': CodeRelationsFile,
} as const;

export type SeedFiles = { [K in keyof typeof SEED_FILES]: z.infer<(typeof SEED_FILES)[K]> };
