/**
 * One measured load, run in its own process so its peak RSS and CPU time are its own:
 *   node --import tsx bench/import/child.ts importer|bare-nodes|bare-linked <bolt-uri> <manifest.json>
 * - importer: the real import (validation of every part, release, codes, edges, flip, cleanup) of
 *   practitioner then hospital;
 * - bare-nodes: the same rows streamed into `UNWIND $rows AS r CREATE (:PtpEdit {...})`, same
 *   properties and ids, no relationships;
 * - bare-linked: the same PtpEdit nodes and the same COLUMN_1/COLUMN_2 relationships, by a bare
 *   UNWIND/MATCH/CREATE onto Code nodes created before the clock starts (no validation, no release).
 * All three apply the same schema (constraints and indexes) first, send 10k-row batches and read the
 * next batch while one is written. Prints one JSON line.
 */
import { readFileSync } from 'node:fs';
import { applySchema } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { ProblemList } from '../../src/ingest/common/problems.js';
import { createProgress } from '../../src/ingest/common/progress.js';
import { readRecords } from '../../src/ingest/common/records.js';
import { codeSystem } from '../../src/ingest/common/values.js';
import { ptpHospitalSpec, ptpPractitionerSpec } from '../../src/ingest/ptp/spec.js';
import { importRelease } from '../../src/ingest/release/run.js';

type Mode = 'importer' | 'bare-nodes' | 'bare-linked';
const [mode, uri, manifestPath] = process.argv.slice(2) as [Mode, string, string];
if (!['importer', 'bare-nodes', 'bare-linked'].includes(mode) || !uri || !manifestPath)
  throw new Error('usage: child.ts importer|bare-nodes|bare-linked <uri> <manifest>');
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, string[]> };
const driver = createDriver({ uri, connectionTimeoutMs: 5000, acquireTimeoutMs: 60_000, maxPoolSize: 4 });
const ex = new Executor(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
await applySchema(ex);
const log = (l: string) => console.error(l);
const settings = [
  ['ptp-practitioner', 'PRACTITIONER', ptpPractitionerSpec],
  ['ptp-hospital', 'HOSPITAL', ptpHospitalSpec],
] as const;

/** The rows as the bare loads see them: split fields, dates made ISO, nothing checked. */
async function* bareRows(files: string[]) {
  for (const file of files) {
    for await (const rec of readRecords(file, { delimiter: '\t', quoted: false }, new ProblemList())) {
      const f = rec.fields;
      if (f.length < 7 || !/^\d{8}$/.test(f[3] ?? '')) continue;
      const eff = f[3] as string;
      const del = f[4] === '*' ? null : (f[4] as string);
      yield {
        c1: f[0] as string,
        c2: f[1] as string,
        p: f[2] === '*',
        eff: `${eff.slice(0, 4)}-${eff.slice(4, 6)}-${eff.slice(6)}`,
        del: del ? `${del.slice(0, 4)}-${del.slice(4, 6)}-${del.slice(6)}` : null,
        mi: f[5],
        why: f[6],
      };
    }
  }
}

// bare-linked: the Code nodes exist before the clock starts (the importer creates its own, timed).
let setupSeconds = 0;
if (mode === 'bare-linked') {
  const t = Date.now();
  const codes = new Set<string>();
  for (const [kind] of settings) {
    for await (const r of bareRows(manifest.files[kind] ?? [])) {
      codes.add(r.c1);
      codes.add(r.c2);
    }
  }
  const list = [...codes].map((code) => ({ code, system: codeSystem(code) }));
  for (let i = 0; i < list.length; i += 10_000)
    await ex.write('ingest/codes-merge-by-code', { codes: list.slice(i, i + 10_000) });
  setupSeconds = (Date.now() - t) / 1000;
  log(`bare-linked: ${list.length} Code nodes created before the clock (${setupSeconds} s)`);
}

const t0 = Date.now();
const cpu0 = process.cpuUsage();
const phases: Record<string, Record<string, number>> = {};
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
      progress: createProgress({ tty: false, log, intervalMs: 30_000 }),
      log,
    });
    rows = r.rowCount;
    phases[kind] = { rows, seconds: (Date.now() - t) / 1000, ...r.phases };
  } else {
    // Ids as long as the importer's (same release-id form), so the unique index does the same work.
    const prefix = `${spec.dataset}:SYNTH-2026Q3:bare00000000`;
    const query =
      mode === 'bare-nodes'
        ? 'ingest/ptp/ptp-edits-bare-create-by-rows'
        : 'ingest/ptp/ptp-edits-bare-linked-create-by-rows';
    // Like the importer, one batch is written while the next is read.
    let batch: Record<string, unknown>[] = [];
    let inflight: Promise<void> | undefined;
    const flush = async () => {
      const sending = batch;
      batch = [];
      if (inflight) await inflight;
      inflight = ex.write(query, { rows: sending, setting, prefix }).then(() => {
        rows += sending.length;
      });
      inflight.catch(() => {});
    };
    for await (const r of bareRows(files)) {
      batch.push(r);
      if (batch.length >= 10_000) await flush();
    }
    if (batch.length > 0) await flush();
    if (inflight) await inflight;
    phases[kind] = { rows, seconds: (Date.now() - t) / 1000 };
  }
  log(`${mode}: ${kind} ${rows} rows in ${phases[kind]?.seconds} s`);
}
const seconds = (Date.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
const [counts] = await ex.runStatement(
  `MATCH (e:PtpEdit) WITH count(e) AS edits
   CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
   CALL () { MATCH ()-[r:COLUMN_1|COLUMN_2]->() RETURN count(r) AS columnRelationships }
   RETURN edits, relationships, columnRelationships`,
  {},
  'READ',
);
await driver.close();
console.log(
  JSON.stringify({
    mode,
    seconds,
    setupSeconds,
    loaderCpuSeconds: Number(((cpu.user + cpu.system) / 1e6).toFixed(1)),
    phases,
    graph: counts,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
