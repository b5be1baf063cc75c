import { describe, expect, it } from 'vitest';
import { siteOfService } from '../../src/rules/site-of-service.js';
import { claim, context, fee } from '../fixtures/claims/context.js';

const at = (pos: string, setting = 'PRACTITIONER') =>
  claim({ setting, placeOfService: pos, lines: [{ code: '27594', dateOfService: '2026-03-02' }] });

describe('site-of-service rule', () => {
  const ctx = context({ fees: [fee('27594', { nonFacilityNa: 'NA' })] });

  it('office (11) where the non-facility NA indicator is set is denied', () => {
    const [f] = siteOfService(at('11'), ctx);
    expect(f).toMatchObject({ severity: 'DENY', denialReasonId: 'denial:site-of-service', carc: ['58'] });
  });

  it('facility places of service pass; hospital claims are not judged by the PFS', () => {
    expect(siteOfService(at('22'), ctx)).toEqual([]);
    expect(siteOfService(at('21'), ctx)).toEqual([]);
    expect(siteOfService(at('11', 'HOSPITAL'), ctx)).toEqual([]);
  });

  it('the line place of service overrides the claim one', () => {
    const c = claim({
      placeOfService: '22',
      lines: [{ code: '27594', placeOfService: '11', dateOfService: '2026-03-02' }],
    });
    expect(siteOfService(c, ctx)).toHaveLength(1);
  });

  it('ASC (24): warns when ASC data is loaded and the code is not on it or not paid', () => {
    const none = context({ fees: [fee('27594')], ascDataLoaded: true });
    expect(siteOfService(at('24'), none).map((f) => f.severity)).toEqual(['WARN']);
    const paid = context({
      fees: [fee('27594')],
      ascDataLoaded: true,
      ascPayments: [{ code: '27594', paymentIndicator: 'A2', release: null }],
    });
    expect(siteOfService(at('24'), paid)).toEqual([]);
    const notPaid = context({
      fees: [fee('27594')],
      ascDataLoaded: true,
      ascPayments: [{ code: '27594', paymentIndicator: 'C5', release: null }],
    });
    expect(siteOfService(at('24'), notPaid)[0]!.message).toContain('C5');
    expect(siteOfService(at('24'), context({ fees: [fee('27594')] }))).toEqual([]);
  });
});
