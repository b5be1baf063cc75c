/**
 * The import protocol on small fixtures (test/fixtures/cms): refusal of corrupt input with
 * `file:line:column` and an unchanged graph, a run killed part-way then re-run, readers during an
 * import, PTP date windows, and the MUE, GPCI, OPPS and ASC importers with the locality price.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, ImportValidationError } from '../../src/ingest/common/problems.js';
import { IMPORT_KINDS } from '../../src/ingest/kinds.js';
import { importRelease } from '../../src/ingest/release/run.js';
import { closeTestDriver, graphFingerprint, testExecutor } from '../helpers/graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const fx = (name: string) => path.join(root, 'test/fixtures/cms', name);
const ex = testExecutor(120_000);
const kind = (k: string) => IMPORT_KINDS[k] as (typeof IMPORT_KINDS)[string];

async function refusal(k: string, files: string[], version = 'T1'): Promise<string[]> {
  try {
    await importRelease(kind(k), { executor: ex, files, version });
  } catch (err) {
    if (err instanceof ImportValidationError) return err.problems.map(formatProblem);
    throw err;
  }
  throw new Error('the import was not refused');
}

/**
 * Deletes everything in batches. (test/helpers/graph.ts wipeGraph runs CALL … IN TRANSACTIONS inside a
 * managed transaction, which Neo4j refuses as soon as there is a node to delete.)
 */
