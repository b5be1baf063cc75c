/**
 * The real CMS PFS RVU file (../shared/data/cms/PPRRVU2025_Oct.csv, RVU25D) through the real
 * importer into the suite's Neo4j, beside a 2026-layout release (PRIC IND column), and re-imported.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pfsSpec } from '../../src/ingest/pfs/spec.js';
import { type ImportResult, importRelease } from '../../src/ingest/release/run.js';
import { closeTestDriver, graphFingerprint, testExecutor } from '../helpers/graph.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const realFile = path.resolve(root, '../shared/data/cms/PPRRVU2025_Oct.csv');
const fixture2026 = path.join(root, 'test/fixtures/cms/pfs-2026-layout.csv');

/** Batched delete (the shared wipeGraph's CALL … IN TRANSACTIONS fails inside a managed transaction). */
async function wipeGraph(ex: ReturnType<typeof testExecutor>) {
  for (;;) {
    const [r] = await ex.runStatement(
      'MATCH (n) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted',
    );
    if (!r || (r as { deleted: number }).deleted === 0) return;
  }
}

describe('import pfs: the real RVU25D file', () => {
  const ex = testExecutor(300_000);
  let first: ImportResult;
  let second: ImportResult;

  beforeAll(async () => {
    await wipeGraph(ex);
    first = await importRelease(pfsSpec, { executor: ex, files: [realFile] });
    second = await importRelease(pfsSpec, { executor: ex, files: [fixture2026] });
  });
  afterAll(closeTestDriver);

  it('reads the version and effective date from the banner', () => {
    expect(first.status).toBe('imported');
    expect(first.version).toBe('RVU25D');
    expect(first.effectiveDate).toBe('2025-10-01');
    expect(first.releaseId).toMatch(/^PFS_RVU:RVU25D:[0-9a-f]{12}$/);
    expect(first.synthetic).toBe(false);
    expect(second.version).toBe('RVU26A');
  });

  it('writes all 19,090 rows for 16,852 codes, attached to the release', async () => {
    const [r] = await ex.runStatement(
      `MATCH (rel:Release {id: $id})<-[:FROM_RELEASE]-(f:FeeScheduleEntry)-[:FOR_CODE]->(c:Code)
       RETURN count(f) AS rows, count(DISTINCT c) AS codes, rel.rowCount AS rowCount, rel.status AS status,
              rel.checksums AS checksums`,
      { id: first.releaseId },
      'READ',
    );
    expect(r).toMatchObject({ rows: 19090, codes: 16852, rowCount: 19090, status: 'current' });
    expect((r as { checksums: string[] }).checksums[0]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('holds 27594 at work RVU 7.29 in RVU25D beside its RVU26A values', async () => {
    const rows = await ex.runStatement(
      `MATCH (:Code {code: '27594'})<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {status: 'current'})
       RETURN r.version AS version, f.workRvu AS workRvu, f.nonFacilityNa AS nonFacilityNa,
              f.nationalFacilityCents AS facilityCents, f.nationalNonFacilityCents AS nonFacilityCents,
              f.pricingIndicator AS pricingIndicator, f.globalDays AS globalDays
       ORDER BY version`,
      {},
      'READ',
    );
    expect(rows).toEqual([
      {
        version: 'RVU25D',
        workRvu: 7.29,
        nonFacilityNa: true,
        facilityCents: Math.round(15.33 * 32.3465 * 100),
        nonFacilityCents: null,
        pricingIndicator: null,
        globalDays: '090',
      },
      {
        version: 'RVU26A',
        workRvu: 7.11,
        nonFacilityNa: true,
        facilityCents: 47797,
        nonFacilityCents: null,
        pricingIndicator: '1',
        globalDays: '090',
      },
    ]);
  });

  it('points PFS_RVU at the newest release and takes Code descriptors from it', async () => {
    const [active] = await ex.read<{ version: string }>('release/release-active-by-dataset', {
      dataset: 'PFS_RVU',
    });
    expect(active?.version).toBe('RVU26A');
    const [asOf] = await ex.read<{ version: string }>('release/release-as-of-by-dataset-and-date', {
      dataset: 'PFS_RVU',
      date: '2025-12-31',
    });
    expect(asOf?.version).toBe('RVU25D');
    const [code] = await ex.runStatement(
      `MATCH (c:Code {code: '0001F'}) RETURN c.system AS system, c.shortDescriptor AS d, c.statusCode AS s`,
      {},
      'READ',
    );
    // 0001F is not in the RVU26A fixture, so it keeps no descriptor from a non-active release.
    expect(code).toMatchObject({ system: 'CPT' });
    const [g] = await ex.runStatement(
      `MATCH (:Code {code: '27594'})-[h:HAS_GLOBAL_PERIOD]->(g:GlobalPeriod)
       WHERE h.releaseId = $id RETURN g.indicator AS indicator, h.sourceIds AS sourceIds`,
      { id: first.releaseId },
      'READ',
    );
    expect(g).toEqual({ indicator: '090', sourceIds: ['cms-pfs-relative-value-files'] });
  });

  it('changes nothing when the same release is imported again', async () => {
    const before = await graphFingerprint(ex);
    const again = await importRelease(pfsSpec, { executor: ex, files: [realFile] });
    expect(again.status).toBe('unchanged');
    expect(again.releaseId).toBe(first.releaseId);
    expect(await graphFingerprint(ex)).toEqual(before);
  });
});
