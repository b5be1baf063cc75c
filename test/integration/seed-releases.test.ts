/**
 * Seed loading rules on the real Neo4j: a bad seed file is refused with its file and JSON path before
 * anything is written; a seed release is skipped when a full-file load of the same version is current;
 * the seeded RVU rows are exactly the rows of the real RVU25D file.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../../src/ingest/seeds/load.js';
import { SeedError, seedsDir } from '../../src/ingest/seeds/read.js';
import { closeTestDriver, graphFingerprint, testExecutor, wipeGraph } from '../helpers/graph.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const ex = testExecutor();
const q = <T = Record<string, unknown>>(text: string, params: Record<string, unknown> = {}) =>
  ex.runStatement(text, params, 'READ') as Promise<T[]>;

beforeAll(async () => {
  await wipeGraph(ex);
});
afterAll(closeTestDriver);

function seedsCopy(edit: (file: string, json: Record<string, unknown>) => void, file: string): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'claimgraph-seeds-')), 'seeds');
  cpSync(seedsDir, dir, { recursive: true });
  const p = path.join(dir, file);
  const json = JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;
  edit(file, json);
  writeFileSync(p, JSON.stringify(json));
  return dir;
}

describe('seed validation', () => {
  it('refuses a record of the wrong shape with file and JSON path, writing nothing', async () => {
    const dir = seedsCopy((_f, json) => {
      const records = json.records as Record<string, unknown>[];
      delete records[3]?.meaning;
    }, 'modifiers.json');
    const before = await graphFingerprint(ex);
    const err = await loadSeedGraph(ex, { pagesDir: undefined, seedsDir: dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeedError);
    expect((err as SeedError).problems).toEqual([
      expect.stringMatching(/^seeds\/modifiers\.json: \$\.records\[3\]\.meaning: /),
    ]);
    expect(await graphFingerprint(ex)).toEqual(before);
  });

  it('refuses a record citing a source no seed file defines', async () => {
    const dir = seedsCopy((_f, json) => {
      const records = json.records as { sources: { id: string }[] }[];
      const first = records[0]?.sources[0];
      if (first) first.id = 'nowhere:made-up';
    }, 'denial-reasons.json');
    const err = await loadSeedGraph(ex, { pagesDir: undefined, seedsDir: dir }).catch((e: unknown) => e);
    expect((err as SeedError).problems).toEqual([
      "seeds/denial-reasons.json: $.records[0].sources[0].id: unknown source 'nowhere:made-up'",
    ]);
  });
});

describe('seed releases', () => {
  it('skips a seed release whose version is already current from a full-file load, superseding its own', async () => {
    await wipeGraph(ex);
    await loadSeedGraph(ex, { pagesDir: undefined });
    // Then the CMS importer loads the full RVU25D file.
    await ex.runStatement(
      `CREATE (:Release {id: 'PFS_RVU:RVU25D:abc123', dataset: 'PFS_RVU', version: 'RVU25D', status: 'current',
                         effectiveDate: date('2025-10-01'), loadedBy: 'pfs'})`,
    );
    const lines: string[] = [];
    await loadSeedGraph(ex, { pagesDir: undefined, log: (l) => lines.push(l) });
    expect(lines).toContain(
      'seed: release PFS_RVU:RVU25D:seed skipped (superseded if present): a current full load of that version is in the graph',
    );
    const current = await q<{ id: string }>(
      `MATCH (r:Release {dataset: 'PFS_RVU', version: 'RVU25D'}) WHERE r.status = 'current' RETURN r.id AS id`,
    );
    expect(current).toEqual([{ id: 'PFS_RVU:RVU25D:abc123' }]);
    const [active] = await q<{ id: string }>(
      `MATCH (:Dataset {name: 'PFS_RVU'})-[:ACTIVE_RELEASE]->(r) RETURN r.id AS id`,
    );
    expect(active?.id).toBe('PFS_RVU:RVU26A:seed');

    // On a graph where the full file came first, the seed release is never created.
    await wipeGraph(ex);
    await ex.runStatement(
      `CREATE (:Release {id: 'PFS_RVU:RVU25D:abc123', dataset: 'PFS_RVU', version: 'RVU25D', status: 'current',
                         effectiveDate: date('2025-10-01'), loadedBy: 'pfs'})`,
    );
    await loadSeedGraph(ex, { pagesDir: undefined });
    const [row] = await q<{ seedReleases: string[]; rvu25dEntries: number }>(
      `MATCH (r:Release) WHERE r.loadedBy = 'seed' WITH collect(r.id) AS seedReleases
       OPTIONAL MATCH (f:FeeScheduleEntry) WHERE f.releaseId = 'PFS_RVU:RVU25D:seed'
       RETURN seedReleases, count(f) AS rvu25dEntries`,
    );
    expect(row).toEqual({ seedReleases: ['PFS_RVU:RVU26A:seed'], rvu25dEntries: 0 });
  });

  it('seeds exactly the 13 amputation rows of the real RVU25D file, column for column', () => {
    const file = path.resolve(repoRoot, '../shared/data/cms/PPRRVU2025_Oct.csv');
    const rows = parse(readFileSync(file, 'latin1'), { relax_column_count: true }) as string[][];
    const seeded = JSON.parse(readFileSync(path.join(seedsDir, 'fee-schedule.json'), 'utf8'))
      .records as Record<string, unknown>[];
    expect(seeded.map((r) => r.code)).toEqual([
      '27590',
      '27591',
      '27592',
      '27594',
      '27596',
      '27598',
      '27880',
      '27881',
      '27882',
      '27884',
      '27886',
      '27888',
      '27889',
    ]);
    for (const s of seeded) {
      const line = Number(String(s.locator).replace('PPRRVU2025_Oct.csv line ', ''));
      const cells = rows[line - 1] ?? [];
      expect(cells[0]).toBe(s.code);
      expect(cells[1]).toBe('');
      expect(s.description).toBe(cells[2]);
      expect(s.statusCode).toBe(cells[3]);
      expect(s.workRvu).toBe(Number(cells[5]));
      expect(s.nonFacilityPeRvu).toBe(Number(cells[6]));
      expect(s.nonFacilityNa).toBe(cells[7] === 'NA');
      expect(s.facilityPeRvu).toBe(Number(cells[8]));
      expect(s.mpRvu).toBe(Number(cells[10]));
      expect(s.nonFacilityTotal).toBe(Number(cells[11]));
      expect(s.facilityTotal).toBe(Number(cells[12]));
      expect(s.globalDays).toBe(cells[14]);
      expect([s.preOp, s.intraOp, s.postOp]).toEqual([
        Number(cells[15]),
        Number(cells[16]),
        Number(cells[17]),
      ]);
      expect([s.multProc, s.bilatSurg, s.asstSurg, s.coSurg, s.teamSurg]).toEqual(cells.slice(18, 23));
      expect(s.conversionFactor).toBe(Number(cells[24]));
    }
  });
});
