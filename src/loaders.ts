/**
 * Every per-request DataLoader in one visible place. Each batch function sends all keys of a tick in
 * one named, parameterized UNWIND query and returns results in key order, so the number of Cypher
 * round trips of a request grows with the depth of the query, never with the number of items.
 */
import DataLoader from 'dataloader';
import type { Executor } from './db/executor.js';
import { batchByIndex, batchByKey, fieldByIndex, fieldByKey } from './graph/batch.js';
import type {
  CitationRow,
  CodeRow,
  DenialRow,
  EditRow,
  EntryWithRelease,
  Neighbours,
  PaymentWithRelease,
  Props,
  ReleaseRow,
  SourceRow,
} from './graph/rows.js';

export interface FeeKey {
  code: string;
  version: string | null;
  asOf: string | null;
  modifier: string | null;
}
export interface PeerKey {
  code: string;
  after: string | null;
  limit: number;
}
export interface EditKey {
  code: string;
  role: 'COLUMN_1' | 'COLUMN_2' | 'ANY';
  setting: string | null;
  activeOn: string | null;
  version: string | null;
  after: string | null;
  limit: number;
}
export type EditCountKey = Omit<EditKey, 'after' | 'limit'>;
export interface MueKey {
  code: string;
  setting: string | null;
  version: string | null;
}
export interface EntityKey {
  label: 'Modifier' | 'Carc' | 'Rarc' | 'StatusIndicator' | 'GlobalPeriod';
  key: string;
}

const json = (k: object) => JSON.stringify(k);

/**
 * Provenance is asked for at every level of a query, by fields whose parents finish loading at
 * slightly different moments. Dispatching after the current turn of the event loop (setImmediate)
 * rather than after the current promise job lets those requests share one batch.
 */
const afterThisTurn = { batchScheduleFn: (dispatch: () => void) => setImmediate(dispatch) };

