/**
 * Scalars that validate at the edge: a malformed date or code is a typed error carrying its GraphQL
 * path before any resolver runs. Money is exact: integer cents and a decimal string.
 */
import { GraphQLError, Kind } from 'graphql';
import { builder } from './builder.js';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIsoDate(value: unknown): string {
  const m = typeof value === 'string' ? ISO_DATE.exec(value) : null;
  const d = m ? new Date(`${value}T00:00:00Z`) : null;
  if (!m || !d || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== value) {
    throw new GraphQLError(
      `Date must be a calendar date written YYYY-MM-DD; got ${JSON.stringify(value)?.slice(0, 40)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return value as string;
}

builder.scalarType('Date', {
  description: 'A calendar date, written YYYY-MM-DD (ISO 8601).',
  serialize: (v) => String(v).slice(0, 10),
  parseValue: parseIsoDate,
  parseLiteral: (ast) => parseIsoDate(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('Decimal', {
  description: 'An exact decimal number written as a string, e.g. "7.11" or "33.4009". Never a binary float.',
  serialize: (v) => (typeof v === 'number' ? formatDecimal(v) : String(v)),
  parseValue: (v) => {
    if (typeof v !== 'string' || !/^-?\d{1,12}(\.\d{1,6})?$/.test(v)) {
      throw new GraphQLError('Decimal must be a string like "7.11".', {
        extensions: { code: 'BAD_USER_INPUT' },
      });
    }
    return v;
  },
});

/** RVUs, GPCIs and conversion factors have at most 4 decimals in the CMS files. */
export function formatDecimal(n: number): string {
  const fixed = n.toFixed(4);
  return fixed.replace(/(\.\d*?[1-9])0+$/, '$1').replace(/\.0+$/, '');
}

const CODE_PATTERN = /^[A-Z0-9]{5}$/;
const MODIFIER_PATTERN = /^[A-Z0-9]{2}$/;

function parseCode(value: unknown): string {
  const v = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!CODE_PATTERN.test(v)) {
    throw new GraphQLError(
      `A billing code is 5 letters or digits (CPT 27594, HCPCS G0283); got ${JSON.stringify(value)?.slice(0, 40)}.`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
  return v;
}

function parseModifier(value: unknown): string {
  const v = typeof value === 'string' ? value.trim().toUpperCase() : '';
  if (!MODIFIER_PATTERN.test(v)) {
    throw new GraphQLError(
      `A modifier is 2 letters or digits (58, XS, RT); got ${JSON.stringify(value)?.slice(0, 40)}.`,
      {
        extensions: { code: 'BAD_USER_INPUT' },
      },
    );
  }
  return v;
}

builder.scalarType('BillingCode', {
  description: 'A CPT or HCPCS Level II code: five letters or digits, e.g. "27594", "0001F", "G0283".',
  serialize: (v) => String(v),
  parseValue: parseCode,
  parseLiteral: (ast) => parseCode(ast.kind === Kind.STRING ? ast.value : undefined),
});

builder.scalarType('ModifierCode', {
  description: 'A two-character CPT/HCPCS modifier, e.g. "58", "XS", "RT".',
  serialize: (v) => String(v),
  parseValue: parseModifier,
  parseLiteral: (ast) => parseModifier(ast.kind === Kind.STRING ? ast.value : undefined),
});

export interface MoneyShape {
  cents: number;
}

export const MoneyRef = builder.objectRef<MoneyShape>('Money').implement({
  description: 'An exact amount of US dollars.',
  fields: (t) => ({
    cents: t.exposeInt('cents', { description: 'The amount in cents (exact).' }),
    amount: t.string({
      description: 'The amount in dollars as an exact decimal string, e.g. "477.97".',
      resolve: (m) => formatCents(m.cents),
    }),
    currency: t.string({ resolve: () => 'USD' }),
  }),
});

export function formatCents(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

export function money(cents: unknown): MoneyShape | null {
  return typeof cents === 'number' && Number.isFinite(cents) ? { cents: Math.round(cents) } : null;
}
