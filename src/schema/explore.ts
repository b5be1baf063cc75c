/**
 * Exploring the graph: full-text search, shortest paths, statistics, sources, releases, conflicts.
 */
import { GraphQLError } from 'graphql';
import { resolvePage, toConnection } from '../graph/pagination.js';
import type { ReleaseRow, SourceRow } from '../graph/rows.js';
import { toLuceneQuery } from '../graph/search/lucene.js';
import { builder } from './builder.js';
import { EntityLabel } from './enums.js';
import { compact, pageDefaults } from './provenance.js';
import { CitationRef, ReleaseRef, SourceRef } from './refs.js';

interface Hit {
  label: string;
  key: string;
  title: string | null;
  score: number;
}
const SearchHitRef = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One full-text match: the kind of entity, its key, and its relevance.',
  fields: (t) => ({
    kind: t.exposeString('label'),
    key: t.exposeString('key', { description: 'The code, modifier, denial reason id or source id.' }),
    title: t.string({ nullable: true, resolve: (h) => h.title }),
    score: t.exposeFloat('score'),
  }),
});

interface PathShape {
  nodes: { label: string; key: string; title: string | null }[];
  relationships: { type: string; from: string; to: string }[];
}
const PathNodeRef = builder.objectRef<PathShape['nodes'][number]>('PathNode').implement({
  fields: (t) => ({
    kind: t.exposeString('label'),
    key: t.exposeString('key'),
    title: t.string({ nullable: true, resolve: (n) => n.title }),
  }),
});
const PathRelRef = builder.objectRef<PathShape['relationships'][number]>('PathRelationship').implement({
  fields: (t) => ({ type: t.exposeString('type'), from: t.exposeString('from'), to: t.exposeString('to') }),
});
const PathRef = builder.objectRef<PathShape>('Path').implement({
  description: 'A shortest path between two entities, through facts (release bookkeeping nodes are skipped).',
  fields: (t) => ({
    length: t.int({ resolve: (p) => p.relationships.length }),
    nodes: t.field({ type: [PathNodeRef], resolve: (p) => p.nodes }),
    relationships: t.field({ type: [PathRelRef], resolve: (p) => p.relationships }),
  }),
});

const CountRef = builder.objectRef<{ name: string; count: number }>('Count').implement({
  fields: (t) => ({ name: t.exposeString('name'), count: t.exposeInt('count') }),
});
const StatsRef = builder
  .objectRef<{ kind: string; name: string; count: number }[]>('GraphStatistics')
  .implement({
    description: 'How many nodes of each label and relationships of each type the graph holds.',
    fields: (t) => ({
      nodes: t.field({ type: [CountRef], resolve: (rows) => rows.filter((r) => r.kind === 'NODE') }),
      relationships: t.field({
        type: [CountRef],
        resolve: (rows) => rows.filter((r) => r.kind === 'RELATIONSHIP'),
      }),
      totalNodes: t.int({
        resolve: (rows) => rows.filter((r) => r.kind === 'NODE').reduce((a, r) => a + r.count, 0),
      }),
    }),
  });

