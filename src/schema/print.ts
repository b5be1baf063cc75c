/**
 * Prints the schema to schema/schema.graphql (sorted). `npm run schema:print`; the suite checks drift.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { schema } from './index.js';

export const schemaFile = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../schema/schema.graphql',
);

export function printedSchema(): string {
  return `${printSchema(schema)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  writeFileSync(schemaFile, printedSchema());
  console.log(`wrote ${path.relative(process.cwd(), schemaFile)}`);
}
