/**
 * Provenance queries and the conflicts list on the real Neo4j, after the seed load: walking from facts
 * to their sources and releases, from a source to the facts it supports, and listing disagreements.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';
import { closeTestDriver, testExecutor, wipeGraph } from '../helpers/graph.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const ex = testExecutor();

type Fact = { value: string; sourceId: string; releaseId: string | null; section: string | null };
type Conflict = { code: string; attribute: string; facts: Fact[] };

beforeAll(async () => {
  await wipeGraph(ex);
  await loadSeedGraph(ex, { pagesDir: path.resolve(repoRoot, '../shared/pages') });
});
afterAll(closeTestDriver);

describe('conflicts', () => {
  it("lists 27594's office rate against the RVU25D NA indicator, with both sources", async () => {
    const rows = await ex.read<Conflict>('provenance/conflicts-by-code', { code: '27594' });
    const office = rows.find((r) => r.attribute === 'nonFacilityPayment');
    expect(office?.code).toBe('27594');
    const page = office?.facts.find((f) => f.sourceId === 'page:27594');
    const rvu = office?.facts.find((f) => f.sourceId === 'cms:pfs-rvu25d');
    expect(page).toMatchObject({
      value: '$477.97 office (2026)',
      releaseId: null,
      section: 'Payment by site of service',
    });
    expect(rvu).toMatchObject({ releaseId: 'PFS_RVU:RVU25D:seed', section: 'NON-FAC NA INDICATOR' });
    expect(rvu?.value).toMatch(/^NA/);
  });

  it('lists no conflict for a code whose sources agree', async () => {
    expect(await ex.read<Conflict>('provenance/conflicts-by-code', { code: '27592' })).toEqual([]);
  });

  it('lists a work RVU that two loads of the same release version disagree on, and all conflicts with a null code', async () => {
    // A second RVU26A load (as the CMS importer would write it) stating another work RVU for 27594.
    await ex.runStatement(
      `MERGE (s:Source {id: 'test:rvu26a-file'}) SET s.title = 'RVU26A file (test)', s.kind = 'DATASET'
       MERGE (r:Release {id: 'PFS_RVU:RVU26A:test'})
       SET r.dataset = 'PFS_RVU', r.version = 'RVU26A', r.status = 'superseded', r.effectiveDate = date('2026-01-01')
       MERGE (r)-[:PUBLISHED_AS]->(s)
       WITH r MATCH (c:Code {code: '27594'})
       MERGE (f:FeeScheduleEntry {id: 'PFS_RVU:RVU26A:test:27594:-'})
       SET f.code = '27594', f.workRvu = 7.12, f.releaseId = r.id, f.locator = 'test line 1'
       MERGE (f)-[:FOR_CODE]->(c) MERGE (f)-[:FROM_RELEASE]->(r)`,
    );
    try {
      const rows = await ex.read<Conflict>('provenance/conflicts-by-code', { code: '27594' });
      const work = rows.find((r) => r.attribute === 'workRvu');
      expect(work?.facts.map((f) => [f.value, f.sourceId]).sort()).toEqual([
        ['7.11 work RVU (RVU26A)', 'page:27594'],
        ['7.11 work RVU (RVU26A)', 'ref:cms-physician-fee-schedule-2026'],
        ['7.12 work RVU (RVU26A)', 'test:rvu26a-file'],
      ]);
      const all = await ex.read<Conflict>('provenance/conflicts-by-code', { code: null });
      expect(all.map((r) => `${r.code}:${r.attribute}`)).toEqual(
        expect.arrayContaining(['27594:nonFacilityPayment', '27594:workRvu']),
      );
    } finally {
      await ex.runStatement(
        `MATCH (n) WHERE n.id IN ['test:rvu26a-file', 'PFS_RVU:RVU26A:test', 'PFS_RVU:RVU26A:test:27594:-'] DETACH DELETE n`,
      );
    }
  });
});

describe('provenance walks', () => {
  it('goes from fact ids to sources, releases, sections and dates', async () => {
    const rows = await ex.read<{
      factId: string;
      source: { id: string; url: string | null };
      release: { id: string; version: string } | null;
      section: string | null;
      locator: string | null;
      verifiedOn: string | null;
    }>('provenance/sources-by-fact-ids', {
      ids: ['page:27594:site:OPPS', 'PFS_RVU:RVU25D:seed:27594:-', 'nope'],
    });
    const opps = rows.filter((r) => r.factId === 'page:27594:site:OPPS');
    expect(opps.map((r) => r.source.id).sort()).toEqual(['cms:opps-addendum-b', 'page:27594']);
    expect(opps.find((r) => r.source.id === 'page:27594')).toMatchObject({
      section: 'Payment by site of service',
      verifiedOn: '2026-05-08',
      release: null,
    });
    expect(opps.find((r) => r.source.id === 'page:27594')?.locator).toMatch(/^line \d+$/);
    const rvu = rows.filter((r) => r.factId === 'PFS_RVU:RVU25D:seed:27594:-');
    expect(rvu).toHaveLength(1);
    expect(rvu[0]?.source.id).toBe('cms:pfs-rvu25d');
    expect(rvu[0]?.release).toMatchObject({ id: 'PFS_RVU:RVU25D:seed', version: 'RVU25D' });
    expect(rvu[0]?.locator).toBe('PPRRVU2025_Oct.csv line 2832');
    expect(rows.some((r) => r.factId === 'nope')).toBe(false);
  });

  it('goes from a source to every fact it supports, paged', async () => {
    type Row = { id: string; labels: string[]; summary: string };
    const opps = await ex.read<Row>('provenance/facts-by-source', {
      sourceId: 'cms:opps-addendum-b',
      skip: 0,
      limit: 50,
    });
    expect(opps.map((r) => r.id)).toEqual(['page:27594:site:OPPS']);
    expect(opps[0]?.summary).toBe('27594 OPPS 334287 cents');

    const all = await ex.read<Row>('provenance/facts-by-source', {
      sourceId: 'page:27594',
      skip: 0,
      limit: 1000,
    });
    const ids = all.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toEqual(
      expect.arrayContaining([
        'page:27594:doc:1',
        'page:27594:faq:6',
        'page:27594:denial:5',
        'PFS_RVU:RVU26A:seed:27594:-',
        '27594 FOLLOW_UP_OF 27592',
        '27594 HAS_GLOBAL_PERIOD 090',
        '27594 APPLICABLE_MODIFIER 79',
      ]),
    );
    const page2 = await ex.read<Row>('provenance/facts-by-source', {
      sourceId: 'page:27594',
      skip: 5,
      limit: 5,
    });
    expect(page2.map((r) => r.id)).toEqual(ids.slice(5, 10));
  });
});
