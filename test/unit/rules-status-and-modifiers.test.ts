import { describe, expect, it } from 'vitest';
import { parseClaim } from '../../src/claims/input.js';
import { distinctServiceModifiers } from '../../src/rules/distinct-service-modifiers.js';
import { statusCode } from '../../src/rules/status-code.js';
import { claim, context, fee } from '../fixtures/claims/context.js';

describe('status-code rule', () => {
  const one = (status: string) =>
    statusCode(
      claim({ lines: [{ code: 'G0000', dateOfService: '2026-03-02' }] }),
      context({ fees: [fee('G0000', { statusCode: status })] }),
    );
  it('denies B, N, I and X; is silent on A and R; notes C and M', () => {
    for (const s of ['B', 'N', 'I', 'X']) expect(one(s).map((f) => f.severity)).toEqual(['DENY']);
    expect(one('A')).toEqual([]);
    expect(one('R')).toEqual([]);
    expect(one('C').map((f) => f.severity)).toEqual(['INFO']);
    expect(one('M')[0]!.denialReasonId).toBeNull();
  });

  it('T warns only when another service is on the same date', () => {
    const ctx = context({ fees: [fee('G0000', { statusCode: 'T' })] });
    expect(statusCode(claim({ lines: [{ code: 'G0000', dateOfService: '2026-03-02' }] }), ctx)).toEqual([]);
    const two = claim({
      lines: [
        { code: 'G0000', dateOfService: '2026-03-02' },
        { code: '99213', dateOfService: '2026-03-02' },
      ],
    });
    expect(statusCode(two, ctx).map((f) => f.severity)).toEqual(['WARN']);
  });
});

describe('distinct-service-modifiers rule', () => {
  it('warns on 59 with an X modifier on the same line, not on either alone', () => {
    const c = (m: string[]) =>
      claim({ lines: [{ code: '20610', modifiers: m, dateOfService: '2026-03-02' }] });
    expect(distinctServiceModifiers(c(['59', 'XS']), context()).map((f) => f.severity)).toEqual(['WARN']);
    expect(distinctServiceModifiers(c(['59']), context())).toEqual([]);
    expect(distinctServiceModifiers(c(['XS', 'RT']), context())).toEqual([]);
  });
});

describe('claim input', () => {
  it('names the JSON path of each problem', () => {
    expect(() =>
      parseClaim({
        lines: [
          { code: '27594', dateOfService: '2026-01-01' },
          { code: '27594', dateOfService: '2026-01-01', units: -1 },
        ],
      }),
    ).toThrow('lines[1].units: must be a positive integer');
    expect(() => parseClaim({ lines: [{ code: '27594', dateOfService: '2026-02-30' }] })).toThrow(
      'lines[0].dateOfService: must be a date YYYY-MM-DD',
    );
    expect(() =>
      parseClaim({
        lines: Array.from({ length: 501 }, () => ({ code: '27594', dateOfService: '2026-01-01' })),
      }),
    ).toThrow('lines: must hold at most 500 lines');
    expect(() => parseClaim({ lines: [], setting: 'X' })).toThrow(
      "setting: must be 'PRACTITIONER' or 'HOSPITAL'",
    );
  });

  it('normalizes: upper-case codes and modifiers, default units and setting, claim POS on lines', () => {
    const c = parseClaim({
      placeOfService: '22',
      lines: [{ code: 'g0283', modifiers: ['rt', 'rt'], dateOfService: '2026-01-01' }],
    });
    expect(c.setting).toBe('PRACTITIONER');
    expect(c.lines[0]).toMatchObject({ code: 'G0283', modifiers: ['RT'], units: 1, placeOfService: '22' });
  });
});
