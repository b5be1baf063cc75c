/**
 * `claimgraph import page <file…>`: imports code pages one by one, each in its own transaction.
 * Every file is parsed before anything is written; a page that cannot be read is reported as
 * `file:line:column: reason` and nothing of it is written. Exit status 1 when any page was refused.
 */
import { loadConfig } from '../../config.js';
import { applySchema, openDatabase, waitForConnectivity } from '../../db/database.js';
import type { Executor } from '../../db/executor.js';
import { CodePageError } from './errors.js';
import { importCodePage } from './import.js';

export async function runImportPage(args: string[]): Promise<number> {
  const files = args.filter((a) => !a.startsWith('--'));
  if (files.length === 0) {
    console.error('usage: claimgraph import page <code-page.txt…>');
    return 2;
  }
  const config = loadConfig();
  const db = await openDatabase(config, (line) => console.error(line));
  try {
    await waitForConnectivity(db.driver, 120_000);
    await applySchema(db.executor);
    return await importPages(
      db.executor,
      files,
      (line) => console.log(line),
      (line) => console.error(line),
    );
  } finally {
    await db.close();
  }
}

/** Imports each file; returns 0 when all were imported, 1 when any was refused. */
export async function importPages(
  executor: Executor,
  files: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      const r = await importCodePage(executor, file);
      out(`page ${file}: code ${r.code}, ${r.facts} facts imported`);
    } catch (e) {
      failed += 1;
      if (e instanceof CodePageError) err(`${e.message}\npage ${file}: refused, nothing written`);
      else err(`page ${file}: ${e instanceof Error ? e.message : String(e)}; nothing written`);
    }
  }
  return failed > 0 ? 1 : 0;
}
