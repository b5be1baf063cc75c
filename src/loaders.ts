/**
 * Every per-request DataLoader in one visible place. Each batch function sends all keys of a tick in
 * one named, parameterized UNWIND query and returns results in key order, so the number of Cypher
 * round trips of a request grows with the depth of the query, never with the number of items.
 */
import DataLoader from 'dataloader';
import neo4j from 'neo4j-driver';
import type { Executor } from './db/executor.js';
import { batchByIndex, batchByKey, fieldByIndex, fieldByKey } from './graph/batch.js';
import { type CodePlanKey, editCountKey, editKey, feeKey, peerKey } from './graph/code-plan.js';
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

/** The $keys entry (or $plan) of code/parts/plan for one code and its plan. */
export function planParams({ code, plan }: CodePlanKey) {
  return {
    code,
    parts: plan.parts,
    cite: plan.cite,
    fee: plan.feeArgs ? feeKey(code, plan.feeArgs) : null,
    peers: plan.peerPage ? peerKey(code, plan.peerPage) : null,
    ptp: plan.editArgs && plan.editPage ? editKey(code, plan.editArgs, plan.editPage) : null,
  };
}

/** $limit of code/parts/plan: the largest page limit its parts are asked for (LIMIT names no variable). */
export function planLimit(params: readonly ReturnType<typeof planParams>[]) {
  return neo4j.int(Math.max(0, ...params.flatMap((p) => [p.peers?.limit ?? 0, p.ptp?.limit ?? 0])));
}

export interface CitationsRow {
  id: string;
  citations: CitationRow[];
  /** Absent where the query returns the sources once for all its rows (code-plan-by-key). */
  sources?: SourceRow[];
  releases: ReleaseRow[];
}

/** A row with its release and the id of the source that release was published as. */
type Published<T> = T & { publishedAs?: string | null };

