/**
 * Summarises a V8 CPU profile (node --cpu-prof): self time by function and by file, top N.
 * usage: npx tsx bench/api/profile.ts <file.cpuprofile> [N]
 */
import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
const file = process.argv[2];
if (!file) throw new Error('usage: profile.ts <file.cpuprofile> [N]');
const top = Number(process.argv[3] ?? 25);
const profile = JSON.parse(readFileSync(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[] };
const hits = new Map<number, number>();
for (const s of profile.samples) hits.set(s, (hits.get(s) ?? 0) + 1);
const total = profile.samples.length;
const byFn = new Map<string, number>();
const byFile = new Map<string, number>();
for (const n of profile.nodes) {
  const h = hits.get(n.id) ?? 0;
  if (!h) continue;
  const where = n.callFrame.url
    .replace(/^file:\/\/.*?node_modules\//, 'npm:')
    .replace(/^file:\/\/.*?\/work\/main\//, '');
  const fn = `${n.callFrame.functionName || '(anonymous)'} ${where}:${n.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + h);
  const pkg = where.startsWith('npm:')
    ? where
        .split('/')
        .slice(0, where.startsWith('npm:@') ? 2 : 1)
        .join('/')
    : where || '(native)';
  byFile.set(pkg, (byFile.get(pkg) ?? 0) + h);
}
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top))
    console.log(`${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`);
};
console.log(`${total} samples`);
show('self time by package / file', byFile);
show('self time by function', byFn);
