import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaim } from '../../src/claims/engine.js';
import { ClaimInputError } from '../../src/claims/input.js';
import type { ClaimCheckResult, Finding } from '../../src/claims/types.js';
import { loadClaimFixtureGraph } from '../fixtures/claims/load.js';
import { closeTestDriver, graphFingerprint, testExecutor, wipeGraph } from '../helpers/graph.js';

const ex = testExecutor();

beforeAll(async () => {
  await wipeGraph(ex);
  await loadClaimFixtureGraph(ex);
});
afterAll(closeTestDriver);

const byRule = (r: ClaimCheckResult, rule: string, severity?: Finding['severity']) =>
  r.findings.filter((f) => f.rule === rule && (!severity || f.severity === severity));

function amputationClaim(modifiers: string[] = []) {
  return {
    lines: [
      {
        code: '27594',
        modifiers,
        dateOfService: '2026-01-21',
        placeOfService: '21',
        renderingProvider: 'DR-A',
      },
    ],
    priorSurgeries: [{ code: '27592', date: '2026-01-01', provider: 'DR-A' }],
  };
}

describe('checkClaim: global period (27594 on day 20 after 27592)', () => {
  it('without a modifier: a DENY finding citing the 090 rule, suggesting 58 or 78, with CARC/RARC', async () => {
    const r = await checkClaim(ex, amputationClaim());
    const [f, ...rest] = byRule(r, 'global-period', 'DENY');
    expect(rest).toHaveLength(0);
    expect(f).toBeDefined();
    expect(f!.ruleIds).toContain('global-090');
    expect(f!.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['test:iom-100-04-ch12', 'test:pfs-rvu25d']),
    );
    expect(f!.message).toContain('day 20');
    expect(f!.suggestion).toMatch(/58.*staged/);
    expect(f!.suggestion).toMatch(/78.*complication/);
    expect(f!.modifierOptions.map((o) => o.modifier)).toEqual(['58', '78', '79']);
    const m78 = f!.modifierOptions.find((o) => o.modifier === '78')!;
    expect(m78.startsNewGlobalPeriod).toBe(false);
    expect(m78.paymentNote).toContain('0.69');
    expect(f!.modifierOptions.find((o) => o.modifier === '58')!.startsNewGlobalPeriod).toBe(true);
    expect(f!.denialReasonId).toBe('denial:global-period');
    expect(f!.carc).toEqual(['97']);
    expect(f!.rarc).toEqual(['M15']);
  });

  it('with 58: no global-period denial, an INFO note that a new global period starts', async () => {
    const r = await checkClaim(ex, amputationClaim(['58']));
    expect(byRule(r, 'global-period', 'DENY')).toHaveLength(0);
    expect(byRule(r, 'global-period', 'WARN')).toHaveLength(0);
    const [note] = byRule(r, 'global-period', 'INFO');
    expect(note!.message).toMatch(/new global period \(090 days\) starts/);
    expect(note!.ruleIds).toEqual(['global-090', 'modifier-58']);
  });

  it('with 78: an INFO note that only the intra-operative share (0.69) is paid', async () => {
    const r = await checkClaim(ex, amputationClaim(['78']));
    expect(byRule(r, 'global-period', 'DENY')).toHaveLength(0);
    const [note] = byRule(r, 'global-period', 'INFO');
    expect(note!.message).toContain('intra-operative share (0.69)');
    expect(note!.message).toMatch(/no new global period/i);
    expect(note!.modifierOptions[0]!.startsNewGlobalPeriod).toBe(false);
  });

  it('day 91 is outside the 090 period; a different surgeon gets an INFO note, not a denial', async () => {
    const late = await checkClaim(ex, {
      ...amputationClaim(),
      lines: [{ code: '27594', dateOfService: '2026-04-02' }],
    });
    expect(byRule(late, 'global-period')).toHaveLength(0);
    const other = amputationClaim();
    other.lines[0]!.renderingProvider = 'DR-B';
    const r = await checkClaim(ex, other);
    expect(byRule(r, 'global-period', 'DENY')).toHaveLength(0);
    expect(byRule(r, 'global-period', 'INFO')).toHaveLength(1);
  });
});

