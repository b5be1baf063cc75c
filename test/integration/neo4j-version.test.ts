import { afterAll, describe, expect, it } from 'vitest';
import { closeTestDriver, testExecutor } from '../helpers/graph.js';

describe('the real Neo4j the suite runs against', () => {
  afterAll(closeTestDriver);

  it('is Neo4j 5.26 (LTS), read through the driver', async () => {
    const rows = await testExecutor().runStatement(
      'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition',
      {},
      'READ',
    );
    const kernel = rows.find((r) => (r as { name: string }).name === 'Neo4j Kernel') as
      | { versions: string[]; edition: string }
      | undefined;
    expect(kernel?.versions[0]).toMatch(/^5\.26\./);
    expect(kernel?.edition).toBe('community');
  });

  it('has every constraint of cypher/schema.cypher applied', async () => {
    const rows = await testExecutor().runStatement('SHOW CONSTRAINTS YIELD name RETURN name', {}, 'READ');
    const names = rows.map((r) => (r as { name: string }).name);
    expect(names).toEqual(expect.arrayContaining(['code_key', 'ptp_edit_key', 'source_key', 'release_key']));
  });
});
