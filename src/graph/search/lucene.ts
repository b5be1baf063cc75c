/**
 * Turns user text into a safe Lucene query for the full-text index: every term is escaped, operators
 * (AND/OR/NOT, + - && || ! ( ) { } [ ] ^ " ~ * ? : \ /) lose their meaning, and each term is searched
 * exactly and as a prefix. The raw text never reaches Lucene.
 */
import { GraphQLError } from 'graphql';

export const MAX_SEARCH_LENGTH = 200;
export const MAX_SEARCH_TERMS = 16;

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

export function escapeLuceneTerm(term: string): string {
  return term.replace(SPECIAL, (c) => `\\${c}`);
}

export function toLuceneQuery(text: string): string | null {
  if (text.length > MAX_SEARCH_LENGTH) {
    throw new GraphQLError(`Search text is limited to ${MAX_SEARCH_LENGTH} characters; got ${text.length}.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'text' },
    });
  }
  const terms = text
    .replace(/\p{C}/gu, ' ')
    .replace(SPECIAL, ' ')
    .split(/\s+/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && !/^(AND|OR|NOT|TO)$/.test(t))
    .slice(0, MAX_SEARCH_TERMS);
  if (terms.length === 0) return null;
  // Every term must match (exactly or as a prefix); lowercase so the standard analyzer agrees.
  return terms
    .map((t) => {
      const e = escapeLuceneTerm(t.toLowerCase());
      return `+(${e} OR ${e}*)`;
    })
    .join(' ');
}
