/**
 * Code.ptpEdits over a small synthetic PTP release: keyset pages that add up to the total, in edit-id
 * order, with the role and activeOn filters, through the one-query plan (the `code` root) and through
 * the field's own loaders (node(id)), which must agree.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ptpPractitionerSpec } from '../../src/ingest/ptp/spec.js';
import { importRelease } from '../../src/ingest/release/run.js';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';
import { type GqlResponse, gql, testApp } from '../helpers/app.js';
import { closeTestDriver, testExecutor, wipeGraph } from '../helpers/graph.js';

const ex = testExecutor();
const app = testApp();
const pagesDir = path.resolve(import.meta.dirname, '../../../shared/pages');

beforeAll(async () => {
  await wipeGraph(ex);
  await loadSeedGraph(ex, { pagesDir, log: () => {} });
  await importRelease(ptpPractitionerSpec, {
    executor: ex,
    files: [path.resolve(import.meta.dirname, '../fixtures/cms/ptp-paging.txt')],
    version: '2026Q1',
    effectiveDate: '2026-01-01',
    synthetic: true,
  });
});
afterAll(closeTestDriver);

interface Page {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { column1Code: string; column2Code: string } }[];
}
const selection = (args: string) =>
  `ptpEdits(${args}) { totalCount pageInfo { hasNextPage endCursor } edges { node { column1Code column2Code } } }`;

async function pageAll(root: 'code' | 'node', args: string): Promise<{ totals: number[]; pairs: string[] }> {
  const totals: number[] = [];
  const pairs: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 20; i++) {
    const a: string = `${args}, first: 2${after ? `, after: "${after}"` : ''}`;
    const query: string =
      root === 'code'
        ? `{ code(code: "27594") { ${selection(a)} } }`
        : `query ($id: ID!) { code: node(id: $id) { ... on Code { ${selection(a)} } } }`;
    const res: GqlResponse<{ code: { ptpEdits: Page } }> = await gql<{ code: { ptpEdits: Page } }>(
      app,
      query,
      {
        id: Buffer.from('Code:27594').toString('base64'),
      },
    );
    expect(res.errors).toBeUndefined();
    const page: Page = res.data!.code.ptpEdits;
    totals.push(page.totalCount);
    pairs.push(...page.edges.map((e) => `${e.node.column1Code}/${e.node.column2Code}`));
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return { totals, pairs };
}

describe('ptpEdits pages', () => {
  it('pages column-2 edits two at a time, each page with the same total, and both paths agree', async () => {
    const planned = await pageAll('code', 'role: COLUMN_2');
    const plain = await pageAll('node', 'role: COLUMN_2');
    expect(planned).toEqual(plain);
    expect(planned.pairs).toHaveLength(5);
    expect(new Set(planned.pairs).size).toBe(5);
    expect(planned.totals.every((t) => t === 5)).toBe(true);
    expect(planned.pairs.every((p) => p.endsWith('/27594'))).toBe(true);
  });

  it('counts only the edits active on a date, and either column with role ANY', async () => {
    const active = await pageAll('code', 'role: COLUMN_2, activeOn: "2026-03-01"');
    expect(active.pairs).toHaveLength(4);
    expect(active.pairs).not.toContain('27596/27594');
    expect(active.totals.every((t) => t === 4)).toBe(true);
    const any = await pageAll('code', 'role: ANY');
    expect(any.pairs).toHaveLength(6);
    expect(any.pairs).toContain('27594/27880');
  });
});
