/**
 * The seed graph after the main job's load (seeds/*.json + the real shared/pages/cpt-27594.txt), on the
 * real Neo4j: what the issue's "Must show" lists for 27594, the shared 090 node, the follow-up edges,
 * provenance of every fact around 27594, and that loading twice changes nothing.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';
import { closeTestDriver, graphFingerprint, testExecutor, wipeGraph } from '../helpers/graph.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const pagesDir = path.resolve(repoRoot, '../shared/pages');
const ex = testExecutor();
const q = <T = Record<string, unknown>>(text: string, params: Record<string, unknown> = {}) =>
  ex.runStatement(text, params, 'READ') as Promise<T[]>;

beforeAll(async () => {
  await wipeGraph(ex);
  await loadSeedGraph(ex, { pagesDir });
});
afterAll(closeTestDriver);

describe('27594 after the seed load', () => {
  it('is on the 090 global period, stated by the page and by the RVU25D release', async () => {
    const rows = await q<{ indicator: string; sourceIds: string[]; releaseId: string | null }>(
      `MATCH (:Code {code: '27594'})-[r:HAS_GLOBAL_PERIOD]->(g:GlobalPeriod)
       RETURN g.indicator AS indicator, r.sourceIds AS sourceIds, r.releaseId AS releaseId ORDER BY r.provenanceKey`,
    );
    expect(rows.map((r) => r.indicator)).toEqual(['090', '090']);
    expect(rows.flatMap((r) => r.sourceIds)).toEqual(
      expect.arrayContaining(['page:27594', 'ref:cms-physician-fee-schedule-2026', 'cms:pfs-rvu25d']),
    );
  });

  it('has the RVU26A values 7.11 / 5.53 / 1.67 / 14.31 and $477.97 from the page', async () => {
    const [row] = await q<{ f: Record<string, unknown>; version: string; status: string; sources: string[] }>(
      `MATCH (:Code {code: '27594'})<-[:FOR_CODE]-(f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {dataset: 'PFS_RVU', version: 'RVU26A'})
       WHERE r.status = 'current'
       MATCH (f)-[:CITES]->(s:Source)
       RETURN properties(f) AS f, r.version AS version, r.status AS status, collect(s.id) AS sources`,
    );
    expect(row?.f).toMatchObject({
      workRvu: 7.11,
      peRvu: 5.53,
      mpRvu: 1.67,
      totalRvu: 14.31,
      nationalCents: 47797,
      conversionFactor: 33.4009,
      globalDays: '090',
      releaseId: 'PFS_RVU:RVU26A:seed',
    });
    expect(row?.sources.sort()).toEqual(['page:27594', 'ref:cms-physician-fee-schedule-2026']);
  });

  it('has HOPD APC 5113 $3,342.87, ASC PI A2 $1,644.87 and the office $477.97', async () => {
    const rows = await q<{
      setting: string;
      amountCents: number;
      apc: string | null;
      pi: string | null;
      year: number;
    }>(
      `MATCH (:Code {code: '27594'})<-[:FOR_CODE]-(p:SitePayment)
       RETURN p.setting AS setting, p.amountCents AS amountCents, p.apc AS apc, p.paymentIndicator AS pi, p.year AS year
       ORDER BY setting`,
    );
    expect(rows).toEqual([
      { setting: 'ASC', amountCents: 164487, apc: null, pi: 'A2', year: 2026 },
      { setting: 'OPPS', amountCents: 334287, apc: '5113', pi: null, year: 2026 },
      { setting: 'PFS_NON_FACILITY', amountCents: 47797, apc: null, pi: null, year: 2026 },
    ]);
  });

  it('has modifiers 58, 78 and 79 as applicable, each with its page line', async () => {
    const rows = await q<{ code: string; locator: string; sourceIds: string[] }>(
      `MATCH (:Code {code: '27594'})-[r:APPLICABLE_MODIFIER]->(m:Modifier)
       RETURN m.code AS code, r.locator AS locator, r.sourceIds AS sourceIds ORDER BY code`,
    );
    expect(rows.map((r) => r.code)).toEqual(['58', '78', '79']);
    for (const r of rows) {
      expect(r.sourceIds).toContain('page:27594');
      expect(r.locator).toMatch(/^line \d+$/);
    }
  });

  it('has 6 documentation requirements, 5 denial reasons, 6 FAQs and 7 referenced sources', async () => {
    const [row] = await q<{ docs: number; denials: number; faqs: number; refs: { url: string | null }[] }>(
      `MATCH (c:Code {code: '27594'})
       CALL (c) { MATCH (d:DocumentationRequirement)-[:FOR_CODE]->(c) RETURN count(d) AS docs }
       CALL (c) { MATCH (d:DenialReason)-[:APPLIES_TO]->(c) RETURN count(d) AS denials }
       CALL (c) { MATCH (f:Faq)-[:ABOUT]->(c) RETURN count(f) AS faqs }
       CALL (c) { MATCH (c)<-[:ABOUT]-(:Source {kind: 'CODE_PAGE'})-[r:REFERENCES]->(s:Source)
                  WITH s ORDER BY r.ordinal RETURN collect({url: s.url}) AS refs }
       RETURN docs, denials, faqs, refs`,
    );
    expect(row).toMatchObject({ docs: 6, denials: 5, faqs: 6 });
    expect(row?.refs).toHaveLength(7);
    expect(row?.refs[0]?.url).toBeNull(); // #01 CMS Physician Fee Schedule 2026 has no URL
    expect(row?.refs[4]?.url).toBe('https://www.aapc.com/codes/cpt-codes/27594');
  });

  it('has a path to a Source from every fact linked to it', async () => {
    const rows = await ex.read<{ kind: string; id: string; what: string }>(
      'provenance/unsourced-facts-by-code',
      {
        code: '27594',
      },
    );
    expect(rows).toEqual([]);
    const [count] = await q<{ facts: number }>(
      `MATCH (c:Code {code: '27594'})-[r]-(f) WHERE NOT f:Source RETURN count(DISTINCT f) AS facts`,
    );
    expect(count?.facts).toBeGreaterThanOrEqual(1 + 3 + 6 + 5 + 6 + 3 + 2); // entries, sites, docs, denials, faqs, modifiers, codes
  });
});

describe('relationships between codes', () => {
  it('27592 and 27594 share the one 090 node', async () => {
    const rows = await q<{ codes: string[] }>(
      `MATCH (g:GlobalPeriod {indicator: '090'})<-[:HAS_GLOBAL_PERIOD]-(c:Code)
       WHERE c.code IN ['27592', '27594'] RETURN collect(DISTINCT c.code) AS codes, count(DISTINCT g) AS nodes`,
    );
    expect(rows[0]?.codes.sort()).toEqual(['27592', '27594']);
    const [n] = await q<{ n: number }>(`MATCH (g:GlobalPeriod {indicator: '090'}) RETURN count(g) AS n`);
    expect(n?.n).toBe(1);
  });

  it('27594 is a follow-up of 27592 and of 27598, with 58/78, citing the page', async () => {
    const rows = await q<{ to: string; modifiers: string[]; sourceIds: string[]; section: string }>(
      `MATCH (:Code {code: '27594'})-[r:FOLLOW_UP_OF]->(p:Code)
       RETURN p.code AS to, r.modifiers AS modifiers, r.sourceIds AS sourceIds, r.section AS section ORDER BY to`,
    );
    expect(rows).toEqual([
      { to: '27592', modifiers: ['58', '78'], sourceIds: ['page:27594'], section: 'What this code covers' },
      { to: '27598', modifiers: ['58', '78'], sourceIds: ['page:27594'], section: 'What this code covers' },
    ]);
  });
});

describe('the curated records', () => {
  it('loads the 13 RVU25D amputation rows with national amounts only where payable', async () => {
    const rows = await q<{
      code: string;
      work: number;
      nfNa: boolean;
      nf: number | null;
      fac: number | null;
      total: number;
    }>(
      `MATCH (f:FeeScheduleEntry)-[:FROM_RELEASE]->(r:Release {dataset: 'PFS_RVU', version: 'RVU25D'})
       RETURN f.code AS code, f.workRvu AS work, f.nonFacilityNa AS nfNa, f.nationalNonFacilityCents AS nf,
              f.nationalFacilityCents AS fac, f.facilityTotal AS total ORDER BY code`,
    );
    expect(rows).toHaveLength(13);
    const r27594 = rows.find((r) => r.code === '27594');
    expect(r27594).toMatchObject({ work: 7.29, nfNa: true, nf: null, total: 15.33 });
    // 15.33 × 32.3465 = 495.87
    expect(r27594?.fac).toBe(Math.round(15.33 * 32.3465 * 100));
  });

  it('points PFS_RVU at its newest current release', async () => {
    const [row] = await q<{ id: string }>(
      `MATCH (:Dataset {name: 'PFS_RVU'})-[:ACTIVE_RELEASE]->(r) RETURN r.id AS id`,
    );
    expect(row?.id).toBe('PFS_RVU:RVU26A:seed');
  });

  it('has the bypass rule allowing exactly the modifiers marked ptpBypass', async () => {
    const [row] = await q<{ allowed: string[]; flagged: string[] }>(
      `MATCH (:Rule {id: 'ncci-ptp-bypass'})-[:ALLOWS]->(m:Modifier) WITH collect(m.code) AS allowed
       MATCH (b:Modifier {ptpBypass: true}) RETURN allowed, collect(b.code) AS flagged`,
    );
    expect(row?.allowed.sort()).toEqual(row?.flagged.sort());
    expect(row?.allowed).toEqual(expect.arrayContaining(['58', '59', 'XE', 'RT', 'F9', 'T9', 'RI']));
    expect(row?.allowed).not.toContain('62');
  });

  it('maps the generic denial reasons to CARC/RARC', async () => {
    const rows = await q<{ id: string; codes: string[] }>(
      `MATCH (d:DenialReason) WHERE d.id STARTS WITH 'denial:'
       OPTIONAL MATCH (d)-[:PREDICTS]->(x)
       WITH d, x ORDER BY x.code RETURN d.id AS id, collect(x.code) AS codes ORDER BY id`,
    );
    expect(rows.map((r) => r.id)).toEqual([
      'denial:global-period',
      'denial:modifier-indicator',
      'denial:mue-exceeded',
      'denial:ptp-bundled',
      'denial:ptp-mutually-exclusive',
      'denial:site-of-service',
      'denial:status-not-payable',
    ]);
    expect(rows.find((r) => r.id === 'denial:global-period')?.codes).toEqual(['97', 'M144', 'M15']);
    expect(rows.find((r) => r.id === 'denial:status-not-payable')?.codes).toEqual(['234', '97']);
    expect(rows.find((r) => r.id === 'denial:mue-exceeded')?.codes).toEqual(['151', 'N362']);
  });
});

describe('idempotence', () => {
  it('loading the seeds and pages again leaves the graph unchanged', async () => {
    const before = await graphFingerprint(ex);
    const result = await loadSeedGraph(ex, { pagesDir });
    const after = await graphFingerprint(ex);
    expect(after).toEqual(before);
    expect(result).toEqual({ nodes: before.nodes, relationships: before.rels });
  });

  it('warns and continues when the pages folder does not exist', async () => {
    const lines: string[] = [];
    const before = await graphFingerprint(ex);
    await loadSeedGraph(ex, { pagesDir: path.join(repoRoot, 'no-such-folder'), log: (l) => lines.push(l) });
    expect(lines.some((l) => l.includes('warning') && l.includes('no-such-folder'))).toBe(true);
    expect(await graphFingerprint(ex)).toEqual(before);
  });
});
