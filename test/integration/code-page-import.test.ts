/**
 * The code-page importer on the real Neo4j: importing twice changes nothing, broken pages are refused
 * with their line and leave the graph untouched, other pages (fixtures) land with provenance, and a page
 * that loses facts loses them in the graph too.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importPages } from '../../src/ingest/code-page/command.js';
import { CodePageError } from '../../src/ingest/code-page/errors.js';
import { importCodePage } from '../../src/ingest/code-page/import.js';
import { closeTestDriver, graphFingerprint, testExecutor, wipeGraph } from '../helpers/graph.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const sample = path.resolve(repoRoot, '../shared/pages/cpt-27594.txt');
const fixtures = path.join(repoRoot, 'test/fixtures/pages');
const ex = testExecutor();
const q = <T = Record<string, unknown>>(text: string, params: Record<string, unknown> = {}) =>
  ex.runStatement(text, params, 'READ') as Promise<T[]>;

beforeAll(async () => {
  await wipeGraph(ex);
});
afterAll(closeTestDriver);

describe('importing the sample page into an empty graph', () => {
  it('writes the page, and a second import changes nothing', async () => {
    const first = await importCodePage(ex, sample);
    expect(first).toEqual({ code: '27594', facts: 25 });
    const before = await graphFingerprint(ex);
    expect(before.nodes).toBeGreaterThan(30);
    await importCodePage(ex, sample);
    expect(await graphFingerprint(ex)).toEqual(before);
  });

  it('leaves nothing without a path to a Source, even with no curated seeds loaded', async () => {
    expect(await ex.read('provenance/unsourced-facts-by-code', { code: '27594' })).toEqual([]);
  });

  it('creates the RVU26A release it names, current, published as reference #01', async () => {
    const [r] = await q<{ status: string; effectiveDate: string; source: string; active: string }>(
      `MATCH (r:Release {id: 'PFS_RVU:RVU26A:seed'})-[:PUBLISHED_AS]->(s:Source)
       MATCH (:Dataset {name: 'PFS_RVU'})-[:ACTIVE_RELEASE]->(a)
       RETURN r.status AS status, r.effectiveDate AS effectiveDate, s.id AS source, a.id AS active`,
    );
    expect(r).toEqual({
      status: 'current',
      effectiveDate: '2026-01-01',
      source: 'ref:cms-physician-fee-schedule-2026',
      active: 'PFS_RVU:RVU26A:seed',
    });
  });
});

describe('pages that cannot be read', () => {
  for (const name of [
    'cpt-27594-bad-sum.txt',
    'cpt-27594-bad-rate.txt',
    'cpt-27594-broken-lines.txt',
    'cpt-27594-other-code.txt',
  ]) {
    it(`refuses ${name} with its line numbers and writes nothing`, async () => {
      const before = await graphFingerprint(ex);
      const err = await importCodePage(ex, path.join(fixtures, 'broken', name)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(CodePageError);
      const problems = (err as CodePageError).problems;
      expect(problems.length).toBeGreaterThan(0);
      for (const p of problems) {
        expect(p.file).toBe(name);
        expect(p.line).toBeGreaterThan(0);
      }
      expect((err as Error).message).toMatch(new RegExp(`^${name.replace(/\./g, '\\.')}:\\d+:\\d+: `));
      expect(await graphFingerprint(ex)).toEqual(before);
    });
  }

  it('the command reports file:line:column and exits 1, importing the good pages only', async () => {
    const out: string[] = [];
    const err: string[] = [];
    const status = await importPages(
      ex,
      [path.join(fixtures, 'broken/cpt-27594-bad-sum.txt'), path.join(fixtures, 'cpt-27880.txt')],
      (l) => out.push(l),
      (l) => err.push(l),
    );
    expect(status).toBe(1);
    expect(err.join('\n')).toContain('cpt-27594-bad-sum.txt:7:1: total RVU 14.41');
    expect(err.join('\n')).toContain('refused, nothing written');
    expect(out).toEqual([`page ${path.join(fixtures, 'cpt-27880.txt')}: code 27880, 9 facts imported`]);
  });
});

describe('other pages', () => {
  it('imports a HCPCS page with listed modifiers, citing the attribution sources', async () => {
    await importCodePage(ex, path.join(fixtures, 'hcpcs-G0283.txt'));
    const rows = await q<{ code: string; sourceIds: string[] }>(
      `MATCH (:Code {code: 'G0283'})-[r:APPLICABLE_MODIFIER]->(m:Modifier)
       RETURN m.code AS code, r.sourceIds AS sourceIds ORDER BY code`,
    );
    expect(rows).toEqual([
      { code: '25', sourceIds: ['page:G0283'] },
      { code: '59', sourceIds: ['page:G0283', 'ama:cpt-modifiers', 'cms:ncci-policy-manual'] },
      { code: 'GP', sourceIds: ['page:G0283', 'ama:cpt-modifiers', 'cms:ncci-policy-manual'] },
    ]);
    expect(await ex.read('provenance/unsourced-facts-by-code', { code: 'G0283' })).toEqual([]);
    expect(await ex.read('provenance/unsourced-facts-by-code', { code: '27880' })).toEqual([]);
  });

  it('removes the facts a page no longer states when it is imported again', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'claimgraph-pages-'));
    const file = path.join(dir, 'cpt-27880.txt');
    const text = readFileSync(path.join(fixtures, 'cpt-27880.txt'), 'utf8');
    writeFileSync(file, text);
    await importCodePage(ex, file);
    const full = await graphFingerprint(ex);
    const docs = () =>
      q<{ id: string }>(
        `MATCH (d:DocumentationRequirement)-[:FOR_CODE]->(:Code {code: '27880'}) RETURN d.id AS id ORDER BY id`,
      );
    expect((await docs()).map((d) => d.id)).toEqual(['page:27880:doc:1', 'page:27880:doc:2']);

    writeFileSync(file, text.replace(/^- Indication for the amputation.*\n/m, ''));
    await importCodePage(ex, file);
    expect((await docs()).map((d) => d.id)).toEqual(['page:27880:doc:1']);
    const [mods] = await q<{ codes: string[] }>(
      `MATCH (:Code {code: '27880'})-[:APPLICABLE_MODIFIER]->(m) RETURN collect(m.code) AS codes`,
    );
    expect(mods?.codes.sort()).toEqual(['LT', 'RT']); // 79 was named only in the removed bullet

    writeFileSync(file, text);
    await importCodePage(ex, file);
    expect(await graphFingerprint(ex)).toEqual(full);
  });
});
