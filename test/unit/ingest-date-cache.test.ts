/**
 * yyyymmdd remembers the valid cells it has seen (an NCCI release repeats a few thousand dates over
 * millions of rows); the memory must never change an answer: invalid cells stay invalid however
 * often a valid neighbour was seen, and the same valid cell keeps giving the same ISO date.
 */
import { describe, expect, it } from 'vitest';
import { yyyymmdd } from '../../src/ingest/common/values.js';

describe('yyyymmdd with its memory of valid dates', () => {
  it('answers the same valid date every time', () => {
    for (let i = 0; i < 3; i++) expect(yyyymmdd('20240229', 'd')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('keeps refusing impossible and malformed dates after valid ones were remembered', () => {
    yyyymmdd('20250228', 'd');
    for (let i = 0; i < 3; i++) {
      expect(yyyymmdd('20250229', 'effective date')).toEqual({
        ok: false,
        reason: "effective date is not a calendar date: '20250229'",
      });
      expect(yyyymmdd('2025022', 'deletion date').ok).toBe(false);
    }
  });

  it('still names the column in the reason for a cell first seen as valid elsewhere', () => {
    expect(yyyymmdd(' 20250228 ', 'deletion date')).toEqual({ ok: true, value: '2025-02-28' });
    expect(yyyymmdd('20251301', 'deletion date')).toEqual({
      ok: false,
      reason: "deletion date is not a calendar date: '20251301'",
    });
  });
});
