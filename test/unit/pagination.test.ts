import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor, resolvePage, toConnection } from '../../src/graph/pagination.js';

const defaults = { defaultSize: 50, maxSize: 500 };

describe('keyset pagination', () => {
  it('round-trips a sort key through an opaque cursor', () => {
    const c = encodeCursor('27592');
    expect(c).not.toContain('27592');
    expect(decodeCursor(c)).toBe('27592');
  });

  it('refuses a cursor it did not make', () => {
    expect(() => decodeCursor('bm90LWEtY3Vyc29y')).toThrow(/not a cursor/);
  });

  it.each([0, -1, 501, 99999999, 1.5])('refuses first = %s with the allowed range', (first) => {
    expect(() => resolvePage({ first }, defaults)).toThrow(/between 1 and 500/);
  });

  it('refuses backward paging', () => {
    expect(() => resolvePage({ last: 5 }, defaults)).toThrow(/forward only/);
  });

  it('uses the extra row only to know that a next page exists', () => {
    const page = resolvePage({ first: 2 }, defaults);
    const conn = toConnection(['a', 'b', 'c'], page, (x) => x);
    expect(conn.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(conn.pageInfo.hasNextPage).toBe(true);
    expect(decodeCursor(conn.pageInfo.endCursor!)).toBe('b');
    const last = toConnection(
      ['d'],
      resolvePage({ first: 2, after: conn.pageInfo.endCursor }, defaults),
      (x) => x,
    );
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(last.pageInfo.hasPreviousPage).toBe(true);
  });
});
