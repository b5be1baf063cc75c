/**
 * One measured load, run in its own process so its peak RSS is its own:
 *   node --import tsx bench/import/child.ts importer|bare <bolt-uri> <manifest.json>
 * "importer" runs the real import (validation, release, codes, edges) of practitioner then hospital;
 * "bare" streams the same rows into `UNWIND $rows AS r CREATE (:PtpEdit {...})`. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { applySchema } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { ProblemList } from '../../src/ingest/common/problems.js';
import { createProgress } from '../../src/ingest/common/progress.js';
import { readRecords } from '../../src/ingest/common/records.js';
import { ptpHospitalSpec, ptpPractitionerSpec } from '../../src/ingest/ptp/spec.js';
import { importRelease } from '../../src/ingest/release/run.js';

const [mode, uri, manifestPath] = process.argv.slice(2);
if (!mode || !uri || !manifestPath) throw new Error('usage: child.ts importer|bare <uri> <manifest>');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string[]> };
const driver = createDriver({ uri, connectionTimeoutMs: 5000, acquireTimeoutMs: 60_000, maxPoolSize: 4 });
const ex = new Executor(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
await applySchema(ex);
const log = (l: string) => console.error(l);
const t0 = Date.now();
const phases: Record<string, { rows: number; seconds: number }> = {};
const settings = [
  ['ptp-practitioner', 'PRACTITIONER', ptpPractitionerSpec],
  ['ptp-hospital', 'HOSPITAL', ptpHospitalSpec],
] as const;
for (const [kind, setting, spec] of settings) {
  const files = manifest.files[kind] ?? [];
  const t = Date.now();
  let rows = 0;
  if (mode === 'importer') {
    const r = await importRelease(spec, {
      executor: ex,
      files,
      version: '2026Q3',
      synthetic: true,
      progress: createProgress({ tty: false, log, intervalMs: 15_000 }),
      log,
    });
    rows = r.rowCount;
  } else {
    let batch: Record<string, unknown>[] = [];
    const flush = async () => {
      await ex.write('ingest/ptp/ptp-edits-bare-create-by-rows', {
        rows: batch,
        setting,
        prefix: `bare:${setting}:`,
      });
      rows += batch.length;
      batch = [];
    };
    for (const file of files) {
      for await (const rec of readRecords(file, { delimiter: '\t', quoted: false }, new ProblemList())) {
        const f = rec.fields;
        if (f.length < 7 || !/^\d{8}$/.test(f[3] ?? '')) continue;
        const eff = f[3] as string;
        const del = f[4] === '*' ? null : (f[4] as string);
        batch.push({
          c1: f[0],
          c2: f[1],
          p: f[2] === '*',
          eff: `${eff.slice(0, 4)}-${eff.slice(4, 6)}-${eff.slice(6)}`,
          del: del ? `${del.slice(0, 4)}-${del.slice(4, 6)}-${del.slice(6)}` : null,
          mi: f[5],
          why: f[6],
        });
        if (batch.length >= 10_000) await flush();
      }
    }
    if (batch.length > 0) await flush();
  }
  phases[kind] = { rows, seconds: (Date.now() - t) / 1000 };
  log(`${mode}: ${kind} ${rows} rows in ${phases[kind]?.seconds} s`);
}
const [counts] = await ex.runStatement(
  'MATCH (e:PtpEdit) WITH count(e) AS edits OPTIONAL MATCH ()-[r]->() RETURN edits, count(r) AS relationships',
  {},
  'READ',
);
await driver.close();
console.log(
  JSON.stringify({
    mode,
    seconds: (Date.now() - t0) / 1000,
    phases,
    graph: counts,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
