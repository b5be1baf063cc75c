/**
 * Loads the curated seed graph (seeds/*.json) in one transaction, then imports every code page (*.txt) of
 * `pagesDir`, each in its own transaction. Every write is a MERGE on the label's key with deterministic
 * values, so loading twice leaves the graph unchanged. A seed release is skipped, with its entries, when
 * a current release of the same (dataset, version) is already in the graph (a full-file import).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Executor } from '../../db/executor.js';
import { importCodePage } from '../code-page/import.js';
import { paymentCents } from '../code-page/values.js';
import { readSeedFiles } from './read.js';
import type { SeedFiles } from './schema.js';

type Step = { name: string; params: Record<string, unknown> };
type Citation = {
  id: string;
  section: string;
  locator?: string | null | undefined;
  verifiedOn?: string | null | undefined;
};

export interface SeedLoadOptions {
  pagesDir: string | undefined;
  log?: (line: string) => void;
  /** The curated seed folder; the repository's seeds/ unless a test points elsewhere. */
  seedsDir?: string;
}

export async function loadSeedGraph(
  executor: Executor,
  opts: SeedLoadOptions,
): Promise<{ nodes: number; relationships: number }> {
  const log = opts.log ?? (() => {});
  const seeds = readSeedFiles(opts.seedsDir);
  const releases = seeds['releases.json'].records;
  const existing = await executor.read<{ dataset: string; version: string; id: string }>(
    'seed/current-releases-by-dataset-version',
    { keys: releases.map((r) => ({ dataset: r.dataset, version: r.version })) },
  );
  const skipped = new Set(
    releases
      .filter((r) =>
        existing.some((e) => e.dataset === r.dataset && e.version === r.version && e.id !== r.id),
      )
      .map((r) => r.id),
  );
  for (const id of skipped) {
    log(
      `seed: release ${id} skipped (superseded if present): a current full load of that version is in the graph`,
    );
  }

  await executor.writeAll(planSeedGraph(seeds, skipped), 120_000);
  log(`seed: curated graph loaded from seeds/ (${Object.keys(seeds).length} files)`);

  const pagesDir = opts.pagesDir;
  if (!pagesDir || !existsSync(pagesDir) || !statSync(pagesDir).isDirectory()) {
    log(`seed: warning: code-page folder ${pagesDir ?? '(not set)'} does not exist; no pages imported`);
  } else {
    for (const file of readdirSync(pagesDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const r = await importCodePage(executor, path.join(pagesDir, file));
      log(`seed: code page ${file} imported (CPT ${r.code}, ${r.facts} facts)`);
    }
  }
  const [counts] = await executor.read<{ nodes: number; relationships: number }>('seed/graph-counts');
  return { nodes: counts?.nodes ?? 0, relationships: counts?.relationships ?? 0 };
}

/** The named writes of the seed graph, in dependency order (sources first, links last). */
export function planSeedGraph(s: SeedFiles, skippedReleases: Set<string> = new Set()): Step[] {
  const verifiedOf = new Map(s['sources.json'].records.map((r) => [r.id, r.verifiedOn]));
  const cites = (list: Citation[]) =>
    list.map((c) => ({
      sourceId: c.id,
      section: c.section,
      locator: c.locator ?? null,
      verifiedOn: c.verifiedOn ?? verifiedOf.get(c.id) ?? null,
    }));
  const keyed = <T extends { sources: Citation[] }>(
    rows: T[],
    key: (r: T) => string,
    props: (r: T) => object,
  ) => rows.map((r) => ({ key: key(r), props: props(r), cites: cites(r.sources) }));

  const releases = s['releases.json'].records.filter((r) => !skippedReleases.has(r.id));
  const releaseById = new Map(releases.map((r) => [r.id, r]));
  const entries = s['fee-schedule.json'].records.flatMap((e) => {
    const release = releaseById.get(e.release);
    if (!release) return [];
    const { release: releaseId, locator, description: _d, ...values } = e;
    const payable = ['A', 'R', 'T'].includes(e.statusCode);
    const cf = Math.round(e.conversionFactor * 10000);
    const cents = (total: number | null, na: boolean) =>
      payable && !na && total !== null ? paymentCents(Math.round(total * 100), cf) : null;
    return [
      {
        id: `${releaseId}:${e.code}:${e.modifier ?? '-'}`,
        code: e.code,
        releaseId,
        locator,
        sourceIds: release.sources,
        verifiedOn: verifiedOf.get(release.sources[0] ?? '') ?? null,
        props: {
          ...values,
          releaseId,
          locator,
          nationalNonFacilityCents: cents(e.nonFacilityTotal, e.nonFacilityNa),
          nationalFacilityCents: cents(e.facilityTotal, e.facilityNa),
        },
      },
    ];
  });

  const codes = s['codes.json'];
  const rules = s['rules.json'].records;
  const denial = s['denial-reasons.json'].records;
  const datasets = [...new Set(s['releases.json'].records.map((r) => r.dataset))];
  return [
    { name: 'seed/superseded-releases-by-id', params: { ids: [...skippedReleases] } },
    {
      name: 'seed/sources-by-id',
      params: { rows: s['sources.json'].records.map((r) => ({ ...r, note: r.note ?? null })) },
    },
    {
      name: 'seed/global-periods-by-indicator',
      params: {
        rows: keyed(
          s['global-periods.json'].records,
          (r) => r.indicator,
          ({ sources: _, indicator: __, ...p }) => p,
        ),
      },
    },
    {
      name: 'seed/status-indicators-by-code',
      params: {
        rows: keyed(
          s['status-indicators.json'].records,
          (r) => r.code,
          ({ sources: _, code: __, ...p }) => p,
        ),
      },
    },
    {
      name: 'seed/modifiers-by-code',
      params: {
        rows: keyed(
          s['modifiers.json'].records,
          (r) => r.code,
          ({ sources: _, code: __, ...p }) => p,
        ),
      },
    },
    {
      name: 'seed/carcs-by-code',
      params: {
        rows: keyed(
          s['adjustment-codes.json'].carc,
          (r) => r.code,
          (r) => ({ description: r.description }),
        ),
      },
    },
    {
      name: 'seed/rarcs-by-code',
      params: {
        rows: keyed(
          s['adjustment-codes.json'].rarc,
          (r) => r.code,
          (r) => ({ description: r.description }),
        ),
      },
    },
    {
      name: 'seed/categories-by-id',
      params: {
        rows: codes.categories.map(({ sources, parent, id, ...props }) => ({
          id,
          parent,
          props,
          cites: cites(sources),
        })),
      },
    },
    {
      name: 'seed/codes-by-code',
      params: {
        rows: codes.records.map((c) => ({
          code: c.code,
          props: { system: c.system, shortDescriptor: c.shortDescriptor, statusCode: c.statusCode },
          category: c.category,
          categoryFact: {
            sourceIds: c.categorySources.map((x) => x.id),
            section: c.categorySources[0]?.section ?? null,
            verifiedOn: verifiedOf.get(c.categorySources[0]?.id ?? '') ?? null,
          },
          cites: cites(c.sources),
        })),
      },
    },
    {
      name: 'seed/releases-by-id',
      params: {
        rows: releases.map(({ sources, note, status: _, ...r }) => ({
          ...r,
          note: note ?? null,
          sourceIds: sources,
        })),
      },
    },
    { name: 'seed/fee-schedule-entries-by-id', params: { rows: entries } },
    {
      name: 'seed/rules-by-id',
      params: {
        rows: rules.map((r) => ({
          id: r.id,
          props: { name: r.name, statement: r.statement, indicatorMeanings: r.indicatorMeanings },
          allows: r.allows,
          governs: r.governs,
          governsGlobalPeriods: r.governsGlobalPeriods,
          cites: cites(r.sources),
        })),
      },
    },
    {
      name: 'seed/denial-reasons-by-id',
      params: {
        rows: denial.map((d) => ({
          id: d.id,
          props: { title: d.title, description: d.description, generic: true },
          carc: d.predicts.filter((p) => p.kind === 'CARC').map(({ code, basis }) => ({ code, basis })),
          rarc: d.predicts.filter((p) => p.kind === 'RARC').map(({ code, basis }) => ({ code, basis })),
          cites: cites(d.sources),
        })),
      },
    },
    {
      name: 'seed/code-relations-by-code',
      params: {
        rows: s['code-relations.json'].records.map((r) => ({
          from: r.from,
          to: r.to,
          modifiers: r.modifiers,
          sourceIds: r.sources.map((x) => x.id),
          section: r.sources[0]?.section ?? null,
          locator: r.sources[0]?.locator ?? null,
          verifiedOn: r.sources[0]?.verifiedOn ?? verifiedOf.get(r.sources[0]?.id ?? '') ?? null,
        })),
      },
    },
    ...datasets.map((dataset) => ({ name: 'seed/active-release-by-dataset', params: { dataset } })),
  ];
}
