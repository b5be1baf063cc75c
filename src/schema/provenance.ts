/**
 * Provenance: Source, Release, Citation, the facts a source supports, and conflicts between sources.
 */
import { GraphQLError } from 'graphql';
import type { Context } from '../context.js';
import { resolvePage, toConnection } from '../graph/pagination.js';
import type { CitationRow, RelFact } from '../graph/rows.js';
import { builder } from './builder.js';
import { CitationRef, ReleaseRef, SourceRef } from './refs.js';

export const SourceKind = builder.enumType('SourceKind', {
  values: [
    'DATASET',
    'CODE_PAGE',
    'MANUAL',
    'REGULATION',
    'ARTICLE',
    'CODE_LIST',
    'WEBSITE',
    'SYNTHETIC',
    'EDITORIAL',
  ] as const,
});

builder.node(SourceRef, {
  description: 'Where a fact comes from: a CMS dataset, a manual, a code page, an article, a code list.',
  id: { resolve: (s) => s.source.id },
  loadMany: (ids, ctx: Context) => loadAll(ctx.loaders.source.loadMany(ids)),
  fields: (t) => ({
    sourceId: t.string({ description: 'The stable key of the source.', resolve: (s) => s.source.id }),
    title: t.string({ resolve: (s) => String(s.source.title ?? s.source.id) }),
    publisher: t.string({ nullable: true, resolve: (s) => str(s.source.publisher) }),
    url: t.string({
      nullable: true,
      description: 'Null when the source gives no address.',
      resolve: (s) => str(s.source.url),
    }),
    kind: t.string({ nullable: true, resolve: (s) => str(s.source.kind) }),
    verifiedOn: t.field({ type: 'Date', nullable: true, resolve: (s) => str(s.source.verifiedOn) }),
    references: t.field({
      type: [SourceRef],
      description: 'For a code page: the sources it cites, in its own order.',
      resolve: async (s, _a, ctx) => compact(await ctx.loaders.source.loadMany(s.references)),
    }),
    supports: t.connection({
      type: SupportedFactRef,
      description:
        'Every fact this source supports: the facts that cite it and the facts of releases published as it.',
      resolve: async (s, args, ctx) => {
        const page = resolvePage(args, pageDefaults(ctx));
        const rows = await ctx.executor.read<SupportedFact>('source/facts-by-source-page', {
          sourceId: s.source.id,
          after: page.afterKey,
          limit: page.size + 1,
        });
        return toConnection(rows, page, (r) => r.id);
      },
    }),
  }),
});

interface SupportedFact {
  id: string;
  label: string;
  summary: string | null;
}
const SupportedFactRef = builder.objectRef<SupportedFact>('SupportedFact').implement({
  description: 'A fact a source supports, named by its kind and a short summary.',
  fields: (t) => ({
    factId: t.exposeString('id'),
    kind: t.exposeString('label', { description: 'The node label or relationship type of the fact.' }),
    summary: t.string({ nullable: true, resolve: (f) => f.summary }),
  }),
});

builder.node(ReleaseRef, {
  description: 'One release of a dataset (e.g. CMS PFS RVU25D), the origin of every fact loaded from it.',
  id: { resolve: (r) => r.release.id },
  loadMany: (ids, ctx: Context) => loadAll(ctx.loaders.release.loadMany(ids)),
  fields: (t) => ({
    releaseId: t.string({ resolve: (r) => r.release.id }),
    dataset: t.string({ resolve: (r) => r.release.dataset }),
    version: t.string({ resolve: (r) => r.release.version }),
    effectiveDate: t.field({ type: 'Date', nullable: true, resolve: (r) => str(r.release.effectiveDate) }),
    status: t.string({
      description: 'loading, current or superseded. Reads follow current releases only.',
      resolve: (r) => String(r.release.status ?? 'current'),
    }),
    synthetic: t.boolean({
      description: 'True for generated benchmark data, never real.',
      resolve: (r) => r.release.synthetic === true,
    }),
    rowCount: t.int({ nullable: true, resolve: (r) => num(r.release.rowCount) }),
    files: t.stringList({ resolve: (r) => strList(r.release.files) }),
    checksums: t.stringList({ resolve: (r) => strList(r.release.checksums) }),
    loadedAt: t.string({ nullable: true, resolve: (r) => str(r.release.loadedAt) }),
    publishedAs: t.field({
      type: SourceRef,
      nullable: true,
      resolve: (r, _a, ctx) => (r.sourceId ? ctx.loaders.source.load(r.sourceId) : null),
    }),
  }),
});

builder.objectType(CitationRef, {
  description: 'One link from a fact to a source: where in the source it stands, and when it was verified.',
  fields: (t) => ({
    source: t.field({
      type: SourceRef,
      resolve: async (c, _a, ctx) => {
        const s = await ctx.loaders.source.load(c.sourceId);
        if (!s)
          throw new GraphQLError(`Source ${c.sourceId} is missing`, { extensions: { code: 'INTEGRITY' } });
        return s;
      },
    }),
    release: t.field({
      type: ReleaseRef,
      nullable: true,
      description: 'For dataset facts: the release the value came from.',
      resolve: (c, _a, ctx) => (c.releaseId ? ctx.loaders.release.load(c.releaseId) : null),
    }),
    section: t.string({ nullable: true, resolve: (c) => c.section }),
    locator: t.string({
      nullable: true,
      description: 'Where in the source: a line, a row, a page.',
      resolve: (c) => c.locator,
    }),
    verifiedOn: t.field({ type: 'Date', nullable: true, resolve: (c) => c.verifiedOn }),
  }),
});

/** Citations of a fact-bearing relationship, from the provenance properties it carries. */
export function relationshipCitations(fact: RelFact | null | undefined): CitationRow[] {
  if (!fact) return [];
  const ids = Array.isArray(fact.sourceIds) ? fact.sourceIds : [];
  return ids.map((sourceId) => ({
    sourceId,
    releaseId: typeof fact.releaseId === 'string' ? fact.releaseId : null,
    section: typeof fact.section === 'string' ? fact.section : null,
    locator: typeof fact.locator === 'string' ? fact.locator : null,
    verifiedOn: typeof fact.verifiedOn === 'string' ? fact.verifiedOn.slice(0, 10) : null,
  }));
}

export function pageDefaults(ctx: Context) {
  return { defaultSize: ctx.settings.defaultPageSize, maxSize: ctx.settings.maxPageSize };
}

export function str(v: unknown): string | null {
  return v === null || v === undefined ? null : String(v);
}
export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
export function strList(v: unknown): string[] {
  return Array.isArray(v) ? v.map(String) : [];
}
/** DataLoader.loadMany gives an Error in place of a failed key: surface it rather than hide it. */
export async function loadAll<T>(p: Promise<(T | null | Error)[]>): Promise<(T | null)[]> {
  return (await p).map((x) => {
    if (x instanceof Error) throw x;
    return x;
  });
}

export function compact<T>(items: readonly (T | null | undefined | Error)[]): T[] {
  return items.filter((x): x is T => x !== null && x !== undefined && !(x instanceof Error));
}
