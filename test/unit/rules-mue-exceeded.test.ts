import { describe, expect, it } from 'vitest';
import { mueExceeded } from '../../src/rules/mue-exceeded.js';
import { claim, context, mue } from '../fixtures/claims/context.js';

const d = '2026-03-02';
const lines = (...units: number[]) =>
  claim({ lines: units.map((u) => ({ code: '20610', units: u, dateOfService: d })) });

describe('mue-exceeded rule', () => {
  it('MAI 1 compares each line with the value', () => {
    const ctx = context({ mues: [mue('20610', 2, '1')] });
    expect(mueExceeded(lines(2, 2), ctx)).toEqual([]);
    const [f, ...rest] = mueExceeded(lines(3, 1), ctx);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ lineIndexes: [0], carc: ['151'], rarc: ['N362'], severity: 'DENY' });
    expect(f!.message).toContain('MAI 1');
  });

  it('MAI 2 and 3 sum the units of the date', () => {
    for (const mai of ['2', '3']) {
      const ctx = context({ mues: [mue('20610', 2, mai)] });
      const [f] = mueExceeded(lines(2, 1), ctx);
      expect(f!.lineIndexes).toEqual([0, 1]);
      expect(f!.message).toContain(`3 unit(s)`);
      expect(f!.message).toContain(`MAI ${mai}`);
      expect(mueExceeded(lines(1, 1), ctx)).toEqual([]);
    }
  });

  it('counts each date separately', () => {
    const c = claim({
      lines: [
        { code: '20610', units: 2, dateOfService: d },
        { code: '20610', units: 2, dateOfService: '2026-03-03' },
      ],
    });
    expect(mueExceeded(c, context({ mues: [mue('20610', 2, '2')] }))).toEqual([]);
  });
});
