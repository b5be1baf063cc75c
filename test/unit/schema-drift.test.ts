import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { buildSchema, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { canonicalOperations } from '../../src/app.js';
import { printedSchema, schemaFile } from '../../src/schema/print.js';

describe('schema/schema.graphql', () => {
  it('is exactly the printed Pothos schema (run `npm run schema:print` after changing a type)', () => {
    expect(readFileSync(schemaFile, 'utf8')).toBe(printedSchema());
  });

  it('validates every canonical operation in schema/operations', () => {
    const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
    const ops = canonicalOperations();
    expect(ops.length).toBeGreaterThanOrEqual(10);
    for (const op of ops) {
      const errors = validate(schema, parse(op.query));
      expect(errors.map((e) => `${op.name}: ${e.message}`)).toEqual([]);
    }
  });

  it('has generated client types that match (graphql-codegen --check)', () => {
    const run = spawnSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'], {
      encoding: 'utf8',
    });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });
});
