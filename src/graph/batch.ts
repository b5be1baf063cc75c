/**
 * Batch helpers for DataLoader: send every key of a tick in one UNWIND query and hand the rows back
 * in key order, null (or an empty list) where a key found nothing.
 */
import neo4j from 'neo4j-driver';
import type { Executor } from '../db/executor.js';

/** Keys that are plain strings: rows are matched back by `rowKey`. */
export async function batchByKey<R>(
  executor: Executor,
  queryName: string,
  param: string,
  keys: readonly string[],
  rowKey: (row: R) => string,
  extra: Record<string, unknown> = {},
): Promise<(R | null)[]> {
  const rows = await executor.read<R>(queryName, { ...extra, [param]: [...new Set(keys)] });
  const byKey = new Map(rows.map((r) => [rowKey(r), r]));
  return keys.map((k) => byKey.get(k) ?? null);
}

/** Keys that are objects: each is sent with its index `i`, and rows come back carrying it. */
export async function batchByIndex<K extends object, R extends { i: number }>(
  executor: Executor,
  queryName: string,
  keys: readonly K[],
): Promise<(R | null)[]> {
  // LIMIT cannot name a variable in Cypher, so a paged batch sends the largest page size as $limit and
  // each key's own size travels with the key (the query slices to it).
  const limits = keys
    .map((k) => (k as { limit?: unknown }).limit)
    .filter((l): l is number => typeof l === 'number');
  const limit = neo4j.int(limits.length > 0 ? Math.max(...limits) : 0);
  const rows = await executor.read<R>(queryName, { keys: keys.map((k, i) => ({ ...k, i })), limit });
  const byIndex = new Map(rows.map((r) => [r.i, r]));
  return keys.map((_, i) => byIndex.get(i) ?? null);
}

/**
 * One field of each row, by string key; `empty` where a key found nothing (or the field is null).
 * `extra`: parameters the query needs beside the keys.
 */
export async function fieldByKey<R, F extends keyof R, E = R[F]>(
  executor: Executor,
  queryName: string,
  param: string,
  keys: readonly string[],
  rowKey: (row: R) => string,
  field: F,
  empty: E,
  extra: Record<string, unknown> = {},
): Promise<(NonNullable<R[F]> | E)[]> {
  const rows = await batchByKey<R>(executor, queryName, param, keys, rowKey, extra);
  return rows.map((r) => (r?.[field] ?? empty) as NonNullable<R[F]> | E);
}

/** One field of each row, by object key (see batchByIndex); `empty` where a key found nothing. */
export async function fieldByIndex<K extends object, R extends { i: number }, F extends keyof R, E = R[F]>(
  executor: Executor,
  queryName: string,
  keys: readonly K[],
  field: F,
  empty: E,
): Promise<(NonNullable<R[F]> | E)[]> {
  const rows = await batchByIndex<K, R>(executor, queryName, keys);
  return rows.map((r) => (r?.[field] ?? empty) as NonNullable<R[F]> | E);
}
