import { describe, expect, it } from 'vitest';
import { NCCI_BYPASS_MODIFIERS, ptpConflict } from '../../src/rules/ptp-conflict.js';
import { claim, context, ptp } from '../fixtures/claims/context.js';

const d = '2026-03-02';
const pair = (m1: string[], m2: string[], extra: Record<string, unknown> = {}) =>
  claim({
    lines: [
      { code: 'AAAAA', modifiers: m1, dateOfService: d },
      { code: 'BBBBB', modifiers: m2, dateOfService: d },
    ],
    ...extra,
  });

describe('ptp-conflict rule', () => {
  it('indicator 0: denied even with 59 or XS on either line', () => {
    const ctx = context({
      ptpEdits: [ptp('AAAAA', 'BBBBB', '0', { rationale: 'Mutually exclusive procedures' })],
    });
    for (const mods of [[], ['59'], ['XS']]) {
      const [f] = ptpConflict(pair(mods, mods), ctx);
      expect(f!.severity).toBe('DENY');
      expect(f!.denialReasonId).toBe('denial:ptp-mutually-exclusive');
    }
  });

  it('indicator 1: every NCCI bypass modifier on the column 2 code passes; none denies', () => {
    const ctx = context({ ptpEdits: [ptp('AAAAA', 'BBBBB', '1')] });
    for (const m of NCCI_BYPASS_MODIFIERS) expect(ptpConflict(pair([], [m]), ctx)).toEqual([]);
    const [f] = ptpConflict(pair([], ['22']), ctx);
    expect(f).toMatchObject({
      severity: 'DENY',
      denialReasonId: 'denial:ptp-bundled',
      carc: ['B15'],
      rarc: ['M80'],
      lineIndexes: [0, 1],
    });
  });

  it('indicator 1 with the modifier on the column 1 code: a warning to move it', () => {
    const [f] = ptpConflict(pair(['XS'], []), context({ ptpEdits: [ptp('AAAAA', 'BBBBB', '1')] }));
    expect(f!.severity).toBe('WARN');
    expect(f!.suggestion).toContain('Move XS');
  });

  it('indicator 9, inactive dates, other dates and other providers: no finding', () => {
    expect(ptpConflict(pair([], []), context({ ptpEdits: [ptp('AAAAA', 'BBBBB', '9')] }))).toEqual([]);
    const deleted = context({ ptpEdits: [ptp('AAAAA', 'BBBBB', '0', { deletionDate: '2026-03-01' })] });
    expect(ptpConflict(pair([], []), deleted)).toEqual([]);
    const future = context({ ptpEdits: [ptp('AAAAA', 'BBBBB', '0', { effectiveDate: '2026-03-03' })] });
    expect(ptpConflict(pair([], []), future)).toEqual([]);
    const ctx = context({ ptpEdits: [ptp('AAAAA', 'BBBBB', '0')] });
    const twoDays = claim({
      lines: [
        { code: 'AAAAA', dateOfService: d },
        { code: 'BBBBB', dateOfService: '2026-03-03' },
      ],
    });
    expect(ptpConflict(twoDays, ctx)).toEqual([]);
    const twoDoctors = claim({
      lines: [
        { code: 'AAAAA', dateOfService: d, renderingProvider: 'A' },
        { code: 'BBBBB', dateOfService: d, renderingProvider: 'B' },
      ],
    });
    expect(ptpConflict(twoDoctors, ctx)).toEqual([]);
    expect(ptpConflict({ ...twoDoctors, setting: 'HOSPITAL' }, ctx)).toHaveLength(1);
  });

  it('uses the bypass list the graph states when the Rule node lists it', () => {
    const ctx = context({
      ptpEdits: [ptp('AAAAA', 'BBBBB', '1')],
      rules: [{ id: 'ncci-ptp-bypass', statement: '', allows: ['XS'], sources: [] }],
    });
    expect(ptpConflict(pair([], ['XS']), ctx)).toEqual([]);
    expect(ptpConflict(pair([], ['59']), ctx)).toHaveLength(1);
  });
});
