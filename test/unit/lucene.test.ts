import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toLuceneQuery } from '../../src/graph/search/lucene.js';

describe('search text to Lucene', () => {
  it('requires every term, exactly or as a prefix', () => {
    expect(toLuceneQuery('Amputation thigh')).toBe('+(amputation OR amputation*) +(thigh OR thigh*)');
  });

  it('drops operators and syntax instead of passing them on', () => {
    expect(toLuceneQuery('title:x AND (y OR z) NOT "w" ~ * ? \\ /')).toBe(
      '+(title OR title*) +(x OR x*) +(y OR y*) +(z OR z*) +(w OR w*)',
    );
    expect(toLuceneQuery('*** && || !')).toBeNull();
  });

  it('refuses over-long text', () => {
    expect(() => toLuceneQuery('a'.repeat(201))).toThrow(/limited to 200/);
  });

  it('never lets a Lucene metacharacter through unescaped, whatever the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        const q = toLuceneQuery(text);
        if (q === null) return;
        const inner = q.replace(/\+\(|\)| OR |\*(?=\))/g, ' ');
        expect(inner).not.toMatch(/[+\-&|!(){}[\]^"~?:\\/]/);
      }),
    );
  });
});
