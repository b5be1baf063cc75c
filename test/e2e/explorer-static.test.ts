/**
 * Serving the built explorer: the page and its assets at /explorer, nothing outside the build folder.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { serveExplorer } from '../../src/http/static.js';
import { buildExplorer, explorerDistDir } from '../../web/build.js';
import { testApp } from '../helpers/app.js';

beforeAll(async () => {
  await buildExplorer();
});

const get = (pathname: string, method = 'GET') =>
  testApp().fetch(new Request(`http://localhost${pathname}`, { method }));

describe('/explorer', () => {
  it('serves the page and the bundle the page names, with a restrictive CSP', async () => {
    const page = await get('/explorer?code=27594');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    const html = await page.text();
    const scripts = [...html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]);
    expect(scripts).toEqual(['/explorer/main.js']);
    const bundle = await get('/explorer/main.js');
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toContain('text/javascript');
    expect((await bundle.text()).length).toBeGreaterThan(100_000); // cytoscape is bundled, not fetched
    expect((await get('/explorer/styles.css')).status).toBe(200);
  });

  it('answers 404 for anything the build did not write, including traversal attempts', async () => {
    for (const p of [
      '/explorer/nope.js',
      '/explorer/../package.json',
      '/explorer/%2e%2e%2fpackage.json',
      '/explorer/.built',
    ]) {
      expect((await get(p)).status, p).toBe(404);
    }
    expect((await get('/explorer', 'POST')).status).toBe(405);
  });

  it('says how to build it when the bundle is missing', async () => {
    const empty = mkdtempSync(path.join(tmpdir(), 'claimgraph-explorer-'));
    const res = serveExplorer(new Request('http://localhost/explorer'), empty);
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('web/build.ts');
    writeFileSync(path.join(empty, 'index.html'), '<p>x</p>');
    expect(serveExplorer(new Request('http://localhost/explorer'), empty).status).toBe(200);
    expect(explorerDistDir).toContain(path.join('web', 'dist', 'explorer'));
  });
});
