/**
 * The query registry: every Cypher statement lives in cypher/<domain>/<what>-by-<key>.cypher and is
 * loaded once, by name ("code/codes-by-code"). Code never builds Cypher from input.
 *
 * A statement may include a fragment (cypher/<domain>/parts/<what>.cypher, a `CALL (…) { … }` block
 * whose header says what it reads and binds) with a line `// @include <domain>/parts/<what>`: the same
 * Cypher then serves a loader's own query and the one-query plan that folds several loaders together
 * (cypher/code/code-plan-by-key.cypher), with one copy of each piece of logic.
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
  for (const [name, text] of registry) registry.set(name, expandIncludes(name, text, registry, []));
  return registry;
}

const INCLUDE = /^([ \t]*)\/\/ @include (\S+)[ \t]*$/gm;

function expandIncludes(name: string, text: string, all: Map<string, string>, stack: string[]): string {
  if (stack.includes(name)) throw new Error(`Cypher include cycle: ${[...stack, name].join(' -> ')}`);
  return text.replace(INCLUDE, (_line, indent: string, part: string) => {
    const body = all.get(part);
    if (body === undefined)
      throw new Error(`cypher/${name}.cypher includes '${part}', which is not in cypher/`);
    const expanded = expandIncludes(part, body, all, [...stack, name]);
    return expanded
      .split('\n')
      .filter((l) => !l.trimStart().startsWith('//'))
      .map((l) => (l.length > 0 ? indent + l : l))
      .join('\n')
      .trimEnd();
  });
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
