/**
 * The client examples against the app on a real socket. The Python example (examples/python/pull_codes.py) against the app on a real socket: it pages through
 * the `codes` connection with cursors and builds a pandas DataFrame. Uses python3 when it already has
 * requests and pandas, else a venv under test/artifacts with examples/python/requirements.txt.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeTrace, request } from '../../examples/typescript/trace-national-rate.js';
import { TraceNationalRateDocument } from '../../src/generated/graphql.js';
import { repoRoot } from './support/browser.js';
import { type ServedApp, serveSeededApp } from './support/server.js';

let served: ServedApp;
let python: string;

/** For setup only: blocks the event loop, so never while the in-process server must answer. */
function run(cmd: string, args: string[]) {
  return spawnSync(cmd, args, { cwd: repoRoot, encoding: 'utf8', timeout: 600_000 });
}

/** Runs the example without blocking, so the in-process server can answer it. */
function runExample(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(python, ['examples/python/pull_codes.py', ...args], { cwd: repoRoot });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString();
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** python3 if it can import the example's dependencies, else a venv with them installed. */
function pythonWithDeps(): string {
  if (run('python3', ['-c', 'import pandas, requests']).status === 0) return 'python3';
  const venv = path.join(repoRoot, 'test', 'artifacts', 'python-venv');
  const bin = path.join(venv, 'bin', 'python');
  if (!existsSync(bin)) {
    const made = run('python3', ['-m', 'venv', venv]);
    if (made.status !== 0) throw new Error(`python3 -m venv failed: ${made.stderr}`);
  }
  if (run(bin, ['-c', 'import pandas, requests']).status !== 0) {
    const pip = run(bin, ['-m', 'pip', 'install', '--quiet', '-r', 'examples/python/requirements.txt']);
    if (pip.status !== 0) throw new Error(`pip install failed: ${pip.stderr}`);
  }
  return bin;
}

beforeAll(async () => {
  served = await serveSeededApp();
  python = pythonWithDeps();
}, 600_000);

afterAll(async () => {
  await served?.close();
});

async function apiCodes(globalPeriod: string): Promise<string[]> {
  const res = await fetch(`${served.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'query($g: String!) { codes(globalPeriod: $g, first: 500) { edges { node { code } } } }',
      variables: { g: globalPeriod },
    }),
  });
  const body = (await res.json()) as { data: { codes: { edges: { node: { code: string } }[] } } };
  return body.data.codes.edges.map((e) => e.node.code);
}

describe('examples/python/pull_codes.py', () => {
  it('pages through every 090-day code into a DataFrame, two codes per request', async () => {
    const expected = await apiCodes('090');
    expect(expected).toContain('27594');
    const out = await runExample([
      '--url',
      `${served.url}/graphql`,
      '--global-period',
      '090',
      '--page-size',
      '2',
    ]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const summary = out.stdout.trim().split('\n').at(-1) ?? '';
    const match = /^rows=(\d+) pages=(\d+) codes=(.*)$/.exec(summary);
    expect(match, out.stdout).not.toBeNull();
    const [, rows, pages, codes] = match!;
    expect(codes!.split(',')).toEqual(expected);
    expect(Number(rows)).toBe(expected.length);
    expect(Number(pages)).toBe(Math.max(1, Math.ceil(expected.length / 2)));
    expect(out.stdout).toMatch(/27594\s+Amputation follow-up surgery\s+A\s+RVU26A\s+7\.11/);
  });

  it('fails with the GraphQL error message when the server rejects the query', async () => {
    const out = await runExample(['--url', `${served.url}/graphql`, '--page-size', '0']);
    expect(out.status).not.toBe(0);
    expect(out.stderr).toContain('GraphQL errors');
  });
});

describe('examples/typescript/trace-national-rate.ts (the codegen client), on the same server', () => {
  it("traces 27594's RVU26A national rate to its release and sources", async () => {
    const result = await request(`${served.url}/graphql`, TraceNationalRateDocument, {
      code: '27594',
      release: 'RVU26A',
    });
    const fee = result.code?.feeSchedule;
    expect(fee?.releaseVersion).toBe('RVU26A');
    const lines = describeTrace(result);
    expect(lines[0]).toBe(
      `27594 RVU26A: total RVU ${fee?.totalRvu} × CF ${fee?.conversionFactor} = $${fee?.nationalRate?.amount}`,
    );
    expect(lines.length).toBe(1 + (fee?.sources.length ?? 0));
    expect(lines.some((l) => l.includes('release RVU26A'))).toBe(true);
  });
});
