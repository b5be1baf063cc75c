// The must-show cases against the REAL seed graph (seeds/*.json and the shared code page) plus a small
// synthetic PTP file imported through the real NCCI PTP importer, so the rules meet the property
// names and release protocol the importers and seeds actually write.
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/claims/engine.js';
import type { ClaimCheckResult } from '../../src/claims/types.js';
import { ptpPractitionerSpec } from '../../src/ingest/ptp/spec.js';
import { importRelease } from '../../src/ingest/release/run.js';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';
import { fixturePath } from '../fixtures/claims/load.js';
import { closeTestDriver, testExecutor, wipeGraph } from '../helpers/graph.js';

const ex = testExecutor();
const pagesDir = path.resolve(__dirname, '../../../shared/pages');

beforeAll(async () => {
  await wipeGraph(ex);
  await loadSeedGraph(ex, { pagesDir });
  await importRelease(ptpPractitionerSpec, {
    executor: ex,
    files: [fixturePath('ptp-practitioner-synthetic.txt')],
    version: '2026Q1',
    effectiveDate: '2026-01-01',
    synthetic: true,
  });
});
afterAll(closeTestDriver);

const global = (r: ClaimCheckResult, severity: string) =>
  r.findings.filter((f) => f.rule === 'global-period' && f.severity === severity);
const claim = (modifiers: string[]) => ({
  lines: [{ code: '27594', modifiers, dateOfService: '2026-02-20' }],
  priorSurgeries: [{ code: '27592', date: '2026-01-31' }],
});

describe('claim check on the seed graph', () => {
  it('27594 on day 20 after 27592 without a modifier: the 090 rule, 58/78 suggested, CARC/RARC from the seeds', async () => {
    const r = await checkClaim(ex, claim([]));
    const [f, ...rest] = global(r, 'DENY');
    expect(rest).toEqual([]);
    expect(f!.message).toContain('day 20');
    expect(f!.ruleIds).toContain('global-090');
    expect(f!.sources.map((s) => s.id)).toContain('cms:claims-manual-ch12');
    expect(f!.suggestion).toMatch(/58 if .* staged/);
    expect(f!.suggestion).toMatch(/78 if .* complication/);
    expect(f!.carc.length).toBeGreaterThan(0);
    expect(f!.rarc.length).toBeGreaterThan(0);
  });

  it('with 58: no global-period denial; with 78: only the intra-operative share of the seeded release', async () => {
    expect(global(await checkClaim(ex, claim(['58'])), 'DENY')).toEqual([]);
    const r78 = await checkClaim(ex, claim(['78']));
    expect(global(r78, 'DENY')).toEqual([]);
    const [note] = global(r78, 'INFO');
    expect(note!.message).toMatch(/only the intra-operative share \(0\.69\)/i);
  });

  it('PTP from the imported release: indicator 0 flagged even with 59; indicator 1 with XS on column 2 passes', async () => {
    const d = '2026-03-02';
    const zero = await checkClaim(ex, {
      lines: [
        { code: '27590', dateOfService: d },
        { code: '27594', modifiers: ['59'], dateOfService: d },
      ],
    });
    const [f] = zero.findings.filter((x) => x.rule === 'ptp-conflict');
    expect(f).toMatchObject({ severity: 'DENY', denialReasonId: 'denial:ptp-mutually-exclusive' });
    expect(f!.carc.length).toBeGreaterThan(0);
    expect(f!.sources.map((s) => s.id)).toContain('cms:ncci-policy-manual');
    const one = await checkClaim(ex, {
      lines: [
        { code: '27592', dateOfService: d },
        { code: '27596', modifiers: ['XS'], dateOfService: d },
      ],
    });
    expect(one.findings.filter((x) => x.rule === 'ptp-conflict')).toEqual([]);
    const deleted = await checkClaim(ex, {
      lines: [
        { code: '27880', dateOfService: d },
        { code: '27882', dateOfService: d },
      ],
    });
    expect(deleted.findings.filter((x) => x.rule === 'ptp-conflict')).toEqual([]);
  });

  it('27594 in the office: the RVU file marks non-facility NA', async () => {
    const r = await checkClaim(ex, {
      placeOfService: '11',
      lines: [{ code: '27594', dateOfService: '2026-03-02' }],
    });
    expect(r.findings.filter((f) => f.rule === 'site-of-service').map((f) => f.severity)).toEqual(['DENY']);
  });
});
