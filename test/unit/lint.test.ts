import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

describe('the codebase', () => {
  it('passes the one formatter and linter (biome check)', () => {
    const run = spawnSync('npx', ['biome', 'check', '.', '--max-diagnostics=20'], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('type-checks under the strict tsconfig (tsc --noEmit)', () => {
    const run = spawnSync('npx', ['tsc', '--noEmit', '-p', '.'], { encoding: 'utf8' });
    expect(run.status, run.stdout + run.stderr).toBe(0);
  }, 180_000);
});