async function wipeGraph(executor = ex) {
  for (;;) {
    const [r] = await executor.runStatement(
      'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (!r || (r as { deleted: number }).deleted === 0) return;
  }
}

/** loadedAt is the wall-clock time of a load: the one property two equal runs may not share. */
async function fingerprintWithoutLoadTimes() {
  await ex.runStatement('MATCH (r:Release) SET r.loadedAt = null');
  return graphFingerprint(ex);
}

async function baseline() {
  await wipeGraph(ex);
  await importRelease(kind('pfs'), { executor: ex, files: [fx('pfs-2025-layout.csv')], version: 'RVU25D' });
}

afterAll(closeTestDriver);

describe('import: corrupt input is refused and nothing is written', () => {
  beforeAll(baseline);

  it('lists every problem of a corrupt PFS file by line and column', async () => {
    const before = await graphFingerprint(ex);
    const problems = await refusal('pfs', [fx('pfs-corrupt.csv')]);
    expect(problems).toEqual([
      'pfs-corrupt.csv:12:31: expected 31 columns, found 30 (wrong column count)',
      "pfs-corrupt.csv:13:4: unknown STATUS CODE indicator 'Q'",
      'pfs-corrupt.csv:14:1: HCPCS is empty',
      'pfs-corrupt.csv:15:1: duplicate key 27590:-: the same row already appears earlier in this release',
      "pfs-corrupt.csv:16:15: unknown GLOB DAYS indicator '045'",
      "pfs-corrupt.csv:17:6: WORK RVU is not a number: 'seven'",
    ]);
    expect(await graphFingerprint(ex)).toEqual(before);
  });

  it('lists the problems of a corrupt PTP file (bad date, unknown indicator, empty key, column count)', async () => {
    const before = await graphFingerprint(ex);
    const problems = await refusal('ptp-practitioner', [
      fx('ptp-practitioner-f1.txt'),
      fx('ptp-corrupt.txt'),
    ]);
    expect(problems).toEqual([
      'ptp-corrupt.txt:8:1: duplicate key 27592:27594:2002-01-01: the same row already appears earlier in this release',
      "ptp-corrupt.txt:9:4: effective date is not a calendar date: '19961301'",
      "ptp-corrupt.txt:10:6: unknown modifier indicator '5' (expected 0, 1 or 9)",
      'ptp-corrupt.txt:11:1: column 1 code is empty',
      'ptp-corrupt.txt:12:7: expected 7 columns, found 6 (wrong column count)',
    ]);
    expect(await graphFingerprint(ex)).toEqual(before);
  });

  it('refuses a corrupt MUE file and text in the wrong encoding', async () => {
    expect(await refusal('mue-practitioner', [fx('mue-corrupt.csv')])).toEqual([
      "mue-corrupt.csv:5:2: MUE value is not a whole number: 'one'",
      "mue-corrupt.csv:6:3: unknown MUE adjudication indicator '7 Other' (expected 1, 2 or 3)",
    ]);
    const utf16 = await refusal('pfs', [fx('pfs-utf16.csv')]);
    expect(utf16[0]).toMatch(/^pfs-utf16\.csv:1:1: the file is UTF-16/);
    const utf8 = await refusal('pfs', [fx('pfs-utf8-without-bom.csv')]);
    expect(utf8.some((p) => /^pfs-utf8-without-bom\.csv:17:\d+: bytes C3 89 look like UTF-8/.test(p))).toBe(
      true,
    );
  });

  it('tolerates a BOM and CRLF line ends, and decodes cp1252 punctuation', async () => {
    const bom = await importRelease(kind('pfs'), {
      executor: ex,
      files: [fx('pfs-bom-crlf.csv')],
      version: 'BOM1',
      effectiveDate: '2001-01-01',
    });
    expect(bom.rowCount).toBe(7);
    await importRelease(kind('pfs'), {
      executor: ex,
      files: [fx('pfs-cp1252-quotes.csv')],
      version: 'CP1',
      effectiveDate: '2001-01-01',
    });
    const [row] = await ex.runStatement(
      `MATCH (f:FeeScheduleEntry {code: 'G0283'})-[:FROM_RELEASE]->(:Release {version: 'CP1'}) RETURN f.description AS d`,
      {},
      'READ',
    );
    expect(row).toEqual({ d: '\u201cElec\u201d stim \u2013 wound' });
  });
});

describe('import: killed part-way, then run again', () => {
  it('ends with the same graph as a clean run', async () => {
    const files = [fx('ptp-practitioner-f1.txt'), fx('ptp-practitioner-f2.txt')];
    await baseline();
    await importRelease(kind('ptp-practitioner'), { executor: ex, files, version: '2026Q3', batchSize: 2 });
    const clean = await fingerprintWithoutLoadTimes();

    await baseline();
    await expect(
      importRelease(kind('ptp-practitioner'), {
        executor: ex,
        files,
        version: '2026Q3',
        batchSize: 2,
        afterBatch: (n) => {
          if (n === 2) throw new Error('killed');
        },
      }),
    ).rejects.toThrow('killed');
    const [half] = await ex.runStatement(
      `MATCH (r:Release {dataset: 'NCCI_PTP_PRACTITIONER'}) OPTIONAL MATCH (r)<-[:FROM_RELEASE]-(e)
       RETURN r.status AS status, count(e) AS edits`,
      {},
      'READ',
    );
    expect(half).toEqual({ status: 'loading', edits: 4 });
    const rerun = await importRelease(kind('ptp-practitioner'), {
      executor: ex,
      files,
      version: '2026Q3',
      batchSize: 2,
    });
    expect(rerun.status).toBe('imported');
    expect(await fingerprintWithoutLoadTimes()).toEqual(clean);
  });
});

describe('import: readers during an import', () => {
  beforeAll(baseline);

  const activeView = async () => {
    const [r] = await ex.runStatement(
      `MATCH (:Dataset {name: 'PFS_RVU'})-[:ACTIVE_RELEASE]->(rel:Release {status: 'current'})
       MATCH (rel)<-[:FROM_RELEASE]-(f:FeeScheduleEntry)
       RETURN rel.version AS version, rel.rowCount AS rowCount, count(f) AS rows,
              [x IN collect(f) WHERE x.code = '27594' | x.workRvu][0] AS work27594`,
      {},
      'READ',
    );
    return r as { version: string; rowCount: number; rows: number; work27594: number };
  };

  it('see the old release between batches and the whole new one after the flip', async () => {
    const seen: { version: string; rows: number; rowCount: number }[] = [];
    let polling = true;
    const poller = (async () => {
      while (polling) seen.push(await activeView());
    })();
    const between: { version: string; work27594: number }[] = [];
    await importRelease(kind('pfs'), {
      executor: ex,
      files: [fx('pfs-2026-layout.csv')],
      batchSize: 1,
      afterBatch: async () => {
        between.push(await activeView());
      },
    });
    polling = false;
    await poller;
    seen.push(await activeView());
    expect(between).toHaveLength(2);
    for (const v of between) expect(v).toMatchObject({ version: 'RVU25D', work27594: 7.29 });
    expect(await activeView()).toMatchObject({ version: 'RVU26A', rows: 2, rowCount: 2, work27594: 7.11 });
    for (const v of seen) {
      expect(['RVU25D', 'RVU26A']).toContain(v.version);
      expect(v.rows).toBe(v.rowCount);
    }
  });
});

describe('import: NCCI PTP edits', () => {
  beforeAll(async () => {
    await wipeGraph(ex);
    await importRelease(kind('ptp-practitioner'), {
      executor: ex,
      files: [fx('ptp-practitioner-f1.txt'), fx('ptp-practitioner-f2.txt')],
      version: '2026Q3',
    });
  });

  it('keeps a pair repeated with disjoint windows and answers "active on a date"', async () => {
    const activeOn = async (date: string) =>
      ex.runStatement(
        `MATCH (:Code {code: '27594'})<-[:COLUMN_2]-(e:PtpEdit)-[:COLUMN_1]->(:Code {code: '27590'})
         MATCH (e)-[:FROM_RELEASE]->(:Release {status: 'current'})
         WHERE e.effectiveDate <= date($date) AND (e.deletionDate IS NULL OR e.deletionDate >= date($date))
         RETURN e.modifierIndicator AS mi, toString(e.effectiveDate) AS eff`,
        { date },
        'READ',
      );
    expect(await activeOn('2012-06-01')).toEqual([{ mi: '1', eff: '2010-01-01' }]);
    expect(await activeOn('2016-06-01')).toEqual([]);
    expect(await activeOn('2020-06-01')).toEqual([{ mi: '0', eff: '2017-01-01' }]);
  });

  it('stores the deleted edit, the prior-to-1996 flag, the setting and the synthetic=false release', async () => {
    const rows = await ex.runStatement(
      `MATCH (e:PtpEdit)-[:FROM_RELEASE]->(r:Release)
       RETURN e.column1 + '/' + e.column2 AS pair, e.modifierIndicator AS mi, e.priorTo1996 AS prior,
              toString(e.deletionDate) AS del, e.setting AS setting, r.synthetic AS synthetic, r.version AS version
       ORDER BY pair, del`,
      {},
      'READ',
    );
    expect(rows).toHaveLength(6);
    expect(rows).toContainEqual({
      pair: '27598/27594',
      mi: '9',
      prior: false,
      del: '2025-01-01',
      setting: 'PRACTITIONER',
      synthetic: false,
      version: '2026Q3',
    });
    expect(rows).toContainEqual({
      pair: '27592/20610',
      mi: '1',
      prior: true,
      del: null,
      setting: 'PRACTITIONER',
      synthetic: false,
      version: '2026Q3',
    });
  });

  it('marks a --synthetic release SYNTH- with a SYNTHETIC source', async () => {
    const r = await importRelease(kind('ptp-hospital'), {
      executor: ex,
      files: [fx('ptp-practitioner-f1.txt')],
      version: '2026Q3',
      synthetic: true,
    });
    expect(r.version).toBe('SYNTH-2026Q3');
    const [s] = await ex.runStatement(
      'MATCH (:Release {id: $id})-[:PUBLISHED_AS]->(s:Source) RETURN s.kind AS kind',
      { id: r.releaseId },
      'READ',
    );
    expect(s).toEqual({ kind: 'SYNTHETIC' });
  });
});

describe('import: MUE, GPCI, OPPS Addendum B, ASC Addendum AA and the price in a locality', () => {
  beforeAll(async () => {
    await wipeGraph(ex);
    await importRelease(kind('pfs'), { executor: ex, files: [fx('pfs-2026-layout.csv')] });
    await importRelease(kind('gpci'), { executor: ex, files: [fx('gpci.csv')], version: '2026' });
    await importRelease(kind('mue-practitioner'), {
      executor: ex,
      files: [fx('mue-practitioner.csv')],
      version: '2026Q1',
    });
    await importRelease(kind('opps'), {
      executor: ex,
      files: [fx('opps-addendum-b.csv')],
      version: '2026Q1',
    });
    await importRelease(kind('asc'), { executor: ex, files: [fx('asc-addendum-aa.csv')], version: '2026Q1' });
  });

  it('loads MUEs with their adjudication indicators', async () => {
    const rows = await ex.runStatement(
      `MATCH (m:Mue)-[:LIMITS]->(:Code {code: '27594'}) RETURN m.value AS value, m.adjudicationIndicator AS ai,
              m.adjudicationDescription AS d, m.setting AS setting`,
      {},
      'READ',
    );
    expect(rows).toEqual([{ value: 2, ai: 3, d: 'Date of Service Edit: Clinical', setting: 'PRACTITIONER' }]);
  });

  it('loads OPPS and ASC payments in cents', async () => {
    const rows = await ex.runStatement(
      `MATCH (p:SitePayment)-[:FOR_CODE]->(:Code {code: '27594'})
       RETURN p.setting AS setting, p.amountCents AS cents, p.apc AS apc, p.statusIndicator AS si,
              p.paymentIndicator AS pi, p.nationalCopayCents AS copay, p.year AS year ORDER BY setting`,
      {},
      'READ',
    );
    expect(rows).toEqual([
      { setting: 'ASC', cents: 164487, apc: null, si: null, pi: 'A2', copay: null, year: 2026 },
      { setting: 'OPPS', cents: 334287, apc: '5113', si: 'J1', pi: null, copay: null, year: 2026 },
    ]);
  });

  it('prices a code in a locality from the RVUs, the GPCIs and the conversion factor', async () => {
    const [p] = await ex.read<Record<string, number | string | null>>('pricing/price-by-code-and-locality', {
      code: '27594',
      mac: '01182',
      locality: '18',
      version: null,
    });
    expect(p).toMatchObject({
      code: '27594',
      version: 'RVU26A',
      localityName: 'LOS ANGELES',
      nonFacilityCents: null,
    });
    const { workRvu, facilityPeRvu, mpRvu, workGpci, peGpci, mpGpci, conversionFactor } = p as {
      [k in
        | 'workRvu'
        | 'facilityPeRvu'
        | 'mpRvu'
        | 'workGpci'
        | 'peGpci'
        | 'mpGpci'
        | 'conversionFactor']: number;
    };
    expect(p?.facilityCents).toBe(
      Math.round((workRvu * workGpci + facilityPeRvu * peGpci + mpRvu * mpGpci) * conversionFactor * 100),
    );
    expect(workRvu).toBe(7.11);
    expect(workGpci).toBe(1.046);
  });
});
