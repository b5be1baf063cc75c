import { describe, expect, it } from 'vitest';
import { modifierIndicators } from '../../src/rules/modifier-indicators.js';
import { claim, context, fee } from '../fixtures/claims/context.js';

const line = (modifiers: string[]) =>
  claim({ lines: [{ code: '27594', modifiers, dateOfService: '2026-03-02' }] });
const sev = (over: Record<string, unknown>, mods: string[]) =>
  modifierIndicators(line(mods), context({ fees: [fee('27594', over)] })).map((f) => f.severity);

describe('modifier-indicators rule', () => {
  it('62 by CO-SURG: 0 and 9 deny, 1 warns, 2 passes', () => {
    expect(sev({ coSurg: '0' }, ['62'])).toEqual(['DENY']);
    expect(sev({ coSurg: '9' }, ['62'])).toEqual(['DENY']);
    expect(sev({ coSurg: '1' }, ['62'])).toEqual(['WARN']);
    expect(sev({ coSurg: '2' }, ['62'])).toEqual([]);
  });

  it('50 by BILAT SURG: 1 and 3 pass, 0 warns, 2 and 9 deny', () => {
    expect(sev({ bilatSurg: '1' }, ['50'])).toEqual([]);
    expect(sev({ bilatSurg: '3' }, ['50'])).toEqual([]);
    expect(sev({ bilatSurg: '0' }, ['50'])).toEqual(['WARN']);
    expect(sev({ bilatSurg: '2' }, ['50'])).toEqual(['DENY']);
    expect(sev({ bilatSurg: '9' }, ['50'])).toEqual(['DENY']);
  });

  it('80, 82 and AS by ASST SURG: 1 and 9 deny, 0 warns, 2 passes; numeric storage works too', () => {
    expect(sev({ asstSurg: '1' }, ['80', '82', 'AS'])).toEqual(['DENY', 'DENY', 'DENY']);
    expect(sev({ asstSurg: 9 }, ['80'])).toEqual(['DENY']);
    expect(sev({ asstSurg: '0' }, ['AS'])).toEqual(['WARN']);
    expect(sev({ asstSurg: '2' }, ['80'])).toEqual([]);
  });

  it('66 by TEAM SURG, with the denial CARC', () => {
    const [f] = modifierIndicators(line(['66']), context({ fees: [fee('27594', { teamSurg: '0' })] }));
    expect(f).toMatchObject({ severity: 'DENY', carc: ['4'], denialReasonId: 'denial:modifier-indicator' });
    expect(f!.sources.map((s) => s.id)).toContain('test:pfs');
  });

  it('no PFS entry, no finding', () => {
    expect(modifierIndicators(line(['62']), context())).toEqual([]);
  });
});
