/**
 * The markdown table of a bench:api result: per operation and concurrency, each server's p50, p99,
 * req/s, errors, RSS and round trips, and the two ratios the targets are stated in:
 * ClaimGraph p50 / floor p50 (target ≤ 1.3) and ClaimGraph req/s / @neo4j/graphql req/s (target ≥ 1.5).
 */
import type { RunResult } from './measure.js';

interface Result {
  date: string;
  label: string;
  machine: { cpus: number; cpuModel?: string | undefined; memoryGb: number; node: string };
  load: { before: number[]; after: number[]; note: string };
  graph: { scale: string; nodes: number; relationships: number; reusedStore: boolean; loadSeconds: number };
  settings: { durationSeconds: number; connections: number[] };
  operations: {
    operation: string;
    name: string;
    claimgraphOnly?: string | null;
    comparable: boolean;
    problems: string[];
    roundTrips: Record<string, number | null>;
    runs: Partial<Record<string, RunResult[]>>;
  }[];
  totalSeconds: number;
}

const fmt = (n: number | undefined | null, d = 1) =>
  n === undefined || n === null || Number.isNaN(n) ? '—' : n.toFixed(d);
const ratio = (a?: number | null, b?: number | null) =>
  a !== undefined && a !== null && b ? a / b : undefined;

export function renderMarkdown(r: Result): string {
  const lines: string[] = [];
  lines.push(`# bench:api — ${r.date}${r.label ? ` (${r.label})` : ''}`);
  lines.push('');
  lines.push(
    `Graph: ${r.graph.scale} (${r.graph.nodes.toLocaleString('en-US')} nodes, ${r.graph.relationships.toLocaleString('en-US')} relationships). ` +
      `Machine: ${r.machine.cpus} cores, ${r.machine.memoryGb} GB, Node ${r.machine.node}. ` +
      `Load average before/after: ${r.load.before.map((x) => x.toFixed(1)).join(' ')} / ${r.load.after.map((x) => x.toFixed(1)).join(' ')} (shared machine). ` +
      `${r.settings.durationSeconds} s per run at ${r.settings.connections.join(', ')} connections; total ${Math.round(r.totalSeconds)} s.`,
  );
  lines.push('');
  lines.push('Targets: ClaimGraph p50 ≤ 1.3× floor; ClaimGraph req/s ≥ 1.5× @neo4j/graphql; zero errors.');
  lines.push('');
  lines.push(
    '| operation | c | ClaimGraph p50 / p99 ms | floor p50 / p99 ms | @neo4j/graphql p50 / p99 ms | ClaimGraph req/s | floor req/s | @neo4j/graphql req/s | **p50 CG/floor** | **req/s CG/peer** | errors CG/floor/peer | RSS MB CG/floor/peer | round trips CG/floor/peer | same data |',
  );
  lines.push('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
  for (const op of r.operations) {
    r.settings.connections.forEach((c, i) => {
      const cg = op.runs.claimgraph?.[i];
      const fl = op.runs.floor?.[i];
      const pe = op.runs['neo4j-graphql']?.[i];
      const p50r = ratio(cg?.p50, fl?.p50);
      const rpsr = ratio(cg?.rps, pe?.rps);
      const mark = (v: number | undefined, ok: (x: number) => boolean) =>
        v === undefined ? '—' : `${fmt(v, 2)}${ok(v) ? '' : ' ✗'}`;
      lines.push(
        `| ${op.name} | ${c} | ${fmt(cg?.p50)} / ${fmt(cg?.p99)} | ${fmt(fl?.p50)} / ${fmt(fl?.p99)} | ${fmt(pe?.p50)} / ${fmt(pe?.p99)} | ` +
          `${fmt(cg?.rps, 0)} | ${fmt(fl?.rps, 0)} | ${fmt(pe?.rps, 0)} | ${mark(p50r, (x) => x <= 1.3)} | ${mark(rpsr, (x) => x >= 1.5)} | ` +
          `${cg?.errors ?? '—'}/${fl?.errors ?? '—'}/${pe?.errors ?? '—'} | ${cg?.rssMb ?? '—'}/${fl?.rssMb ?? '—'}/${pe?.rssMb ?? '—'} | ` +
          `${op.roundTrips.claimgraph ?? '—'}/${op.roundTrips.floor ?? '—'}/${op.roundTrips['neo4j-graphql'] ?? '—'} | ${op.claimgraphOnly ? 'n/a' : op.comparable ? 'yes' : 'NO'} |`,
      );
    });
  }
  const only = r.operations.filter((o) => o.claimgraphOnly);
  if (only.length) {
    lines.push('');
    for (const o of only) lines.push(`- **${o.name}** is measured on ClaimGraph only: ${o.claimgraphOnly}.`);
  }
  const problems = r.operations.filter((o) => o.problems.length);
  if (problems.length) {
    lines.push('');
    lines.push('## Operations whose answers differ or fail');
    for (const o of problems)
      lines.push(`- **${o.name}**: ${o.problems.join('; ').replace(/\n\s*/g, ' · ')}`);
  }
  lines.push('');
  lines.push(
    'p50 and p99 are autocannon latency percentiles (ms, loopback). RSS is the peak resident set of the server process during the run. ' +
      'Round trips: ClaimGraph counts its Cypher queries per request (x-claimgraph-trace); the floor sends one query by construction; @neo4j/graphql compiles each request to one Cypher query.',
  );
  return `${lines.join('\n')}\n`;
}
