/**
 * toPlain: the boundary where driver values become plain JS. Its fast path (primitives, lists, plain
 * maps first) must still convert every driver type it meets inside them.
 */
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toPlain } from '../../src/db/values.js';

describe('toPlain', () => {
  it('turns Integers into numbers, and into strings past 2^53', () => {
    expect(toPlain(neo4j.int(42))).toBe(42);
    expect(toPlain(neo4j.int('9007199254740993'))).toBe('9007199254740993');
    expect(toPlain(10n)).toBe(10);
  });

  it('turns temporal values into ISO strings', () => {
    expect(toPlain(new neo4j.types.Date(2026, 3, 1))).toBe('2026-03-01');
    expect(toPlain(new neo4j.types.DateTime(2026, 11, 27, 16, 5, 0, 0, 0))).toBe('2026-11-27T16:05:00Z');
  });

  it('keeps primitives and converts inside nested lists and maps', () => {
    const row = {
      code: '27594',
      work: 7.11,
      na: true,
      missing: null,
      entries: [{ year: neo4j.int(2026), on: new neo4j.types.Date(2025, 10, 1) }, 'x'],
    };
    expect(toPlain(row)).toEqual({
      code: '27594',
      work: 7.11,
      na: true,
      missing: null,
      entries: [{ year: 2026, on: '2025-10-01' }, 'x'],
    });
    expect(toPlain(undefined)).toBeNull();
  });

  it('keeps the properties of a node with its labels, and of a relationship with its type', () => {
    const node = new neo4j.types.Node(neo4j.int(1), ['Code'], { code: '27594', rank: neo4j.int(3) }, 'e1');
    expect(toPlain(node)).toEqual({ code: '27594', rank: 3, __labels: ['Code'] });
    const rel = new neo4j.types.Relationship(
      neo4j.int(2),
      neo4j.int(1),
      neo4j.int(3),
      'CITES',
      { section: 'Fee' },
      'e2',
      'e1',
      'e3',
    );
    expect(toPlain(rel)).toEqual({ section: 'Fee', __type: 'CITES' });
  });
});
