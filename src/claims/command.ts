/**
 * `claimgraph check <claim.json | -> [--json]`: checks a claim read as JSON (the same input as the
 * GraphQL checkClaim query) and prints what would be denied and why.
 * Exit codes: 0 no DENY finding, 1 at least one DENY finding, 2 invalid input or usage.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { type Database, openDatabase } from '../db/database.js';
import { loadClaimContext } from './context.js';
import { evaluateClaim } from './engine.js';
import { ClaimInputError, parseClaim } from './input.js';
import type { ClaimCheckResult, Finding } from './types.js';

export interface CheckIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<string>;
  openDb: () => Promise<Database>;
}

const defaultIo: CheckIo = {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  openDb: () => openDatabase(loadConfig(), (line) => process.stderr.write(`${line}\n`)),
};

const USAGE = 'usage: claimgraph check <claim.json | -> [--json]';

export async function runCheck(args: string[], io: CheckIo = defaultIo): Promise<number> {
  const json = args.includes('--json');
  const files = args.filter((a) => a !== '--json');
  if (files.length !== 1 || (files[0]!.startsWith('-') && files[0] !== '-')) {
    io.stderr(`${USAGE}\n`);
    return 2;
  }
  const file = files[0]!;
  const label = file === '-' ? '<stdin>' : file;
  let text: string;
  try {
    text = file === '-' ? await io.readStdin() : await readFile(file, 'utf8');
  } catch (err) {
    io.stderr(`${label}: cannot read: ${(err as Error).message}\n`);
    return 2;
  }
  let claim: ReturnType<typeof parseClaim>;
  try {
    claim = parseClaim(parseJson(text, label));
  } catch (err) {
    if (err instanceof ClaimInputError) {
      for (const i of err.issues) io.stderr(`${label}: ${i.path}: ${i.message}\n`);
      return 2;
    }
    if (err instanceof SyntaxError) {
      io.stderr(`${err.message}\n`);
      return 2;
    }
    throw err;
  }
  const db = await io.openDb();
  let result: ClaimCheckResult;
  try {
    result = evaluateClaim(claim, await loadClaimContext(db.executor, claim));
  } finally {
    await db.close();
  }
  io.stdout(json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result));
  return result.summary.deny > 0 ? 1 : 0;
}

/** JSON.parse with a `file:line:column: reason` message. */
export function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    const msg = (err as Error).message;
    const lc = /\(line (\d+) column (\d+)\)/.exec(msg);
    const m = /position (\d+)/.exec(msg);
    let where = '';
    if (lc) where = `:${lc[1]}:${lc[2]}`;
    else if (m) {
      const before = text.slice(0, Number(m[1])).split('\n');
      where = `:${before.length}:${before[before.length - 1]!.length + 1}`;
    }
    throw new SyntaxError(
      `${label}${where}: invalid JSON: ${msg.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '')}`,
    );
  }
}

export function formatResult(r: ClaimCheckResult): string {
  const s = r.summary;
  const out = [`Claim check: ${s.lines} line(s); ${s.deny} deny, ${s.warn} warn, ${s.info} info`];
  for (const f of r.findings) out.push('', ...formatFinding(f));
  if (r.findings.length === 0) out.push('', 'No findings: nothing predicted to be denied.');
  return `${out.join('\n')}\n`;
}

function formatFinding(f: Finding): string[] {
  const lines = [`${f.severity.padEnd(4)} [${f.rule}] line(s) ${f.lineIndexes.join(', ')}: ${f.message}`];
  if (f.suggestion) lines.push(`     suggestion: ${f.suggestion}`);
  for (const o of f.modifierOptions) {
    lines.push(
      `     ${o.modifier}: ${o.meaning}; new global period: ${o.startsNewGlobalPeriod ? 'yes' : 'no'}${o.paymentNote ? `; ${o.paymentNote}` : ''}`,
    );
  }
  if (f.carc.length || f.rarc.length) {
    lines.push(
      `     predicted: ${[...f.carc.map((c) => `CARC ${c}`), ...f.rarc.map((c) => `RARC ${c}`)].join(', ')}${f.denialReasonId ? ` (${f.denialReasonId})` : ''}`,
    );
  }
  for (const src of f.sources)
    lines.push(`     source: ${src.title ?? src.id}${src.url ? ` <${src.url}>` : ''}`);
  return lines;
}
