/**
 * RELIABILITY.md, "GraphQL API": hostile input in arguments. Cypher metacharacters in every string
 * argument are literals (node and relationship counts and the graph hash unchanged), Lucene syntax in
 * search is escaped, and fast-check fuzzing of every argument of every root field always gets a valid
 * GraphQL response, never a 5xx, with the database unchanged.
 */
import fc from 'fast-check';
import {
  type GraphQLArgument,
  type GraphQLInputType,
  getNamedType,
  isEnumType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../src/schema/index.js';
import { closeTestDriver, graphFingerprint } from '../helpers/graph.js';
import { gqlPost, loadSeed, productionApp, type Reply } from './support.js';

const app = productionApp();
const rootFields = Object.values(schema.getQueryType()?.getFields() ?? {});
let before: Awaited<ReturnType<typeof graphFingerprint>>;

beforeAll(async () => {
  await loadSeed();
  before = await graphFingerprint();
});
afterAll(closeTestDriver);

function typeString(t: GraphQLInputType): string {
  return t.toString();
}

/** `query Q($a: T, …) { field(a: $a, …) { __typename } }` for a root field and some of its arguments. */
function operationFor(fieldName: string, args: readonly GraphQLArgument[]): string {
  const field = rootFields.find((f) => f.name === fieldName);
  if (!field) throw new Error(fieldName);
  const defs = args.map((a) => `$${a.name}: ${typeString(a.type)}`).join(', ');
  const uses = args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `query Q${defs ? `(${defs})` : ''} { ${field.name}${uses ? `(${uses})` : ''}${selection} }`;
}

/** A response is a GraphQL response: JSON, data and/or errors, every error with a message. */
function expectGraphQLShape(r: Reply) {
  expect(r.status, r.text.slice(0, 300)).toBeLessThan(500);
  expect(r.json, r.text.slice(0, 300)).not.toBeNull();
  const body = r.json ?? {};
  expect('data' in body || 'errors' in body).toBe(true);
  for (const e of body.errors ?? []) {
    expect(typeof e.message).toBe('string');
    expect(typeof e.extensions?.code).toBe('string');
    // Messages may quote the caller's own input, never internals: no stack, no driver error, no bolt URL.
    expect(e.message).not.toMatch(/bolt:\/\/|\.ts:\d+|Neo4jError|\n\s+at /);
  }
  expect(r.json?.errors?.map((e) => e.extensions?.code) ?? []).not.toContain('INTERNAL_SERVER_ERROR');
}

const INJECTIONS = [
  "'",
  '"',
  '`',
  "'}) MATCH (n) DETACH DELETE n //",
  '"}) MATCH (n) DETACH DELETE n //',
  '`) MATCH (n) DETACH DELETE n //',
  '\\u0000NUL\u0000',
  '$code',
  '{code: "27594"}',
  'x'.repeat(100 * 1024 - 200),
];

const stringArgs = rootFields.flatMap((f) =>
  f.args
    .filter((a) => isScalarType(getNamedType(a.type)))
    .filter((a) => !['Int', 'Boolean', 'Float'].includes(getNamedType(a.type).name))
    .map((a) => [f, a] as const),
);

describe('Cypher metacharacters in every string argument', () => {
  it('finds string arguments on the root fields', () => {
    expect(stringArgs.length).toBeGreaterThan(10);
  });

  it.each(stringArgs.map(([f, a]) => [`${f.name}(${a.name})`, f.name, a.name]))(
    '%s treats them as literals',
    async (_label, fieldName, argName) => {
      const field = rootFields.find((f) => f.name === fieldName);
      if (!field) throw new Error(fieldName);
      // Fill the other required arguments with plausible values so the resolver really runs.
      const required = field.args.filter((a) => isNonNullType(a.type) || a.name === argName);
      const query = operationFor(fieldName, required);
      for (const payload of INJECTIONS) {
        const variables: Record<string, unknown> = {};
        for (const a of required) variables[a.name] = a.name === argName ? payload : plausible(a.type);
        const r = await gqlPost(app, query, variables);
        expectGraphQLShape(r);
      }
    },
  );

  it('left the graph unchanged (counts and hash)', async () => {
    expect(await graphFingerprint()).toEqual(before);
  });
});

function plausible(t: GraphQLInputType): unknown {
  const named = getNamedType(t);
  if (isListType(isNonNullType(t) ? t.ofType : t)) return [];
  if (isEnumType(named)) return named.getValues()[0]?.value;
  switch (named.name) {
    case 'BillingCode':
      return '27594';
    case 'ModifierCode':
      return '78';
    case 'Date':
      return '2026-03-01';
    case 'Int':
      return 1;
    case 'Boolean':
      return true;
    default:
      return '27594';
  }
}

describe('Lucene syntax in search', () => {
  const lucene = [
    ...'+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /'.split(' '),
    'amputation AND NOT thigh',
    'a OR b',
    'title:x',
    'code:27594',
    '*putation',
    '?mput*',
    '"unclosed',
    '(((',
    'field:[a TO z]',
    'x~2 y^10',
    '\\',
  ];

  it.each(lucene)('searches %j without a 5xx or an internal error', async (text) => {
    const r = await gqlPost(app, 'query S($t: String!) { search(text: $t) { kind key } }', { t: text });
    expectGraphQLShape(r);
    expect(r.json?.errors).toBeUndefined();
  });

  it('normalizes 2000 terms that fit the length limit, and refuses over-long text with a validation error', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => `t${i}`).join(' ');
    const long = await gqlPost(app, 'query S($t: String!) { search(text: $t) { key } }', { t: many });
    expectGraphQLShape(long);
    expect(long.json?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const short = await gqlPost(app, 'query S($t: String!) { search(text: $t) { key } }', {
      t: 'a b c d e f g h i j k l m n o p q r s t u v w x y z',
    });
    expect(short.json?.errors).toBeUndefined();
  });
});