describe('checkClaim: NCCI PTP edits', () => {
  const dos = '2026-03-02';
  it('a pair with modifier indicator 0 is flagged even with 59 on the column 2 code', async () => {
    const r = await checkClaim(ex, {
      lines: [
        { code: '27447', dateOfService: dos },
        { code: '29881', modifiers: ['59'], dateOfService: dos },
      ],
    });
    const [f, ...rest] = byRule(r, 'ptp-conflict');
    expect(rest).toHaveLength(0);
    expect(f!.severity).toBe('DENY');
    expect(f!.lineIndexes).toEqual([0, 1]);
    expect(f!.message).toContain('59 cannot bypass');
    expect(f!.denialReasonId).toBe('denial:ptp-mutually-exclusive');
    expect(f!.carc).toEqual(['231']);
    expect(f!.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining(['test:ncci-policy-manual', 'test:ncci-ptp']),
    );
  });

  it('a pair with modifier indicator 1 and XS on the column 2 code passes', async () => {
    const r = await checkClaim(ex, {
      lines: [
        { code: '27447', dateOfService: dos },
        { code: '20610', modifiers: ['XS'], dateOfService: dos },
      ],
    });
    expect(byRule(r, 'ptp-conflict')).toHaveLength(0);
  });

  it('indicator 1 without a modifier is denied as bundled; on the column 1 code it is a warning', async () => {
    const none = await checkClaim(ex, {
      lines: [
        { code: '27447', dateOfService: dos },
        { code: '20610', dateOfService: dos },
      ],
    });
    const [f] = byRule(none, 'ptp-conflict', 'DENY');
    expect(f!.denialReasonId).toBe('denial:ptp-bundled');
    expect(f!.carc).toEqual(['B15']);
    expect(f!.rarc).toEqual(['M80']);
    const wrongLine = await checkClaim(ex, {
      lines: [
        { code: '27447', modifiers: ['XS'], dateOfService: dos },
        { code: '20610', dateOfService: dos },
      ],
    });
    expect(byRule(wrongLine, 'ptp-conflict').map((x) => x.severity)).toEqual(['WARN']);
  });

  it('respects dates, settings, indicator 9 and superseded releases', async () => {
    const lines = (d: string, a: string, b: string) => [
      { code: a, dateOfService: d },
      { code: b, dateOfService: d },
    ];
    // 27592/11042 was deleted on 2026-02-28.
    expect(
      byRule(await checkClaim(ex, { lines: lines('2026-02-28', '27592', '11042') }), 'ptp-conflict'),
    ).toHaveLength(1);
    expect(
      byRule(await checkClaim(ex, { lines: lines('2026-03-01', '27592', '11042') }), 'ptp-conflict'),
    ).toHaveLength(0);
    // Different dates: no edit applies.
    const split = await checkClaim(ex, {
      lines: [
        { code: '27447', dateOfService: dos },
        { code: '29881', dateOfService: '2026-03-03' },
      ],
    });
    expect(byRule(split, 'ptp-conflict')).toHaveLength(0);
    // The edits are practitioner edits; a hospital claim does not meet them.
    expect(
      byRule(
        await checkClaim(ex, { setting: 'HOSPITAL', lines: lines(dos, '27447', '29881') }),
        'ptp-conflict',
      ),
    ).toHaveLength(0);
    expect(
      byRule(await checkClaim(ex, { lines: lines(dos, '11042', '64450') }), 'ptp-conflict'),
    ).toHaveLength(0);
    // 27592/20610 exists only in a superseded release.
    expect(
      byRule(await checkClaim(ex, { lines: lines(dos, '27592', '20610') }), 'ptp-conflict'),
    ).toHaveLength(0);
  });
});

describe('checkClaim: MUE, indicators, site of service', () => {
  it('sums units per date for MAI 2 and counts per line for MAI 1', async () => {
    const r = await checkClaim(ex, {
      lines: [
        { code: '27594', modifiers: ['RT'], dateOfService: '2026-03-02' },
        { code: '27594', modifiers: ['LT'], dateOfService: '2026-03-02' },
        { code: '20610', units: 2, dateOfService: '2026-03-02' },
        { code: '20610', units: 2, dateOfService: '2026-03-02' },
      ],
    });
    const mue = byRule(r, 'mue-exceeded');
    expect(mue).toHaveLength(1);
    expect(mue[0]!.lineIndexes).toEqual([0, 1]);
    expect(mue[0]!.message).toContain('MAI 2');
    expect(mue[0]!.rarc).toEqual(['N362']);
  });

  it('flags 62, 80 and office POS where the RVU file forbids them', async () => {
    const r = await checkClaim(ex, {
      placeOfService: '11',
      lines: [{ code: '27594', modifiers: ['62', '80'], dateOfService: '2026-03-02' }],
    });
    const mods = byRule(r, 'modifier-indicators');
    expect(mods.map((f) => f.message.slice(0, 11)).sort()).toEqual(['Modifier 62', 'Modifier 80']);
    expect(mods.every((f) => f.severity === 'DENY' && f.carc[0] === '4')).toBe(true);
    const site = byRule(r, 'site-of-service');
    expect(site).toHaveLength(1);
    expect(site[0]!.message).toContain('NA');
    expect(site[0]!.sources.map((s) => s.id)).toContain('test:pfs-rvu25d');
  });

  it('reads the graph in one round trip whatever the line count, and writes nothing', async () => {
    const before = await graphFingerprint(ex);
    const counted = ex.forRequest();
    const lines = Array.from({ length: 100 }, (_, i) => ({
      code: ['27447', '20610', '29881', '27594'][i % 4]!,
      dateOfService: '2026-03-02',
    }));
    await checkClaim(counted, { lines, priorSurgeries: [{ code: '27592', date: '2026-02-01' }] });
    expect(counted.roundTrips.names).toEqual(['claims/claim-context-by-codes']);
    expect(await graphFingerprint(ex)).toEqual(before);
  });

  it('rejects invalid input with the JSON path, before any read', async () => {
    const counted = ex.forRequest();
    const err = await checkClaim(counted, {
      lines: [
        { code: '27594', dateOfService: '2026-01-01' },
        { code: '27594', units: 0, dateOfService: '2026-01-01' },
      ],
    }).catch((e) => e);
    expect(err).toBeInstanceOf(ClaimInputError);
    expect(err.message).toBe('lines[1].units: must be a positive integer');
    expect(counted.roundTrips.count).toBe(0);
  });
});
