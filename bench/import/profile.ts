/**
 * Where the PTP import's time goes (a diagnostic, not the benchmark):
 *   npx tsx bench/import/profile.ts [--rows 200000] [--heap 4g] [--pagecache 4096] [--only a,b]
 * Times, on the first N practitioner rows of the synthetic files: the raw record read, the full
 * validation pass (parse + duplicate check), and several write shapes against a throwaway Neo4j
 * (fresh PtpEdit set for each; the Code nodes stay). Prints one line per measurement.
 */
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { applySchema } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { ProblemList } from '../../src/ingest/common/problems.js';
import { readRecords } from '../../src/ingest/common/records.js';
import { scanFiles } from '../../src/ingest/common/table.js';
import { codeSystem } from '../../src/ingest/common/values.js';
import { type PtpRow, ptpFormat } from '../../src/ingest/ptp/format.js';
import { ptpPractitionerSpec } from '../../src/ingest/ptp/spec.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    heap: { type: 'string', default: '4g' },
    pagecache: { type: 'string', default: '4096' },
    only: { type: 'string', default: '' },
    data: { type: 'string', default: 'bench/.data/synthetic' },
    'skip-node': { type: 'boolean', default: false },
    parallel: { type: 'string', default: '1' },
  },
});
const N = Number(values.rows);
const manifest = JSON.parse(readFileSync(path.join(root, values.data, 'manifest.json'), 'utf8')) as {
  files: Record<string, string[]>;
};
const files = (manifest.files['ptp-practitioner'] ?? []).map((f) => path.resolve(root, f));
const out = (l: string) => console.log(`[profile] ${l}`);
/** CPU seconds (user + system) a process has used so far, from /proc (Linux). */
function cpuSeconds(pid: number): number {
  const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(f[11]) + Number(f[12])) / 100;
}
const rate = (n: number, s: number) => `${n} rows in ${s.toFixed(2)} s = ${Math.round(n / s)} rows/s`;

// 1. Node side.
if (!values['skip-node']) {
  let t = Date.now();
  let n = 0;
  for (const f of files)
    for await (const _ of readRecords(f, { delimiter: '\t', quoted: false }, new ProblemList())) n++;
  out(`read records (all practitioner parts): ${rate(n, (Date.now() - t) / 1000)}`);
  t = Date.now();
  const problems = new ProblemList();
  const codes = new Set<string>();
  const scan = await scanFiles(
    ptpFormat,
    files,
    problems,
    (r) => {
      codes.add(r.column1);
      codes.add(r.column2);
    },
    { checkDuplicates: true },
  );
  out(`validate pass (parse + duplicates + codes): ${rate(scan.rows, (Date.now() - t) / 1000)}`);
  t = Date.now();
  const s2 = await scanFiles(ptpFormat, files, new ProblemList(), () => {});
  out(`parse pass (no duplicate set): ${rate(s2.rows, (Date.now() - t) / 1000)}`);
}

// The first N rows, in memory, for the write shapes.
const rows: PtpRow[] = [];
{
  const stop = new Error('enough');
  try {
    await scanFiles(ptpFormat, files, new ProblemList(), (r) => {
      if (rows.length >= N) throw stop;
      rows.push(r);
    });
  } catch (e) {
    if (e !== stop) throw e;
  }
}
const codeList = [...new Set(rows.flatMap((r) => [r.column1, r.column2]))].map((code) => ({
  code,
  system: codeSystem(code),
}));

