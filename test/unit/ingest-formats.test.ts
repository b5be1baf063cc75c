/** Unit tests of the CMS file parsers on the fixtures in test/fixtures/cms (no database). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ascFormat } from '../../src/ingest/asc/format.js';
import { decodeCp1252 } from '../../src/ingest/common/cp1252.js';
import { formatProblem, ProblemList } from '../../src/ingest/common/problems.js';
import { type Format, scanFiles } from '../../src/ingest/common/table.js';
import { codeSystem, moneyCents, yyyymmdd } from '../../src/ingest/common/values.js';
import { gpciFormat } from '../../src/ingest/gpci/format.js';
import { mueFormat } from '../../src/ingest/mue/format.js';
import { oppsFormat } from '../../src/ingest/opps/format.js';
import { nationalCents, pfsFormat } from '../../src/ingest/pfs/format.js';
import { ptpFormat } from '../../src/ingest/ptp/format.js';
import { effectiveDateFromVersion } from '../../src/ingest/release/datasets.js';

const fx = (name: string) => path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/cms', name);

async function rowsOf<Row>(format: Format<Row>, files: string[]) {
  const problems = new ProblemList();
  const rows: Row[] = [];
  const scan = await scanFiles(
    format,
    files.map(fx),
    problems,
    (r) => {
      rows.push(r);
    },
    { checkDuplicates: true },
  );
  return { rows, meta: scan.meta, problems: problems.report().map(formatProblem) };
}

describe('PFS RVU format', () => {
  it('finds the 2025 columns by their stacked header and reads the release from the banner', async () => {
    const { rows, meta, problems } = await rowsOf(pfsFormat, ['pfs-2025-layout.csv']);
    expect(problems).toEqual([]);
    expect(meta).toEqual({ version: 'RVU25D', effectiveDate: '2025-10-01' });
    expect(rows.map((r) => `${r.code}${r.modifier ? `-${r.modifier}` : ''}`)).toEqual([
      '27590',
      '27592',
      '27594',
      '71045',
      '71045-26',
      '71045-TC',
      'G0283',
    ]);
    const r27594 = rows.find((r) => r.code === '27594');
    expect(r27594).toMatchObject({
      workRvu: 7.29,
      nonFacilityNa: true,
      globalDays: '090',
      intraOp: 0.69,
      pricingIndicator: null,
    });
    expect(r27594?.nationalNonFacilityCents).toBeNull();
  });

  it('loads the 2026 layout with PRIC IND between TEAM SURG and ENDO BASE', async () => {
    const { rows, meta, problems } = await rowsOf(pfsFormat, ['pfs-2026-layout.csv']);
    expect(problems).toEqual([]);
    expect(meta.version).toBe('RVU26A');
    expect(rows[0]).toMatchObject({
      code: '27594',
      workRvu: 7.11,
      pricingIndicator: '1',
      endoBase: null,
      conversionFactor: 33.4009,
    });
    // DOMAIN.md: 14.31 × 33.4009 = 477.97
    expect(rows[0]?.nationalFacilityCents).toBe(47797);
  });

  it('tolerates a UTF-8 BOM and CRLF', async () => {
    const { rows, problems } = await rowsOf(pfsFormat, ['pfs-bom-crlf.csv']);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(7);
    expect(rows[0]?.code).toBe('27590');
  });
});

describe('NCCI PTP format', () => {
  it('detects the first data row after the preamble, across parts', async () => {
    const { rows, problems } = await rowsOf(ptpFormat, [
      'ptp-practitioner-f1.txt',
      'ptp-practitioner-f2.txt',
    ]);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(6);
    expect(rows[0]).toEqual({
      column1: '27592',
      column2: '27594',
      priorTo1996: false,
      effectiveDate: '2002-01-01',
      deletionDate: null,
      modifierIndicator: '1',
      rationale: 'Misuse of column two code with column one code',
    });
    expect(
      rows
        .filter((r) => r.column1 === '27590' && r.column2 === '27594')
        .map((r) => [r.effectiveDate, r.deletionDate]),
    ).toEqual([
      ['2010-01-01', '2015-12-31'],
      ['2017-01-01', null],
    ]);
  });
});

describe('MUE, GPCI, OPPS and ASC formats', () => {
  it('reads MUEs after a multi-line copyright cell', async () => {
    const { rows, problems } = await rowsOf(mueFormat, ['mue-practitioner.csv']);
    expect(problems).toEqual([]);
    expect(rows[0]).toEqual({
      code: '27590',
      value: 1,
      adjudicationIndicator: 2,
      adjudicationDescription: 'Date of Service Edit: Policy',
      rationale: 'Anatomic Consideration',
    });
  });

  it('reads GPCI localities', async () => {
    const { rows, problems } = await rowsOf(gpciFormat, ['gpci.csv']);
    expect(problems).toEqual([]);
    expect(rows[1]).toEqual({
      mac: '01182',
      locality: '18',
      state: 'CA',
      name: 'LOS ANGELES',
      workGpci: 1.046,
      peGpci: 1.176,
      mpGpci: 0.637,
    });
  });

  it('reads OPPS money like "$3,342.87" and "." as none', async () => {
    const { rows, problems } = await rowsOf(oppsFormat, ['opps-addendum-b.csv']);
    expect(problems).toEqual([]);
    expect(rows[0]).toMatchObject({
      code: '27594',
      statusIndicator: 'J1',
      apc: '5113',
      amountCents: 334287,
      nationalCopayCents: null,
      minimumCopayCents: 66857,
    });
    expect(rows[2]).toMatchObject({ code: 'G0283', apc: null, amountCents: null, relativeWeight: null });
  });

  it('matches the quarter-named ASC columns loosely', async () => {
    const { rows, meta, problems } = await rowsOf(ascFormat, ['asc-addendum-aa.csv']);
    expect(problems).toEqual([]);
    expect(meta.quarter).toBe('January 2026');
    expect(rows[0]).toEqual({
      code: '27594',
      description: 'Amputation follow-up surgery',
      paymentIndicator: 'A2',
      paymentWeight: 29.55,
      amountCents: 164487,
      multipleProcedureDiscount: true,
    });
  });
});

describe('cell parsers', () => {
  it('parse money, dates, code systems, versions and national cents', () => {
    expect(moneyCents('$1,234.50', 'x')).toEqual({ ok: true, value: 123450 });
    expect(moneyCents('.', 'x')).toEqual({ ok: true, value: null });
    expect(moneyCents('$1,23.4', 'x').ok).toBe(false);
    expect(yyyymmdd('20250229', 'd').ok).toBe(false);
    expect(yyyymmdd('20240229', 'd')).toEqual({ ok: true, value: '2024-02-29' });
    expect([codeSystem('27594'), codeSystem('0001F'), codeSystem('G0283')]).toEqual(['CPT', 'CPT', 'HCPCS']);
    expect(effectiveDateFromVersion('RVU26A')).toBe('2026-01-01');
    expect(effectiveDateFromVersion('SYNTH-2026Q3')).toBe('2026-07-01');
    expect(nationalCents(15.33, 32.3465)).toBe(49587);
  });

  it('decodes cp1252 punctuation that latin1 would turn into control characters', () => {
    expect(decodeCp1252(Buffer.from([0x93, 0x41, 0x94, 0x20, 0x96]))).toBe('\u201cA\u201d \u2013');
  });
});
