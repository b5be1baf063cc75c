/**
 * The query registry: every Cypher statement lives in cypher/<domain>/<what>-by-<key>.cypher and is
 * loaded once, by name ("code/codes-by-code"). Code never builds Cypher from input.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const cypherDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../cypher');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.cypher') ? [p] : [];
  });
}

let registry: Map<string, string> | undefined;

export function loadQueries(): Map<string, string> {
  if (registry) return registry;
  registry = new Map();
  for (const file of walk(cypherDir)) {
    const name = path
      .relative(cypherDir, file)
      .replace(/\\/g, '/')
      .replace(/\.cypher$/, '');
    registry.set(name, readFileSync(file, 'utf8'));
  }
  return registry;
}

export function query(name: string): string {
  const text = loadQueries().get(name);
  if (text === undefined) throw new Error(`No Cypher query named '${name}' in cypher/`);
  return text;
}

/** Splits a multi-statement file (schema.cypher, seeds) on semicolons that end a line. */
export function statements(text: string): string[] {
  return text
    .split(/;\s*(?:\n|$)/)
    .map((s) =>
      s
        .split('\n')
        .filter((l) => !l.trim().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