const store = path.join(root, 'bench/.data/neo4j-profile');
rmSync(store, { recursive: true, force: true });
const neo = await startLocalNeo4j({
  dataDir: store,
  boltPort: 0,
  heap: values.heap,
  pageCacheMb: Number(values.pagecache),
  txTimeoutSeconds: 600,
});
const driver = createDriver({
  uri: neo.uri,
  connectionTimeoutMs: 5000,
  acquireTimeoutMs: 60_000,
  maxPoolSize: 4,
});
const ex = new Executor(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
try {
  await applySchema(ex);
  for (let i = 0; i < codeList.length; i += 10_000)
    await ex.write('ingest/codes-merge-by-code', { codes: codeList.slice(i, i + 10_000) });
  await ex.runStatement(
    "CREATE (:Release {id: 'R1', status: 'loading', dataset: 'NCCI_PTP_PRACTITIONER', version: 'P'})",
  );

  // The importer's own row shape (short keys), so every write shape below sends the same parameters.
  const mapRow = (r: PtpRow) => ptpPractitionerSpec.toParams(r);
  const arrRow = (r: PtpRow) => [
    r.column1,
    r.column2,
    r.priorTo1996,
    r.effectiveDate,
    r.deletionDate,
    r.modifierIndicator,
    r.rationale,
  ];
  const PROPS = `id: $releaseId + ':' + r.c1 + ':' + r.c2 + ':' + r.eff,
  setting: 'PRACTITIONER', column1: r.c1, column2: r.c2, priorTo1996: r.p,
  effectiveDate: date(r.eff), deletionDate: date(r.del), modifierIndicator: r.mi,
  rationale: r.why, releaseId: $releaseId`;
  const shapes: Record<string, { text: string; row: (r: PtpRow) => unknown; batch: number }> = {
    bareNodes: { text: `UNWIND $rows AS r CREATE (:PtpEdit {${PROPS}})`, row: mapRow, batch: 10_000 },
    bareSameShape: {
      text: `UNWIND $rows AS r MATCH (c1:Code {code: r.c1}) MATCH (c2:Code {code: r.c2})
CREATE (e:PtpEdit {${PROPS}}) CREATE (e)-[:COLUMN_1]->(c1) CREATE (e)-[:COLUMN_2]->(c2)`,
      row: mapRow,
      batch: 10_000,
    },
    importerNow: {
      text: readFileSync(
        path.join(root, 'cypher/ingest/ptp/ptp-edits-create-by-release.cypher'),
        'utf8',
      ).replace(/\$setting/g, "'PRACTITIONER'"),
      row: mapRow,
      batch: 10_000,
    },
    noFromRelease: {
      text: `MATCH (rel:Release {id: $releaseId}) UNWIND $rows AS r MATCH (c1:Code {code: r.c1}) MATCH (c2:Code {code: r.c2})
CREATE (e:PtpEdit {${PROPS}}) CREATE (e)-[:COLUMN_1]->(c1) CREATE (e)-[:COLUMN_2]->(c2)`,
      row: mapRow,
      batch: 10_000,
    },
    arrays: {
      text: `UNWIND $rows AS x WITH x[0] AS c1k, x[1] AS c2k, x
MATCH (c1:Code {code: c1k}) MATCH (c2:Code {code: c2k})
CREATE (e:PtpEdit {id: $releaseId + ':' + c1k + ':' + c2k + ':' + x[3], setting: 'PRACTITIONER',
  column1: c1k, column2: c2k, priorTo1996: x[2], effectiveDate: date(x[3]), deletionDate: date(x[4]),
  modifierIndicator: x[5], rationale: x[6], releaseId: $releaseId})
CREATE (e)-[:COLUMN_1]->(c1) CREATE (e)-[:COLUMN_2]->(c2)`,
      row: arrRow,
      batch: 10_000,
    },
  };
  for (const b of [5_000, 25_000, 50_000]) {
    shapes[`noFromRelease@${b}`] = { ...(shapes.noFromRelease as (typeof shapes)[string]), batch: b };
    shapes[`importerNow@${b}`] = { ...(shapes.importerNow as (typeof shapes)[string]), batch: b };
  }
  const only = values.only ? values.only.split(',') : Object.keys(shapes);
  for (const name of only) {
    const s = shapes[name];
    if (!s) throw new Error(`no shape ${name}`);
    // Fresh PtpEdit set: delete the previous shape's nodes in batches.
    for (;;) {
      const r = await ex.runStatement(
        'MATCH (e:PtpEdit) WITH e LIMIT 20000 DETACH DELETE e RETURN count(*) AS n',
      );
      if (!(r[0] as { n: number }).n) break;
    }
    const t = Date.now();
    const cpu0 = cpuSeconds(neo.pid);
    let writeMs = 0;
    const par = Number(values.parallel);
    for (let i = 0; i < rows.length; i += s.batch * par) {
      const w = Date.now();
      const jobs = [];
      for (let k = 0; k < par && i + k * s.batch < rows.length; k++) {
        const from = i + k * s.batch;
        jobs.push(
          ex.runStatement(s.text, { releaseId: 'R1', rows: rows.slice(from, from + s.batch).map(s.row) }),
        );
      }
      await Promise.all(jobs);
      writeMs += Date.now() - w;
    }
    const secs = (Date.now() - t) / 1000;
    out(
      `write ${name} (batch ${s.batch}): ${rate(rows.length, secs)} (in Neo4j calls ${(writeMs / 1000).toFixed(2)} s, Neo4j CPU ${(cpuSeconds(neo.pid) - cpu0).toFixed(2)} s)`,
    );
  }
  const [c] = await ex.runStatement('MATCH (e:PtpEdit) RETURN count(e) AS n', {}, 'READ');
  out(`last shape left ${(c as { n: number }).n} PtpEdit; int check ${neo4j.int(1)}`);
} finally {
  await driver.close();
  await neo.stop();
  rmSync(store, { recursive: true, force: true });
}
