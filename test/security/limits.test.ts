/**
 * RELIABILITY.md, "GraphQL API": query limits. Every hostile query is rejected at parse or validation
 * time with a stable code and HTTP 400, and no Cypher runs for it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeTestDriver } from '../helpers/graph.js';
import { countingExecutor, firstCode, gqlPost, loadSeed, productionApp, type Reply } from './support.js';

const ex = countingExecutor();
const app = productionApp({ executor: ex });

/** Sends the query and asserts it was refused before any resolver ran. */
async function refused(query: string, variables?: Record<string, unknown>): Promise<Reply> {
  const before = ex.total();
  const r = await gqlPost(app, query, variables);
  expect(ex.total() - before, 'Cypher round trips').toBe(0);
  expect(r.json?.data ?? undefined, r.text.slice(0, 300)).toBeUndefined();
  expect(r.json?.errors?.length).toBeGreaterThan(0);
  expect(r.status).toBe(400);
  return r;
}

function codes(r: Reply): unknown[] {
  return (r.json?.errors ?? []).map((e) => e.extensions?.code);
}

/** `followUps { code { followUps { code { … } } } }` n levels deep. */
function nested(levels: number): string {
  let inner = 'code';
  for (let i = 0; i < levels; i += 1) inner = `followUps { code { ${inner} } }`;
  return inner;
}

beforeAll(async () => {
  await loadSeed();
});
afterAll(closeTestDriver);

describe('query limits (production app)', () => {
  it('answers a canonical-sized query, counting its Cypher round trips', async () => {
    const r = await gqlPost(app, '{ code(code: "27594") { code followUps { code { code } } } }');
    expect(r.status).toBe(200);
    expect(r.json?.errors).toBeUndefined();
    expect(r.json?.extensions?.cypherRoundTrips).toBeGreaterThan(0);
  });

  it.each([7, 20, 50])('refuses a depth bomb of %i levels', async (levels) => {
    const r = await refused(`{ code(code: "27594") { ${nested(levels)} } }`);
    expect(codes(r)).toContain('QUERY_TOO_DEEP');
  });

  it('refuses a depth bomb hidden in fragments', async () => {
    const r = await refused(
      `query { code(code: "27594") { ...A } }
       fragment A on Code { followUps { code { ...B } } }
       fragment B on Code { followUps { code { ...C } } }
       fragment C on Code { followUps { code { ${nested(6)} } } }`,
    );
    expect(codes(r)).toContain('QUERY_TOO_DEEP');
  });

  it('refuses a depth bomb in a fragment named __schema', async () => {
    const r = await refused(
      `query { ...__schema } fragment __schema on Query { code(code: "27594") { ${nested(8)} } }`,
    );
    expect(codes(r)).toContain('QUERY_TOO_DEEP');
  });

  it('refuses a depth bomb in an operation named __schema', async () => {
    const r = await refused(`query __schema { code(code: "27594") { ${nested(8)} } }`);
    expect(codes(r)).toContain('QUERY_TOO_DEEP');
  });

  it('refuses 100+ aliases of a real field', async () => {
    const aliases = Array.from({ length: 120 }, (_, i) => `a${i}: code(code: "27594") { code }`).join(' ');
    expect(firstCode(await refused(`{ ${aliases} }`))).toBe('TOO_MANY_ALIASES');
  });

  it('refuses 500 copies of one field (token limit)', async () => {
    const r = await refused(
      `{ code(code: "27594") { ${'code '.repeat(500)} } }`.replace(/code \}/, 'code }'),
    );
    // 500 copies of a field with arguments exceed the token limit at parse time.
    const r2 = await refused(`{ ${'graphStatistics { totalNodes } '.repeat(500)} }`);
    expect([firstCode(r), firstCode(r2)]).toContain('GRAPHQL_PARSE_FAILED');
  });

  it.each([10, 1000])('refuses %i repeated directives', async (n) => {
    const r = await refused(`{ code(code: "27594") { code ${'@include(if: true) '.repeat(n + 1)} } }`);
    expect(['TOO_MANY_DIRECTIVES', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED']).toContain(
      firstCode(r),
    );
  });

  it('refuses a nested fan-out inside the depth limit by cost (connections cost by first)', async () => {
    const query = `{ codes(first: 100) { edges { node { sharesGlobalPeriodWith(first: 100) { edges { node {
      ptpEdits(first: 100) { edges { node { column1Code } } } } } } } } } }`;
    const r = await refused(query);
    expect(r.json?.errors?.map((e) => e.extensions?.code)).toContain('QUERY_COMPLEXITY');
  });

  it('charges a connection by the first of a variable too', async () => {
    const query = `query Fan($n: Int) { codes(first: $n) { edges { node { sharesGlobalPeriodWith(first: $n) {
      edges { node { code } } } } } } }`;
    const r = await refused(query, { n: 400 });
    expect(r.json?.errors?.map((e) => e.extensions?.code)).toContain('QUERY_COMPLEXITY');
  });

  it.each([99999999, 501, 0, -1])(
    'refuses first: %i with a clear error naming the maximum page size',
    async (first) => {
      const r = await refused(`{ codes(first: ${first}) { edges { node { code } } } }`);
      const pageError = r.json?.errors?.find((e) => e.extensions?.argument === 'first');
      expect(pageError?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', maxPageSize: 500 });
      expect(pageError?.message).toContain('between 1 and 500');
    },
  );

  it('refuses a page size sent as a variable', async () => {
    const r = await refused(
      'query P($first: Int) { sources(first: $first) { edges { node { sourceId } } } }',
      {
        first: -5,
      },
    );
    expect(firstCode(r)).toBe('BAD_USER_INPUT');
  });

  it('refuses circular fragments', async () => {
    const r = await refused('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }');
    expect(firstCode(r)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses circular introspection, but answers the introspection GraphiQL sends', async () => {
    const bomb = '{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }';
    const r = await refused(bomb);
    expect(codes(r), r.text).toContain('QUERY_TOO_DEEP');
    const { getIntrospectionQuery } = await import('graphql');
    const ok = await gqlPost(app, getIntrospectionQuery());
    expect(ok.status, ok.text.slice(0, 500)).toBe(200);
    expect(ok.json?.errors).toBeUndefined();
  });
});
