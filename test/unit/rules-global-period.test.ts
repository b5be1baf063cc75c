import { describe, expect, it } from 'vitest';
import { globalPeriod } from '../../src/rules/global-period.js';
import { claim, context, fee } from '../fixtures/claims/context.js';

const ctx = context({
  fees: [
    fee('27592'),
    fee('27594'),
    fee('11042', { globalDays: '000' }),
    fee('10060', { globalDays: '010' }),
    fee('99213', { globalDays: 'XXX' }),
  ],
});
const after27592 = (code: string, dateOfService: string, modifiers: string[] = []) =>
  claim({
    lines: [{ code, modifiers, dateOfService }],
    priorSurgeries: [{ code: '27592', date: '2026-01-01' }],
  });

describe('global-period rule', () => {
  it('denies a procedure on day 20 of a 090 period without 58/78/79 and explains each modifier', () => {
    const [f, ...rest] = globalPeriod(after27592('27594', '2026-01-21'), ctx);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'DENY',
      ruleIds: ['global-090', 'modifier-58', 'modifier-78', 'modifier-79'],
      carc: ['97'],
      rarc: ['M15'],
    });
    expect(f!.modifierOptions.map((o) => [o.modifier, o.startsNewGlobalPeriod])).toEqual([
      ['58', true],
      ['78', false],
      ['79', true],
    ]);
    expect(f!.sources.map((s) => s.id)).toContain('src:global-090');
  });

  it('covers day 90 but not day 91 of a 090 period', () => {
    expect(globalPeriod(after27592('27594', '2026-04-01'), ctx)).toHaveLength(1); // day 90
    expect(globalPeriod(after27592('27594', '2026-04-02'), ctx)).toHaveLength(0); // day 91
  });

  it('58 and 79 give an INFO note that a new period starts; 78 one that only the intra-op share is paid', () => {
    for (const m of ['58', '79']) {
      const [f] = globalPeriod(after27592('27594', '2026-01-21', [m]), ctx);
      expect(f!.severity).toBe('INFO');
      expect(f!.message).toContain('new global period (090 days) starts');
    }
    const [f78] = globalPeriod(after27592('27594', '2026-01-21', ['78']), ctx);
    expect(f78!.severity).toBe('INFO');
    expect(f78!.message).toContain('intra-operative share (0.69)');
    expect(f78!.denialReasonId).toBeNull();
  });

  it('uses 10 days for 010 and the same day only for 000 (E/M needs 25 there)', () => {
    const c = (code: string, d: string, surgery: string) =>
      claim({ lines: [{ code, dateOfService: d }], priorSurgeries: [{ code: surgery, date: '2026-01-01' }] });
    expect(globalPeriod(c('27594', '2026-01-11', '10060'), ctx)).toHaveLength(1);
    expect(globalPeriod(c('27594', '2026-01-12', '10060'), ctx)).toHaveLength(0);
    expect(globalPeriod(c('27594', '2026-01-02', '11042'), ctx)).toHaveLength(0);
    const [em] = globalPeriod(c('99213', '2026-01-01', '11042'), ctx);
    expect(em!.modifierOptions.map((o) => o.modifier)).toEqual(['25']);
    expect(em!.ruleIds).toEqual(['global-000']);
  });

  it('an E/M visit the day before a 090 surgery needs 57, after it 24', () => {
    const dayBefore = claim({
      lines: [{ code: '99213', dateOfService: '2025-12-31' }],
      priorSurgeries: [{ code: '27592', date: '2026-01-01' }],
    });
    expect(globalPeriod(dayBefore, ctx)[0]!.modifierOptions.map((o) => o.modifier)).toEqual(['57']);
    expect(
      globalPeriod(after27592('99213', '2026-01-10'), ctx)[0]!.modifierOptions.map((o) => o.modifier),
    ).toEqual(['24']);
    expect(
      globalPeriod(after27592('99213', '2026-01-10', ['24']), ctx).filter((f) => f.severity === 'DENY'),
    ).toEqual([]);
  });

  it('treats an earlier line of the same claim as a surgery', () => {
    const c = claim({
      lines: [
        { code: '27592', dateOfService: '2026-01-01' },
        { code: '27594', dateOfService: '2026-01-21' },
      ],
    });
    const [f] = globalPeriod(c, ctx);
    expect(f!.lineIndexes).toEqual([0, 1]);
  });

  it('finds nothing without a PFS entry in effect on the surgery date', () => {
    const early = claim({
      lines: [{ code: '27594', dateOfService: '2025-09-20' }],
      priorSurgeries: [{ code: '27592', date: '2025-09-01' }],
    });
    expect(globalPeriod(early, ctx)).toEqual([]);
  });
});
