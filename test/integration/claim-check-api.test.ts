// The claim check through its two front doors: the GraphQL checkClaim query (yoga, no socket) and
// the `claimgraph check` command, both against the real Neo4j with the claim fixture graph.
import '../../src/schema/claim-check.js';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { runCheck } from '../../src/claims/command.js';
import { loadConfig } from '../../src/config.js';
import { loadClaimFixtureGraph } from '../fixtures/claims/load.js';
import { closeTestDriver, testExecutor, wipeGraph } from '../helpers/graph.js';

const ex = testExecutor();
const app = createApp({ executor: ex, api: loadConfig({}).api, production: true, isReady: async () => true });

beforeAll(async () => {
  await wipeGraph(ex);
  await loadClaimFixtureGraph(ex);
});
afterAll(closeTestDriver);

const QUERY = `query Check($input: ClaimInput!) {
  checkClaim(input: $input) {
    summary { lines deny warn info total }
    findings { rule severity lineIndexes codes message suggestion carc rarc denialReasonId ruleIds
      modifierOptions { modifier meaning startsNewGlobalPeriod paymentNote }
      sources { id title url publisher } }
  }
}`;

async function gql(input: unknown) {
  const res = await app.fetch(
    new Request('http://test/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY, variables: { input } }),
    }),
  );
  return (await res.json()) as {
    data?: { checkClaim: { summary: Record<string, number>; findings: Record<string, unknown>[] } };
    errors?: { message: string; extensions: Record<string, unknown> }[];
  };
}

const amputation = {
  lines: [{ code: '27594', dateOfService: '2026-01-21' }],
  priorSurgeries: [{ code: '27592', date: '2026-01-01' }],
};

describe('GraphQL checkClaim', () => {
  it('returns the global-period denial with CARC/RARC, the 090 rule and its sources', async () => {
    const body = await gql(amputation);
    expect(body.errors).toBeUndefined();
    const r = body.data!.checkClaim;
    expect(r.summary).toMatchObject({ lines: 1, deny: 1 });
    const f = r.findings.find((x) => x.rule === 'global-period')!;
    expect(f).toMatchObject({
      severity: 'DENY',
      carc: ['97'],
      rarc: ['M15'],
      denialReasonId: 'denial:global-period',
    });
    expect(f.ruleIds).toContain('global-090');
    expect((f.sources as { id: string }[]).map((s) => s.id)).toContain('test:iom-100-04-ch12');
  });

  it('rejects bad input with BAD_USER_INPUT and the path of each problem', async () => {
    const body = await gql({
      lines: [{ code: '27594', dateOfService: '2026-01-21', units: 0, modifiers: ['585'] }],
    });
    expect(body.data).toBeNull();
    expect(body.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors![0]!.extensions.issues).toEqual([
      { path: 'input.lines[0].modifiers[0]', message: 'must be a 2-character modifier' },
      { path: 'input.lines[0].units', message: 'must be a positive integer' },
    ]);
  });
});

describe('claimgraph check', () => {
  function io(stdin = '') {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: {
        stdout: (t: string) => out.push(t),
        stderr: (t: string) => err.push(t),
        readStdin: async () => stdin,
        openDb: async () => ({
          driver: ex.driver,
          executor: ex,
          local: undefined,
          uri: '',
          close: async () => {},
        }),
      },
    };
  }
  const file = (name: string, content: unknown) => {
    const p = path.join(tmpdir(), `claimgraph-${process.pid}-${name}`);
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
    return p;
  };

  it('exits 1 on a DENY finding and prints it readably', async () => {
    const t = io();
    expect(await runCheck([file('deny.json', amputation)], t.io)).toBe(1);
    const text = t.out.join('');
    expect(text).toContain('DENY [global-period]');
    expect(text).toContain('predicted: CARC 97, RARC M15');
  });

  it('exits 0 with 58, and prints JSON with --json from stdin', async () => {
    const with58 = { ...amputation, lines: [{ ...amputation.lines[0], modifiers: ['58'] }] };
    const t = io(JSON.stringify(with58));
    expect(await runCheck(['-', '--json'], t.io)).toBe(0);
    const result = JSON.parse(t.out.join(''));
    expect(result.summary.deny).toBe(0);
    expect(result.findings.map((f: { severity: string }) => f.severity)).toContain('INFO');
  });

  it('exits 2 on invalid input, naming the file and the JSON path', async () => {
    const t = io();
    const p = file('bad.json', { lines: [{ code: '27594', dateOfService: '2026-13-01' }] });
    expect(await runCheck([p], t.io)).toBe(2);
    expect(t.err.join('')).toBe(`${p}: lines[0].dateOfService: must be a date YYYY-MM-DD\n`);
    const broken = io();
    const q = file('broken.json', '{\n  "lines": [1 2]\n}');
    expect(await runCheck([q], broken.io)).toBe(2);
    expect(broken.err.join('')).toMatch(
      new RegExp(`^${q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:2:15: invalid JSON`),
    );
    expect(await runCheck([], io().io)).toBe(2);
  });
});
