/**
 * Rewrites bench/results/import-<date>[-scaleX].md/.json from the runs its JSON holds (after a change
 * to report.ts; no load is re-run):  npx tsx bench/import/rewrite-report.ts bench/results/import-<date>.json
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Manifest } from '../generate/index.js';
import { runsOf, writeReport } from './report.js';

const file = process.argv[2];
if (!file) throw new Error('usage: rewrite-report.ts <bench/results/import-….json>');
const json = JSON.parse(readFileSync(file, 'utf8'));
const manifest = {
  rows: { 'ptp-practitioner': 0, 'ptp-hospital': 0 },
  ptp: json.synthetic,
} as unknown as Manifest;
const runs = runsOf(json);
const first = runs.find((r) => r.mode === 'importer');
for (const [kind, p] of Object.entries(first?.phases ?? {})) manifest.rows[kind] = p.rows ?? 0;
writeReport(file.replace(/\.json$/, ''), {
  date: json.date,
  startedAt: json.startedAt,
  scale: json.scale,
  rows: json.rows,
  manifest,
  heap: json.neo4j.heap,
  pageCacheMb: json.neo4j.pageCacheMb,
  runs,
});
console.log(`rewrote ${path.basename(file)} and its .md`);