/** The planRow of cypher/code/parts/plan.cypher: null where the plan did not ask for a part. */
export interface PlanRow {
  codeRows: CodeRow[];
  neighbours: Neighbours | null;
  fee: Published<EntryWithRelease> | null;
  history: Published<EntryWithRelease>[] | null;
  payments: Published<PaymentWithRelease>[] | null;
  peers: string[] | null;
  peerCount: number | null;
  edits: EditRow[] | null;
  ptpTotal: number | null;
  citationRows: CitationsRow[];
  /** Every source the code rows and the citations name, once. */
  sourceRows: SourceRow[];
}

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
  const primeSources = (rows: readonly SourceRow[] | undefined) => {
    for (const r of rows ?? []) source.prime(r.source.id, r);
  };
  const code = new DataLoader<string, CodeRow | null>(async (codes) => {
    const rows = await batchByKey<CodeRow>(ex, 'code/codes-by-code', 'codes', codes, (r) => r.code.code);
    for (const r of rows) primeSources(r?.sources);
    return rows;
  });
  // The neighbourhood rows carry whole modifiers, denial reasons, categories and the sources their
  // relationships name; they prime those loaders, so the next level costs no round trip.
  const primeNeighbours = (r: Neighbours) => {
    for (const m of r.modifiers) if (m.props) modifier.prime(m.modifier, m.props as Props & { code: string });
    for (const m of r.followModifiers ?? []) modifier.prime(String(m.code), m as Props & { code: string });
    for (const d of r.denialRows ?? []) denialReason.prime(d.reason.id, d);
    for (const c of r.categories) if (c.props) category.prime(c.category, c.props as Props & { id: string });
    for (const a of r.ancestors ?? []) category.prime(a.id, a);
    primeSources(r.sources);
  };
  const neighbours = new DataLoader<string, Neighbours | null>(async (codes) => {
    const rows = await batchByKey<{ neighbours: Neighbours }>(
      ex,
      'code/neighbours-by-code',
      'codes',
      codes,
      (r) => r.neighbours.code,
    );
    for (const r of rows) if (r) primeNeighbours(r.neighbours);
    return rows.map((r) => r?.neighbours ?? null);
  });
  // The citation rows carry their sources and releases, which prime those loaders: a `sources
  // { source { … } release { … } }` selection costs one round trip, not three.
  const citations = new DataLoader<string, CitationRow[]>(async (ids) => {
    const rows = await batchByKey<CitationsRow>(ex, 'source/citations-by-fact-id', 'ids', ids, (r) => r.id);
    primeCitationRows(rows);
    return rows.map((r) => r?.citations ?? []);
  }, afterThisTurn);
  /** Primes the citations loader, and the sources and releases the rows name, from citations rows. */
  function primeCitationRows(rows: readonly (CitationsRow | null)[]) {
    for (const r of rows) {
      if (!r) continue;
      citations.prime(r.id, r.citations);
      primeSources(r.sources);
      for (const x of r.releases) release.prime(x.release.id, x);
    }
  }
  /** Primes the code loader (and the sources of the global periods) from codes-by-code rows. */
  const primeCodes = (rows: readonly CodeRow[]) => {
    for (const row of rows) {
      code.prime(row.code.code, row);
      primeSources(row.sources);
    }
  };
  const feeSchedule = new DataLoader<FeeKey, EntryWithRelease | null, string>(
    async (keys) => {
      const rows = await batchByIndex<FeeKey, { i: number } & Partial<EntryWithRelease>>(
        ex,
        'code/fee-schedule-by-code',
        keys,
      );
      return rows.map((r) => (r?.entry && r.release ? { entry: r.entry, release: r.release } : null));
    },
    { cacheKeyFn: json },
  );
  const feeScheduleHistory = new DataLoader<string, EntryWithRelease[]>((codes) =>
    fieldByKey<{ code: string; entries: EntryWithRelease[] }, 'entries'>(
      ex,
      'code/fee-schedule-history-by-code',
      'codes',
      codes,
      (r) => r.code,
      'entries',
      [],
    ),
  );
  const sitePayments = new DataLoader<string, PaymentWithRelease[]>((codes) =>
    fieldByKey<{ code: string; payments: PaymentWithRelease[] }, 'payments'>(
      ex,
      'code/site-payments-by-code',
      'codes',
      codes,
      (r) => r.code,
      'payments',
      [],
    ),
  );
  const globalPeers = new DataLoader<PeerKey, string[], string>(
    (keys) =>
      fieldByIndex<PeerKey, { i: number; codes: string[] }, 'codes'>(
        ex,
        'code/global-peers-by-code',
        keys,
        'codes',
        [],
      ),
    { cacheKeyFn: json },
  );
  const globalPeersCount = new DataLoader<string, number>((codes) =>
    fieldByKey<{ code: string; total: number }, 'total'>(
      ex,
      'code/global-peers-count-by-code',
      'codes',
      codes,
      (r) => r.code,
      'total',
      0,
      { limit: neo4j.int(0) }, // the shared fragment also pages: an empty page here
    ),
  );
  const ptpEdits = new DataLoader<EditKey, EditRow[], string>(
    (keys) =>
      fieldByIndex<EditKey, { i: number; edits: EditRow[] }, 'edits'>(
        ex,
        'edit/ptp-edits-by-code',
        keys,
        'edits',
        [],
      ),
    { cacheKeyFn: json },
  );
  const ptpEditsCount = new DataLoader<EditCountKey, number, string>(
    (keys) =>
      fieldByIndex<EditCountKey, { i: number; total: number }, 'total'>(
        ex,
        'edit/ptp-edits-count-by-code',
        keys,
        'total',
        0,
      ),
    { cacheKeyFn: json },
  );

  /** Primes the loaders of the fields a plan row answers; returns the planned code's own row. */
  const primePlanRow = ({ code: c, plan }: CodePlanKey, r: PlanRow): CodeRow | null => {
    primeSources(r.sourceRows);
    primeCodes(r.codeRows);
    if (plan.parts.neighbours && r.neighbours) {
      neighbours.prime(c, r.neighbours);
      primeNeighbours(r.neighbours);
    }
    if (plan.feeArgs) feeSchedule.prime(feeKey(c, plan.feeArgs), r.fee);
    if (plan.parts.history) feeScheduleHistory.prime(c, r.history ?? []);
    if (plan.parts.payments) sitePayments.prime(c, r.payments ?? []);
    if (plan.peerPage) globalPeers.prime(peerKey(c, plan.peerPage), r.peers ?? []);
    if (plan.parts.peerCount) globalPeersCount.prime(c, r.peerCount ?? 0);
    if (plan.editArgs && plan.editPage) {
      ptpEdits.prime(editKey(c, plan.editArgs, plan.editPage), r.edits ?? []);
      if (plan.parts.ptpCount) ptpEditsCount.prime(editCountKey(c, plan.editArgs), r.ptpTotal ?? 0);
    }
    // Fee-schedule rows and payments name their release and the source it was published as.
    for (const x of [r.fee, ...(r.history ?? []), ...(r.payments ?? [])])
      if (x?.release)
        release.prime(String(x.release.id), {
          release: x.release,
          sourceId: x.publishedAs ?? null,
        } as ReleaseRow);
    primeCitationRows(r.citationRows);
    return r.codeRows.find((row) => row.code.code === c) ?? null;
  };

  // One query for a level of a selection under Codes (src/schema/code-plan.ts): it returns the code's
  // row and every part the plan asks for, and primes the loaders those parts belong to.
  const codePlan = new DataLoader<CodePlanKey, CodeRow | null, string>(
    async (keys) => {
      const params = keys.map((key, i) => ({ i, ...planParams(key) }));
      const rows = await ex.read<{ i: number; row: PlanRow }>('code/code-plan-by-key', {
        keys: params,
        limit: planLimit(params),
      });
      const byIndex = new Map(rows.map((r) => [r.i, r.row]));
      return keys.map((key, i) => {
        const r = byIndex.get(i);
        return r ? primePlanRow(key, r) : null;
      });
    },
    { cacheKeyFn: (k) => json({ code: k.code, ...k.plan }) },
  );

  return {
    /** For queries that bring rows of other loaders along (see codePlan and denialReasons). */
    prime: {
      citationRows: primeCitationRows,
      codes: primeCodes,
      sources: primeSources,
      planRow: primePlanRow,
    },
    codePlan,
    source,
    release,
    modifier,
    category,
    denialReason,
    code,
    // The neighbourhood rows carry whole modifiers, denial reasons, categories and the sources their
    // relationships name; they prime those loaders, so the next level costs no round trip.
    neighbours,
    feeSchedule,
    feeScheduleHistory,
    sitePayments,
    globalPeers,
    globalPeersCount,
    ptpEdits,
    ptpEditsCount,
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
    citations,
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
