/**
 * Keyset pagination: a cursor is the opaque, base64url-encoded sort key of the last item of a page,
 * so a page deep into millions of edges costs the same as the first one.
 */
import { GraphQLError } from 'graphql';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page {
  /** How many items to return. */
  size: number;
  /** The sort key after which the page starts, or null for the first page. */
  afterKey: string | null;
}

const PREFIX = 'cg1:';

export function encodeCursor(sortKey: string): string {
  return Buffer.from(PREFIX + sortKey, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!text.startsWith(PREFIX) || cursor.length > 512) {
    throw new GraphQLError(`'${cursor.slice(0, 40)}' is not a cursor returned by this API.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'after' },
    });
  }
  return text.slice(PREFIX.length);
}

export function resolvePage(args: PageArgs, defaults: { defaultSize: number; maxSize: number }): Page {
  if (
    (args.last !== undefined && args.last !== null) ||
    (args.before !== undefined && args.before !== null)
  ) {
    throw new GraphQLError("Pages run forward only: use 'first' and 'after', not 'last' or 'before'.", {
      extensions: { code: 'BAD_USER_INPUT', argument: args.last != null ? 'last' : 'before' },
    });
  }
  const size = args.first ?? defaults.defaultSize;
  if (!Number.isInteger(size) || size < 1 || size > defaults.maxSize) {
    throw new GraphQLError(`'first' must be between 1 and ${defaults.maxSize}; got ${size}.`, {
      extensions: { code: 'BAD_USER_INPUT', argument: 'first', maxPageSize: defaults.maxSize },
    });
  }
  return { size, afterKey: args.after ? decodeCursor(args.after) : null };
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: {
    hasNextPage: boolean;
    hasPreviousPage: boolean;
    startCursor: string | null;
    endCursor: string | null;
  };
  totalCount?: () => Promise<number>;
}

/**
 * Builds a connection from a page fetched with `limit = size + 1`: the extra row only says whether a
 * next page exists. `totalCount` is a thunk, so the count query runs only when a client asks for it.
 */
export function toConnection<T>(
  rows: T[],
  page: Page,
  sortKey: (item: T) => string,
  totalCount?: () => Promise<number>,
): ConnectionShape<T> {
  const hasNextPage = rows.length > page.size;
  const items = hasNextPage ? rows.slice(0, page.size) : rows;
  const edges = items.map((node) => ({ cursor: encodeCursor(sortKey(node)), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage,
      hasPreviousPage: page.afterKey !== null,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    ...(totalCount ? { totalCount } : {}),
  };
}

/**
 * Rows in the order of their sort key: a query that builds a page and then brings more along with each
 * row returns the page as one list, and the connection must not depend on that list's order.
 */
export function inKeyOrder<T>(rows: readonly T[], key: (row: T) => string): T[] {
  return [...rows].sort((x, y) => (key(x) < key(y) ? -1 : key(x) > key(y) ? 1 : 0));
}