interface ConflictShape {
  code: string;
  attribute: string;
  facts: { value: unknown; sourceId: string | null; releaseId: string | null; section: string | null }[];
}
const ConflictingFactRef = builder.objectRef<ConflictShape['facts'][number]>('ConflictingFact').implement({
  fields: (t) => ({
    value: t.string({
      nullable: true,
      resolve: (f) => (f.value === null || f.value === undefined ? null : String(f.value)),
    }),
    source: t.field({
      type: CitationRef,
      nullable: true,
      resolve: (f) =>
        f.sourceId
          ? {
              sourceId: f.sourceId,
              releaseId: f.releaseId,
              section: f.section,
              locator: null,
              verifiedOn: null,
            }
          : null,
    }),
  }),
});
const ConflictRef = builder.objectRef<ConflictShape>('Conflict').implement({
  description:
    'Two or more sources that disagree about one attribute of one code. Both facts are kept; none wins silently.',
  fields: (t) => ({
    code: t.exposeString('code'),
    attribute: t.exposeString('attribute'),
    facts: t.field({ type: [ConflictingFactRef], resolve: (c) => c.facts }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search across codes, modifiers, denial reasons and sources. Lucene syntax in the text is ignored.',
    args: {
      text: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityLabel], description: 'Only these kinds of entity.' }),
      first: t.arg.int({ defaultValue: 20 }),
      offset: t.arg.int({ defaultValue: 0 }),
    },
    resolve: async (_r, a, ctx) => {
      const first = a.first ?? 20;
      const offset = a.offset ?? 0;
      if (first < 1 || first > 100) throw badInput('first', "'first' must be between 1 and 100.");
      if (offset < 0 || offset > 1000) throw badInput('offset', "'offset' must be between 0 and 1000.");
      const query = toLuceneQuery(a.text);
      if (!query) return [];
      return ctx.executor.read<Hit>('search/search-text', {
        query,
        labels: a.kinds && a.kinds.length > 0 ? a.kinds : null,
        skip: offset,
        limit: first,
      });
    },
  }),
  shortestPath: t.field({
    type: PathRef,
    nullable: true,
    description: 'The shortest path between two entities, at most maxHops relationships; null when none.',
    args: {
      fromKind: t.arg({ type: EntityLabel, required: true }),
      from: t.arg.string({ required: true }),
      toKind: t.arg({ type: EntityLabel, required: true }),
      to: t.arg.string({ required: true }),
      maxHops: t.arg.int({ defaultValue: 6 }),
    },
    resolve: async (_r, a, ctx) => {
      const maxHops = a.maxHops ?? 6;
      if (maxHops < 1 || maxHops > 8) throw badInput('maxHops', "'maxHops' must be between 1 and 8.");
      if (a.from.length > 200 || a.to.length > 200)
        throw badInput('from', 'Keys are at most 200 characters.');
      const [row] = await ctx.executor.read<PathShape>('graph/shortest-path', {
        fromLabel: a.fromKind,
        fromKey: a.from,
        toLabel: a.toKind,
        toKey: a.to,
        maxHops,
      });
      return row ?? null;
    },
  }),
  graphStatistics: t.field({
    type: StatsRef,
    resolve: (_r, _a, ctx) =>
      ctx.executor.read<{ kind: string; name: string; count: number }>('graph/statistics'),
  }),
  conflicts: t.field({
    type: [ConflictRef],
    description: 'Facts from different sources that disagree, for one code or for all.',
    args: { code: t.arg({ type: 'BillingCode' }) },
    resolve: (_r, a, ctx) =>
      ctx.executor.read<ConflictShape>('provenance/conflicts-by-code', { code: a.code ?? null }),
  }),
  source: t.field({
    type: SourceRef,
    nullable: true,
    args: { id: t.arg.string({ required: true }) },
    resolve: (_r, a, ctx) => ctx.loaders.source.load(a.id),
  }),
  sources: t.connection({
    type: SourceRef,
    args: { kind: t.arg.string(), publisher: t.arg.string() },
    resolve: async (_r, a, ctx) => {
      const page = resolvePage(a, pageDefaults(ctx));
      const rows = await ctx.executor.read<{ id: string }>('source/sources-page', {
        kind: a.kind ?? null,
        publisher: a.publisher ?? null,
        after: page.afterKey,
        limit: page.size + 1,
      });
      return toConnection(
        compact(await ctx.loaders.source.loadMany(rows.map((r) => r.id))),
        page,
        (s: SourceRow) => s.source.id,
      );
    },
  }),
  releases: t.field({
    type: [ReleaseRef],
    description: 'Dataset releases, newest first; quarterly releases are kept side by side.',
    args: { dataset: t.arg.string(), includeSuperseded: t.arg.boolean({ defaultValue: false }) },
    resolve: (_r, a, ctx) =>
      ctx.executor.read<ReleaseRow>('release/releases-page', {
        dataset: a.dataset ?? null,
        includeSuperseded: a.includeSuperseded ?? false,
      }),
  }),
}));

function badInput(argument: string, message: string) {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}