/** An arbitrary for a variable of this input type: valid-looking, hostile or of the wrong kind. */
function arbitraryFor(t: GraphQLInputType): fc.Arbitrary<unknown> {
  const inner = isNonNullType(t) ? t.ofType : t;
  const maybeNull = isNonNullType(t) ? [] : [fc.constant(null)];
  if (isListType(inner)) {
    return fc.oneof(fc.array(arbitraryFor(inner.ofType as GraphQLInputType), { maxLength: 5 }), ...maybeNull);
  }
  const named = getNamedType(inner);
  const wrong = [fc.integer(), fc.boolean(), fc.string(), fc.constant({ nested: 1 })];
  let right: fc.Arbitrary<unknown>;
  if (isEnumType(named)) right = fc.constantFrom(...named.getValues().map((v) => v.value));
  else if (named.name === 'Int')
    right = fc.oneof(fc.integer({ min: -5, max: 600 }), fc.integer(), fc.constant(2 ** 31));
  else if (named.name === 'Boolean') right = fc.boolean();
  else if (named.name === 'Float') right = fc.double();
  else if (named.name === 'Date')
    right = fc.oneof(fc.constantFrom('2026-03-01', '2025-02-30', '0000-00-00'), fc.string());
  else if (named.name === 'BillingCode')
    right = fc.oneof(
      fc.constantFrom('27594', '27592', 'G0283'),
      fc.stringMatching(/^[A-Z0-9]{5}$/),
      fc.string(),
    );
  else
    right = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.constantFrom(...INJECTIONS.slice(0, 9)),
      fc.string({ unit: 'binary', maxLength: 40 }),
    );
  return fc.oneof(
    { weight: 4, arbitrary: right },
    { weight: 1, arbitrary: fc.oneof(...wrong) },
    ...maybeNull.map((a) => ({ weight: 1, arbitrary: a })),
  );
}

describe('fast-check fuzzing of every argument of every root field', () => {
  const withArgs = rootFields.filter((f) => f.args.length > 0);

  it.each(withArgs.map((f) => [f.name]))('%s: always a GraphQL response, never a 5xx', async (fieldName) => {
    const field = rootFields.find((f) => f.name === fieldName);
    if (!field) throw new Error(fieldName);
    const query = operationFor(field.name, field.args);
    const vars = fc.record(Object.fromEntries(field.args.map((a) => [a.name, arbitraryFor(a.type)])), {
      requiredKeys: [],
    });
    await fc.assert(
      fc.asyncProperty(vars, async (variables) => {
        expectGraphQLShape(await gqlPost(app, query, variables as Record<string, unknown>));
      }),
      { numRuns: 15, seed: 20260301 },
    );
  });

  it('left the graph unchanged (counts and hash)', async () => {
    expect(await graphFingerprint()).toEqual(before);
  });
});
