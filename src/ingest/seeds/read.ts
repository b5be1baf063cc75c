/**
 * Reads and validates the curated seed files. Problems are reported as `seeds/<file>: <json path>: reason`
 * (schema mismatches, and references to a source, release, category, modifier or CARC/RARC that no seed
 * file defines), all at once, before anything is written.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SEED_FILES, type SeedFiles } from './schema.js';

export const seedsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../seeds');

export class SeedError extends Error {
  constructor(readonly problems: string[]) {
    super(`the seed files are invalid; nothing was written:\n${problems.join('\n')}`);
    this.name = 'SeedError';
  }
}

function jsonPath(p: readonly PropertyKey[]): string {
  return `$${p.map((k) => (typeof k === 'number' ? `[${k}]` : `.${String(k)}`)).join('')}`;
}

export function readSeedFiles(dir: string = seedsDir): SeedFiles {
  const problems: string[] = [];
  const out: Partial<Record<keyof SeedFiles, unknown>> = {};
  const rel = (f: string) => path.relative(path.resolve(dir, '..'), path.join(dir, f));
  for (const [file, schema] of Object.entries(SEED_FILES) as [
    keyof SeedFiles,
    (typeof SEED_FILES)[keyof SeedFiles],
  ][]) {
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
    } catch (e) {
      problems.push(`${rel(file)}: $: cannot read JSON: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const parsed = schema.safeParse(json);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${rel(file)}: ${jsonPath(issue.path)}: ${issue.message}`);
      continue;
    }
    out[file] = parsed.data;
  }
  if (problems.length > 0) throw new SeedError(problems);
  const seeds = out as SeedFiles;
  crossCheck(seeds, rel, problems);
  if (problems.length > 0) throw new SeedError(problems);
  return seeds;
}

/** Every id a record points at must be defined by a seed file. */
function crossCheck(s: SeedFiles, rel: (f: string) => string, problems: string[]) {
  const sources = new Set(s['sources.json'].records.map((r) => r.id));
  const releases = new Set(s['releases.json'].records.map((r) => r.id));
  const categories = new Set(s['codes.json'].categories.map((c) => c.id));
  const modifiers = new Set(s['modifiers.json'].records.map((m) => m.code));
  const periods = new Set<string>(s['global-periods.json'].records.map((g) => g.indicator));
  const carc = new Set(s['adjustment-codes.json'].carc.map((c) => c.code));
  const rarc = new Set(s['adjustment-codes.json'].rarc.map((c) => c.code));
  const need = (ok: boolean, file: string, at: string, reason: string) => {
    if (!ok) problems.push(`${rel(file)}: ${at}: ${reason}`);
  };
  const citations = (file: keyof SeedFiles, list: { id: string }[][], key: string, field = 'sources') => {
    for (const [i, cited] of list.entries()) {
      for (const [j, c] of cited.entries()) {
        need(sources.has(c.id), file, `$.${key}[${i}].${field}[${j}].id`, `unknown source '${c.id}'`);
      }
    }
  };
  const srcs = (list: { sources: { id: string }[] }[]) => list.map((r) => r.sources);

  for (const [i, r] of s['releases.json'].records.entries()) {
    for (const [j, id] of r.sources.entries()) {
      need(sources.has(id), 'releases.json', `$.records[${i}].sources[${j}]`, `unknown source '${id}'`);
    }
  }
  for (const [i, r] of s['fee-schedule.json'].records.entries()) {
    need(
      releases.has(r.release),
      'fee-schedule.json',
      `$.records[${i}].release`,
      `unknown release '${r.release}'`,
    );
  }
  const codes = s['codes.json'];
  citations('codes.json', srcs(codes.categories), 'categories');
  for (const [i, c] of codes.categories.entries()) {
    need(
      c.parent === null || categories.has(c.parent),
      'codes.json',
      `$.categories[${i}].parent`,
      `unknown category '${c.parent}'`,
    );
  }
  citations('codes.json', srcs(codes.records), 'records');
  citations(
    'codes.json',
    codes.records.map((r) => r.categorySources),
    'records',
    'categorySources',
  );
  for (const [i, r] of codes.records.entries()) {
    need(
      categories.has(r.category),
      'codes.json',
      `$.records[${i}].category`,
      `unknown category '${r.category}'`,
    );
  }
  citations('global-periods.json', srcs(s['global-periods.json'].records), 'records');
  citations('status-indicators.json', srcs(s['status-indicators.json'].records), 'records');
  citations('modifiers.json', srcs(s['modifiers.json'].records), 'records');
  citations('rules.json', srcs(s['rules.json'].records), 'records');
  for (const [i, r] of s['rules.json'].records.entries()) {
    for (const [j, m] of r.allows.entries()) {
      need(modifiers.has(m), 'rules.json', `$.records[${i}].allows[${j}]`, `unknown modifier '${m}'`);
    }
    for (const [j, m] of r.governs.entries()) {
      need(modifiers.has(m), 'rules.json', `$.records[${i}].governs[${j}]`, `unknown modifier '${m}'`);
    }
    for (const [j, g] of r.governsGlobalPeriods.entries()) {
      need(
        periods.has(g),
        'rules.json',
        `$.records[${i}].governsGlobalPeriods[${j}]`,
        `unknown global period '${g}'`,
      );
    }
  }
  citations('adjustment-codes.json', srcs(s['adjustment-codes.json'].carc), 'carc');
  citations('adjustment-codes.json', srcs(s['adjustment-codes.json'].rarc), 'rarc');
  citations('denial-reasons.json', srcs(s['denial-reasons.json'].records), 'records');
  for (const [i, r] of s['denial-reasons.json'].records.entries()) {
    for (const [j, p] of r.predicts.entries()) {
      const known = (p.kind === 'CARC' ? carc : rarc).has(p.code);
      need(
        known,
        'denial-reasons.json',
        `$.records[${i}].predicts[${j}].code`,
        `unknown ${p.kind} '${p.code}'`,
      );
    }
  }
  citations('code-relations.json', srcs(s['code-relations.json'].records), 'records');
}
