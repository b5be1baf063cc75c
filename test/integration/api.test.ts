/**
 * The API over HTTP (app.fetch, no socket) against the real Neo4j holding the seed graph.
 */
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalOperations } from '../../src/app.js';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';
import { type GqlResponse, gql, testApp } from '../helpers/app.js';
import { closeTestDriver, testExecutor, wipeGraph } from '../helpers/graph.js';

const pagesDir = path.resolve(import.meta.dirname, '../../../shared/pages');
const app = testApp();

interface CodeData {
  code: {
    code: string;
    globalPeriod: { indicator: string; days: number };
  } | null;
}

beforeAll(async () => {
  await wipeGraph();
  await loadSeedGraph(testExecutor(), { pagesDir, log: () => {} });
});
afterAll(closeTestDriver);

describe('the first slice', () => {
  it('answers 27594 with its 090 global period, from Neo4j', async () => {
    const res = await gql<CodeData>(app, '{ code(code: "27594") { code globalPeriod { indicator days } } }');
    expect(res.errors).toBeUndefined();
    expect(res.data?.code).toEqual({ code: '27594', globalPeriod: { indicator: '090', days: 90 } });
  });

  it('gives null for an unknown code and a typed error with its path for a malformed one', async () => {
    const unknown = await gql<CodeData>(app, '{ code(code: "99999") { code } }');
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.code).toBeNull();

    const bad = await gql(app, 'query ($c: BillingCode!) { code(code: $c) { code } }', { c: "27594'; DROP" });
    expect(bad.errors?.[0]?.message).toMatch(/billing code is 5 letters or digits/);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const badDate = await gql(app, '{ code(code: "27594") { feeSchedule(asOf: "2026-02-30") { workRvu } } }');
    expect(badDate.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('relationship questions', () => {
  it('lists the other 090 codes sharing 27592 global period, paginated with cursors', async () => {
    const q = `query ($after: String) { code(code: "27592") { sharesGlobalPeriodWith(first: 5, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { cursor node { code globalPeriod { indicator } } } } } }`;
    type Page = {
      code: {
        sharesGlobalPeriodWith: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          edges: { cursor: string; node: { code: string; globalPeriod: { indicator: string } } }[];
        };
      };
    };
    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let i = 0; i < 10; i++) {
      const res: Awaited<ReturnType<typeof gql<Page>>> = await gql<Page>(app, q, { after });
      expect(res.errors).toBeUndefined();
      const conn = res.data!.code.sharesGlobalPeriodWith;
      total = conn.totalCount;
      expect(conn.edges.length).toBeLessThanOrEqual(5);
      for (const e of conn.edges) {
        expect(e.node.globalPeriod.indicator).toBe('090');
        seen.push(e.node.code);
      }
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    const expected = await testExecutor().runStatement(
      `MATCH (:Code {code: '27592'})-[:HAS_GLOBAL_PERIOD]->(:GlobalPeriod {indicator: '090'})<-[:HAS_GLOBAL_PERIOD]-(p:Code)
       WHERE p.code <> '27592' RETURN DISTINCT p.code AS code ORDER BY code`,
      {},
      'READ',
    );
    const expectedCodes = expected.map((r) => (r as { code: string }).code);
    expect(expectedCodes.length).toBeGreaterThan(5);
    expect(seen).toEqual(expectedCodes);
    expect(total).toBe(expectedCodes.length);
    expect(seen).toContain('27594');
    expect(seen).not.toContain('27592');
  });

  it('names what 27594 must carry inside 27592 global period, and who says so', async () => {
    type Res = {
      code: {
        followUps: {
          code: { code: string };
          modifiers: { code: string; startsNewGlobalPeriod: boolean | null }[];
          sources: { source: { title: string; url: string | null }; section: string | null }[];
        }[];
      };
    };
    const res = await gql<Res>(
      app,
      `{ code(code: "27592") { followUps { code { code } modifiers { code startsNewGlobalPeriod }
         sources { source { title url } section } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const f = res.data!.code.followUps.find((x) => x.code.code === '27594');
    expect(f?.modifiers.map((m) => m.code).sort()).toEqual(['58', '78']);
    expect(f?.modifiers.find((m) => m.code === '78')?.startsNewGlobalPeriod).toBe(false);
    expect(f?.sources.length).toBeGreaterThan(0);
  });

  it('traces $477.97 to its release and sources', async () => {
    type Res = {
      code: {
        feeSchedule: {
          releaseVersion: string;
          workRvu: string;
          totalRvu: string | null;
          nationalRate: { amount: string; cents: number } | null;
          sources: {
            source: { title: string };
            release: { version: string } | null;
            verifiedOn: string | null;
          }[];
        };
      };
    };
    const res = await gql<Res>(
      app,
      `{ code(code: "27594") { feeSchedule(release: "RVU26A") { releaseVersion workRvu totalRvu nationalRate { amount cents }
         sources { source { title } release { version } verifiedOn } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const fs = res.data!.code.feeSchedule;
    expect(fs.releaseVersion).toBe('RVU26A');
    expect(fs.workRvu).toBe('7.11');
    expect(fs.nationalRate).toEqual({ amount: '477.97', cents: 47797 });
    expect(fs.sources.length).toBeGreaterThan(0);
  });

  it('keeps RVU25D beside RVU26A and answers "as of" a date', async () => {
    type Res = {
      code: { old: { workRvu: string; releaseVersion: string }; asOf: { releaseVersion: string } };
    };
    const res = await gql<Res>(
      app,
      `{ code(code: "27594") { old: feeSchedule(release: "RVU25D") { workRvu releaseVersion }
         asOf: feeSchedule(asOf: "2025-12-31") { releaseVersion } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.code.old).toEqual({ workRvu: '7.29', releaseVersion: 'RVU25D' });
    expect(res.data!.code.asOf.releaseVersion).toBe('RVU25D');
  });
});

describe('global IDs', () => {
  it('fetches a code, a fee-schedule entry and a source back through node(id)', async () => {
    type Ids = { code: { id: string; feeSchedule: { id: string; sources: { source: { id: string } }[] } } };
    const ids = await gql<Ids>(
      app,
      '{ code(code: "27594") { id feeSchedule(release: "RVU26A") { id sources { source { id } } } } }',
    );
    expect(ids.errors).toBeUndefined();
    const c = ids.data!.code;
    const res = await gql<{ a: { code: string }; b: { workRvu: string }; c: { title: string } }>(
      app,
      `query ($a: ID!, $b: ID!, $c: ID!) {
        a: node(id: $a) { ... on Code { code } }
        b: node(id: $b) { ... on FeeScheduleEntry { workRvu } }
        c: node(id: $c) { ... on Source { title } }
      }`,
      { a: c.id, b: c.feeSchedule.id, c: c.feeSchedule.sources[0]!.source.id },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.a.code).toBe('27594');
    expect(res.data?.b.workRvu).toBe('7.11');
    expect(res.data?.c.title.length).toBeGreaterThan(0);
  });
});

describe('data loading', () => {
  // One code with every kind of fact (27594) against thirteen codes: the same query shape.
  const nested = (filter: string) => `{ codes(${filter}) { edges { node {
      code globalPeriod { indicator } status { code }
      feeSchedule { workRvu sources { source { title } release { version } } }
      applicableModifiers { modifier { code } sources { source { title } } }
      denialReasons { title carc { code } }
  } } } }`;

  it('makes as many Cypher round trips for 13 codes as for 1: the page, then one plan query for all of them', async () => {
    const one = await gql<{ codes: { edges: unknown[] } }>(
      app,
      nested('globalPeriod: "090", first: 1'),
      {},
      trace,
    );
    const many = await gql<{ codes: { edges: unknown[] } }>(
      app,
      nested('globalPeriod: "090", first: 13'),
      {},
      trace,
    );
    expect(one.errors).toBeUndefined();
    expect(many.errors).toBeUndefined();
    expect(one.data!.codes.edges).toHaveLength(1);
    expect(many.data!.codes.edges.length).toBeGreaterThanOrEqual(13);
    expect(many.extensions?.cypherQueries).toEqual(['code/codes-page', 'code/code-plan-by-key']);
    expect(one.extensions?.cypherQueries).toEqual(many.extensions?.cypherQueries);

    // With a text, the page query brings the plan rows along: one round trip in all.
    const text = await gql<{ codes: { edges: unknown[] } }>(
      app,
      nested('text: "amput", first: 13'),
      {},
      trace,
    );
    expect(text.errors).toBeUndefined();
    expect(text.data!.codes.edges.length).toBeGreaterThan(3);
    expect(text.extensions?.cypherQueries).toEqual(['code/codes-page-by-text']);

    // A selection that needs nothing beyond the codes' own rows runs the plain code query instead.
    const shallow = await gql(
      app,
      '{ codes(globalPeriod: "090", first: 13) { edges { node { code } } } }',
      {},
      trace,
    );
    expect(shallow.extensions?.cypherQueries).toEqual(['code/codes-page', 'code/codes-by-code']);
  });

  // The same selection reached through node(id) is not planned (each field's loader runs on its own):
  // both paths must give the same answer, the planned one in one round trip.
  const everything = `code system shortDescriptor status { code meaning } globalPeriod { indicator days }
      globalPeriodSources { source { sourceId } section verifiedOn }
      categories { name level parent { name } }
      feeSchedule { releaseVersion workRvu nationalRate { cents } sources { source { sourceId title } release { version } section locator verifiedOn } }
      feeScheduleHistory { releaseVersion workRvu release { version } }
      sitePayments { setting amount { cents } sources { source { sourceId } section } }
      applicableModifiers { modifier { code meaning } sources { source { sourceId } section } }
      documentationRequirements { ordinal text sources { source { sourceId } section } }
      denialReasons { title carc { code } rarc { code } sources { source { sourceId } section } }
      faqs { ordinal question }
      followUpOf { code { code shortDescriptor globalPeriod { indicator } } modifiers { code meaning } sources { source { sourceId } } }
      followUps { code { code } modifiers { code } }
      sharesGlobalPeriodWith(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { code globalPeriod { indicator } } } }
      ptpEdits(first: 2) { totalCount edges { node { column1Code column2Code modifierIndicator release { version } } } }`;

  for (const code of ['27594', '27592']) {
    it(`answers ${code} the same through the one-query plan as field by field`, async () => {
      const planned = await gql<{ code: Record<string, unknown> }>(
        app,
        `{ code(code: "${code}") { ${everything} } }`,
        {},
        trace,
      );
      const plain = await gql<{ node: Record<string, unknown> }>(
        app,
        `query ($id: ID!) { node(id: $id) { ... on Code { ${everything} } } }`,
        { id: Buffer.from(`Code:${code}`).toString('base64') },
        trace,
      );
      expect(planned.errors).toBeUndefined();
      expect(plain.errors).toBeUndefined();
      expect(planned.data!.code).toEqual(plain.data!.node);
      expect(planned.data!.code.feeSchedule).not.toBeNull();
      expect(planned.extensions?.cypherQueries).toEqual(['code/code-plan-by-key']);
      expect(plain.extensions?.cypherRoundTrips as number).toBeGreaterThan(5);
    });
  }

  it('answers codes(text:) the same through its one query as field by field', async () => {
    type Edges = { codes: { edges: { node: Record<string, unknown> & { code: string } }[] } };
    const planned = await gql<Edges>(
      app,
      `{ codes(text: "amput", first: 3) { edges { node { ${everything} } } } }`,
      {},
      trace,
    );
    expect(planned.errors).toBeUndefined();
    expect(planned.extensions?.cypherQueries).toEqual(['code/codes-page-by-text']);
    const nodes = planned.data!.codes.edges.map((e) => e.node);
    expect(nodes).toHaveLength(3);
    for (const node of nodes) {
      const plain = await gql<{ node: Record<string, unknown> }>(
        app,
        `query ($id: ID!) { node(id: $id) { ... on Code { ${everything} } } }`,
        { id: Buffer.from(`Code:${node.code}`).toString('base64') },
      );
      expect(plain.errors).toBeUndefined();
      expect(node).toEqual(plain.data!.node);
    }
  });

  it('still answers an alias whose arguments the plan did not take, through its own loader', async () => {
    const res = await gql<{ code: { a: { releaseVersion: string }; b: { releaseVersion: string } } }>(
      app,
      '{ code(code: "27594") { a: feeSchedule(release: "RVU26A") { releaseVersion } b: feeSchedule(release: "RVU25D") { releaseVersion } } }',
      {},
      trace,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.code).toEqual({ a: { releaseVersion: 'RVU26A' }, b: { releaseVersion: 'RVU25D' } });
    expect(res.extensions?.cypherQueries).toEqual(['code/code-plan-by-key', 'code/fee-schedule-by-code']);
  });

  it('reports a malformed cursor at the field that received it, not at the code', async () => {
    const res = await gql(
      app,
      '{ code(code: "27592") { code sharesGlobalPeriodWith(after: "nope") { totalCount } } }',
    );
    expect(res.errors?.[0]?.path).toEqual(['code', 'sharesGlobalPeriodWith']);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

const trace = { 'x-claimgraph-trace': '1' };

describe('round trips of the canonical operations', () => {
  // Each operation rooted at a code sends one Cypher query: the plan of its selection.
  for (const name of [
    '01-CodeFacts',
    '03-FollowUpsInGlobal',
    '04-TraceNationalRate',
    '05-ReleasesSideBySide',
    '06-NcciEditsForCode',
    '02-SharesGlobalPeriod',
  ]) {
    it(`${name} is one Cypher round trip`, async () => {
      const op = canonicalOperations().find((o) => o.name === name)!;
      const res = await gql(app, op.query, {}, trace);
      expect(res.errors).toBeUndefined();
      expect(res.extensions?.cypherQueries).toEqual(['code/code-plan-by-key']);
    });
  }
});

describe('codes(text:)', () => {
  type Codes = {
    codes: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { code: string; shortDescriptor: string | null } }[];
    };
  };
  const q = `query ($text: String, $after: String, $first: Int) { codes(text: $text, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { code shortDescriptor } } } }`;

  it('matches words that start with each word of the text, in any case, with the total from the same query', async () => {
    const res = await gql<Codes>(app, q, { text: 'AMPUT', first: 500 }, trace);
    expect(res.errors).toBeUndefined();
    const nodes = res.data!.codes.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(3);
    for (const n of nodes) expect(n.shortDescriptor).toMatch(/\bamput/i);
    expect(res.data!.codes.totalCount).toBe(nodes.length);
    expect(res.extensions?.cypherQueries).toEqual(['code/codes-page-by-text']);

    const both = await gql<Codes>(app, q, { text: 'amput leg', first: 500 });
    for (const n of both.data!.codes.edges.map((e) => e.node)) {
      expect(n.shortDescriptor).toMatch(/\bamput/i);
      expect(n.shortDescriptor).toMatch(/\bleg/i);
    }
    expect(both.data!.codes.totalCount).toBeLessThanOrEqual(nodes.length);
  });

  it('pages through the matches in code order, keeping the total', async () => {
    const all = await gql<Codes>(app, q, { text: 'amput', first: 500 });
    const codes = all.data!.codes.edges.map((e) => e.node.code);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: GqlResponse<Codes> = await gql<Codes>(app, q, { text: 'amput', first: 2, after });
      expect(page.errors).toBeUndefined();
      expect(page.data!.codes.totalCount).toBe(codes.length);
      seen.push(...page.data!.codes.edges.map((e) => e.node.code));
      if (!page.data!.codes.pageInfo.hasNextPage) break;
      after = page.data!.codes.pageInfo.endCursor;
    }
    expect(seen).toEqual([...codes].sort());
    expect(seen).toEqual(codes);
  });
});

describe('denial reasons in one round trip', () => {
  const fields =
    'reasonId title carc { code } rarc { code } codes { code globalPeriod { indicator } } sources { source { sourceId } section }';
  it('brings each reason, its citations and its codes with the page, the same as reason by reason', async () => {
    type Page = { denialReasons: { edges: { node: { reasonId: string } & Record<string, unknown> }[] } };
    const page = await gql<Page>(
      app,
      `{ denialReasons(first: 50) { edges { node { ${fields} } } } }`,
      {},
      trace,
    );
    expect(page.errors).toBeUndefined();
    expect(page.extensions?.cypherQueries).toEqual(['denial/denial-reasons-page']);
    const nodes = page.data!.denialReasons.edges.map((e) => e.node);
    expect(nodes.length).toBeGreaterThan(5);
    expect(nodes.some((n) => (n.codes as unknown[]).length > 0)).toBe(true);
    for (const node of nodes) {
      const one = await gql<{ denialReason: Record<string, unknown> }>(
        app,
        `query ($id: String!) { denialReason(id: $id) { ${fields} } }`,
        { id: node.reasonId },
      );
      expect(one.data!.denialReason).toEqual(node);
    }
  });
});

describe('canonical operations', () => {
  for (const op of canonicalOperations()) {
    it(`${op.name} runs over HTTP with no errors and returns data`, async () => {
      const res = await gql(app, op.query);
      expect(res.status).toBe(200);
      expect(res.errors).toBeUndefined();
      expect(JSON.stringify(res.data)).not.toMatch(/^\{"[a-zA-Z]+":null\}$/);
    });
  }
});
