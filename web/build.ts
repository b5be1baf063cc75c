/**
 * Builds the graph explorer (web/explorer) into web/dist/explorer with esbuild: one bundled script
 * (cytoscape included), one stylesheet and the page. Nothing is fetched from a CDN at run time, because
 * the machines that serve ClaimGraph may have no internet.
 *
 *   npx tsx web/build.ts          build when stale (sources newer than the last build)
 *   npx tsx web/build.ts --force  build regardless
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const webDir = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(webDir, '..');
const sourceDir = path.join(webDir, 'explorer');
export const explorerDistDir = path.join(webDir, 'dist', 'explorer');
const stampFile = path.join(explorerDistDir, '.built');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** True when a source file (or the bundled library, or this script) changed since the last build. */
export function explorerIsStale(): boolean {
  if (!existsSync(stampFile)) return true;
  const inputs = Math.max(
    newestMtime(sourceDir),
    statSync(fileURLToPath(import.meta.url)).mtimeMs,
    statSync(path.join(root, 'node_modules', 'cytoscape', 'package.json')).mtimeMs,
  );
  return inputs > statSync(stampFile).mtimeMs;
}

export async function buildExplorer(opts: { force?: boolean; log?: (line: string) => void } = {}) {
  const log = opts.log ?? (() => {});
  if (!opts.force && !explorerIsStale()) {
    log('explorer: web/dist/explorer is up to date');
    return { built: false, outDir: explorerDistDir };
  }
  mkdirSync(explorerDistDir, { recursive: true });
  const result = await build({
    entryPoints: [path.join(sourceDir, 'main.ts'), path.join(sourceDir, 'styles.css')],
    outdir: explorerDistDir,
    bundle: true,
    format: 'esm',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: true,
    legalComments: 'linked',
    metafile: true,
    logLevel: 'silent',
  });
  copyFileSync(path.join(sourceDir, 'index.html'), path.join(explorerDistDir, 'index.html'));
  writeFileSync(stampFile, `${new Date().toISOString()}\n`);
  const bytes = Object.values(result.metafile.outputs).reduce((a, o) => a + o.bytes, 0);
  log(`explorer: built web/dist/explorer (${Math.round(bytes / 1024)} kB)`);
  return { built: true, outDir: explorerDistDir };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildExplorer({ force: process.argv.includes('--force'), log: (l) => console.log(l) }).catch(
    (e: unknown) => {
      console.error(`explorer: build failed: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}