export function createLoaders(ex: Executor) {
  const source = new DataLoader<string, SourceRow | null>((ids) =>
    batchByKey<SourceRow>(ex, 'source/sources-by-id', 'ids', ids, (r) => r.source.id),
  );
  const release = new DataLoader<string, ReleaseRow | null>((ids) =>
    batchByKey<ReleaseRow>(ex, 'release/releases-by-id', 'ids', ids, (r) => r.release.id),
  );
  const modifier = new DataLoader<string, (Props & { code: string }) | null>((codes) =>
    fieldByKey<{ modifier: Props & { code: string } }, 'modifier', null>(
      ex,
      'modifier/modifiers-by-code',
      'codes',
      codes,
      (r) => r.modifier.code,
      'modifier',
      null,
    ),
  );
  const category = new DataLoader<string, (Props & { id: string }) | null>((ids) =>
    fieldByKey<{ category: Props & { id: string } }, 'category', null>(
      ex,
      'code/categories-by-id',
      'ids',
      ids,
      (r) => r.category.id,
      'category',
      null,
    ),
  );
  const denialReason = new DataLoader<string, DenialRow | null>((ids) =>
    batchByKey<DenialRow>(ex, 'denial/denial-reasons-by-id', 'ids', ids, (r) => r.reason.id),
  );
  return {
    source,
    release,
    modifier,
    category,
    denialReason,
    code: new DataLoader<string, CodeRow | null>(async (codes) => {
      const rows = await batchByKey<CodeRow>(ex, 'code/codes-by-code', 'codes', codes, (r) => r.code.code);
      for (const r of rows) for (const s of r?.sources ?? []) source.prime(s.source.id, s);
      return rows;
    }),
    // The neighbourhood rows carry whole modifiers, denial reasons, categories and the sources their
    // relationships name; they prime those loaders, so the next level costs no round trip.
    neighbours: new DataLoader<string, Neighbours | null>(async (codes) => {
      const rows = await batchByKey<Neighbours>(ex, 'code/neighbours-by-code', 'codes', codes, (r) => r.code);
      for (const r of rows) {
        for (const m of r?.modifiers ?? [])
          if (m.props) modifier.prime(m.modifier, m.props as Props & { code: string });
        for (const d of r?.denialRows ?? []) denialReason.prime(d.reason.id, d);
        for (const c of r?.categories ?? [])
          if (c.props) category.prime(c.category, c.props as Props & { id: string });
        for (const a of r?.ancestors ?? []) category.prime(a.id, a);
        for (const s of r?.sources ?? []) source.prime(s.source.id, s);
      }
      return rows;
    }),
    feeSchedule: new DataLoader<FeeKey, EntryWithRelease | null, string>(
      async (keys) => {
        const rows = await batchByIndex<FeeKey, { i: number } & Partial<EntryWithRelease>>(
          ex,
          'code/fee-schedule-by-code',
          keys,
        );
        return rows.map((r) => (r?.entry && r.release ? { entry: r.entry, release: r.release } : null));
      },
      { cacheKeyFn: json },
    ),
    feeScheduleHistory: new DataLoader<string, EntryWithRelease[]>((codes) =>
      fieldByKey<{ code: string; entries: EntryWithRelease[] }, 'entries'>(
        ex,
        'code/fee-schedule-history-by-code',
        'codes',
        codes,
        (r) => r.code,
        'entries',
        [],
      ),
    ),
    sitePayments: new DataLoader<string, PaymentWithRelease[]>((codes) =>
      fieldByKey<{ code: string; payments: PaymentWithRelease[] }, 'payments'>(
        ex,
        'code/site-payments-by-code',
        'codes',
        codes,
        (r) => r.code,
        'payments',
        [],
      ),
    ),
    globalPeers: new DataLoader<PeerKey, string[], string>(
      (keys) =>
        fieldByIndex<PeerKey, { i: number; codes: string[] }, 'codes'>(
          ex,
          'code/global-peers-by-code',
          keys,
          'codes',
          [],
        ),
      { cacheKeyFn: json },
    ),
    globalPeersCount: new DataLoader<string, number>((codes) =>
      fieldByKey<{ code: string; total: number }, 'total'>(
        ex,
        'code/global-peers-count-by-code',
        'codes',
        codes,
        (r) => r.code,
        'total',
        0,
      ),
    ),
    ptpEdits: new DataLoader<EditKey, EditRow[], string>(
      (keys) =>
        fieldByIndex<EditKey, { i: number; edits: EditRow[] }, 'edits'>(
          ex,
          'edit/ptp-edits-by-code',
          keys,
          'edits',
          [],
        ),
      { cacheKeyFn: json },
    ),
    ptpEditsCount: new DataLoader<EditCountKey, number, string>(
      (keys) =>
        fieldByIndex<EditCountKey, { i: number; total: number }, 'total'>(
          ex,
          'edit/ptp-edits-count-by-code',
          keys,
          'total',
          0,
        ),
      { cacheKeyFn: json },
    ),
    mues: new DataLoader<MueKey, Props[], string>(
      (keys) =>
        fieldByIndex<MueKey, { i: number; mues: Props[] }, 'mues'>(ex, 'edit/mues-by-code', keys, 'mues', []),
      { cacheKeyFn: json },
    ),
    fact: new DataLoader<string, { id: string; label: string; props: Props; release: Props | null } | null>(
      (ids) =>
        batchByKey<{ id: string; label: string; props: Props; release: Props | null }>(
          ex,
          'source/facts-by-id',
          'ids',
          ids,
          (r) => r.id,
        ),
    ),
    rule: new DataLoader<string, { rule: Props & { id: string }; allows: string[] } | null>((ids) =>
      batchByKey<{ rule: Props & { id: string }; allows: string[] }>(
        ex,
        'modifier/rules-by-id',
        'ids',
        ids,
        (r) => r.rule.id,
      ),
    ),
    // The citation rows carry their sources and releases, which prime those loaders: a `sources
    // { source { … } release { … } }` selection costs one round trip, not three.
    citations: new DataLoader<string, CitationRow[]>(async (ids) => {
      const rows = await batchByKey<{
        id: string;
        citations: CitationRow[];
        sources: SourceRow[];
        releases: ReleaseRow[];
      }>(ex, 'source/citations-by-fact-id', 'ids', ids, (r) => r.id);
      for (const r of rows) {
        for (const s of r?.sources ?? []) source.prime(s.source.id, s);
        for (const x of r?.releases ?? []) release.prime(x.release.id, x);
      }
      return rows.map((r) => r?.citations ?? []);
    }, afterThisTurn),
    entityCitations: new DataLoader<EntityKey, CitationRow[], string>(
      (keys) =>
        fieldByIndex<EntityKey, { i: number; citations: CitationRow[] }, 'citations'>(
          ex,
          'source/citations-by-key',
          keys,
          'citations',
          [],
        ),
      { cacheKeyFn: json },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
