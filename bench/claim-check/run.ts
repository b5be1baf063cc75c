/**
 * Claim-check benchmark: a 100-line claim checked repeatedly (validation + the one graph read +
 * every rule) against a Neo4j of its own holding the seed graph plus synthetic PFS/PTP/MUE data.
 * Records p50/p99 in bench/results/claim-check-<date>.{json,md}. Target (PRODUCT.md): p99 < 50 ms.
 *
 *   npx tsx bench/claim-check/run.ts [--iterations 1000] [--codes 2000] [--per-code 60]
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadClaimContext } from '../../src/claims/context.js';
import { checkClaim, evaluateClaim } from '../../src/claims/engine.js';
import { parseClaim } from '../../src/claims/input.js';
import { applySchema } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { statements } from '../../src/db/queries.js';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

const iterations = arg('iterations', 1000);
const codes = arg('codes', 2000);
const perCode = arg('per-code', 60);

/**
 * 100 lines over 3 dates: synthetic codes spread over the code range (so edits among them are as sparse
 * as in a real claim, roughly), the amputation codes, modifiers and units.
 */
function hundredLineClaim() {
  const dates = ['2026-03-02', '2026-03-03', '2026-03-04'];
  const mods = [[], ['59'], ['XS'], ['RT'], ['58'], ['62'], ['50'], ['80'], ['78'], ['59', 'XU']];
  const lines = Array.from({ length: 100 }, (_, i) => ({
    code:
      i % 10 === 9 ? ['27594', '27592', '27596'][i % 3]! : `B${String((i * 37) % codes).padStart(4, '0')}`,
    modifiers: mods[i % mods.length],
    units: 1 + (i % 3),
    dateOfService: dates[i % dates.length]!,
    placeOfService: i % 4 === 0 ? '11' : '22',
    renderingProvider: 'NPI-1',
  }));
  return {
    setting: 'PRACTITIONER',
    lines,
    priorSurgeries: [
      { code: '27592', date: '2026-02-10', provider: 'NPI-1' },
      { code: 'B0003', date: '2026-02-25', provider: 'NPI-1' },
    ],
  };
}

function percentile(sorted: number[], p: number): number {
  const i = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const r = (n: number) => Math.round(n * 1000) / 1000;
  return {
    n: s.length,
    p50: r(percentile(s, 50)),
    p90: r(percentile(s, 90)),
    p99: r(percentile(s, 99)),
    max: r(s[s.length - 1]!),
  };
}

async function main() {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'claimgraph-bench-claims-'));
  const log = (l: string) => console.error(l);
  const neo = await startLocalNeo4j({ dataDir, boltPort: 0, heap: '1g', pageCacheMb: 512, log });
  const driver = createDriver({
    uri: neo.uri,
    connectionTimeoutMs: 5000,
    acquireTimeoutMs: 10000,
    maxPoolSize: 10,
  });
  const ex = new Executor(driver, { database: 'neo4j', queryTimeoutMs: 600_000 });
  try {
    await applySchema(ex);
    await loadSeedGraph(ex, { pagesDir: path.resolve(repoRoot, '../shared/pages'), log });
    const text = readFileSync(path.join(here, 'synthetic.cypher'), 'utf8');
    const [header, codeRows, edits] = statements(text);
    await ex.runStatement(header!);
    const chunk = 250;
    for (const stmt of [codeRows!, edits!]) {
      for (let from = 0; from < codes; from += chunk) {
        await ex.runStatement(stmt, { codes, perCode, from, to: Math.min(codes, from + chunk) - 1 });
      }
    }
    const [counts] = await ex.runStatement('MATCH (e:PtpEdit) RETURN count(e) AS ptp', {}, 'READ');
    if (!counts || (counts as { ptp: number }).ptp === 0)
      throw new Error('bench: no synthetic PTP edits were created');
    log(`bench: graph ready (${JSON.stringify(counts)} PTP edits, ${codes} synthetic codes)`);

    const raw = hundredLineClaim();
    const claim = parseClaim(raw);
    const sample = await checkClaim(ex, raw);
    for (let i = 0; i < 100; i++) await checkClaim(ex, raw); // warm-up: query plan cache, JIT
    const total: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      await checkClaim(ex, raw);
      total.push(performance.now() - t0);
    }
    const context = await loadClaimContext(ex, claim);
    const rules: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      evaluateClaim(claim, context);
      rules.push(performance.now() - t0);
    }
    const date = new Date().toISOString().slice(0, 10);
    const result = {
      benchmark: 'claim-check',
      date,
      target: { p99Ms: 50 },
      machine: {
        cpus: cpus().length,
        cpu: cpus()[0]?.model ?? 'unknown',
        node: process.version,
        loadAverage: loadavg(),
      },
      graph: {
        syntheticCodes: codes,
        ptpEditsPerCode: perCode,
        ptpEdits: (counts as { ptp: number }).ptp,
        seedGraph: true,
      },
      claim: {
        lines: raw.lines.length,
        dates: 3,
        priorSurgeries: raw.priorSurgeries.length,
        findings: sample.summary,
      },
      iterations,
      endToEndMs: stats(total),
      rulesOnlyMs: stats(rules),
      graphReadsPerCheck: 1,
    };
    const outDir = path.join(repoRoot, 'bench', 'results');
    mkdirSync(outDir, { recursive: true });
    writeFileSync(path.join(outDir, `claim-check-${date}.json`), `${JSON.stringify(result, null, 2)}\n`);
    const md = [
      `# Claim check benchmark, ${date}`,
      '',
      `A ${raw.lines.length}-line claim (3 dates, ${raw.priorSurgeries.length} prior surgeries) checked ${iterations} times: zod validation, one graph read (claims/claim-context-by-codes), every rule.`,
      `Graph: the seed graph plus ${codes} synthetic codes with ${result.graph.ptpEdits} PTP edits and one MUE each (synthetic release). Machine: ${result.machine.cpus} × ${result.machine.cpu}, Node ${process.version}; Neo4j 5.26 embedded, 1 GB heap. Load average at the end: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' / ')} (other processes share the machine).`,
      '',
      '| Measure | p50 ms | p90 ms | p99 ms | max ms |',
      '|---|---|---|---|---|',
      `| End to end (checkClaim) | ${result.endToEndMs.p50} | ${result.endToEndMs.p90} | ${result.endToEndMs.p99} | ${result.endToEndMs.max} |`,
      `| Rules only (evaluateClaim) | ${result.rulesOnlyMs.p50} | ${result.rulesOnlyMs.p90} | ${result.rulesOnlyMs.p99} | ${result.rulesOnlyMs.max} |`,
      '',
      `Target p99 < 50 ms: ${result.endToEndMs.p99 < 50 ? 'met' : 'NOT met'}. Findings on the claim: ${JSON.stringify(sample.summary)}.`,
      '',
    ].join('\n');
    writeFileSync(path.join(outDir, `claim-check-${date}.md`), md);
    console.log(md);
  } finally {
    await driver.close();
    await neo.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
