/**
 * Serves the built graph explorer (web/dist/explorer, built by web/build.ts) at /explorer.
 * Only files that the build wrote are served: a name is looked up in the folder listing, never joined
 * from the request path, so no request can reach outside the folder.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const defaultDir = path.join(root, 'web', 'dist', 'explorer');

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const securityHeaders = {
  'x-content-type-options': 'nosniff',
  // The explorer loads only its own files and talks only to this server's /graphql. Inline styles are
  // allowed because cytoscape positions its canvas layers with style attributes; scripts are not.
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

/** True for the paths this handler answers: /explorer, /explorer/ and /explorer/<file>. */
export function isExplorerPath(pathname: string): boolean {
  return pathname === '/explorer' || pathname.startsWith('/explorer/');
}

/**
 * Answers GET/HEAD /explorer (the page) and /explorer/<file> (its bundled assets).
 * 503 with a hint when the explorer has not been built; 404 for anything the build did not write.
 */
export function serveExplorer(request: Request, distDir: string = defaultDir): Response {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
  }
  if (!existsSync(path.join(distDir, 'index.html'))) {
    return new Response(
      'The explorer is not built. Run `npx tsx web/build.ts` (npm start does it for you).\n',
      {
        status: 503,
        headers: { 'content-type': 'text/plain; charset=utf-8' },
      },
    );
  }
  const { pathname } = new URL(request.url);
  const name =
    pathname === '/explorer' || pathname === '/explorer/'
      ? 'index.html'
      : pathname.slice('/explorer/'.length);
  const served = readdirSync(distDir).filter((f) => !f.startsWith('.'));
  if (!served.includes(name)) return new Response('Not found', { status: 404 });
  const body = request.method === 'HEAD' ? null : readFileSync(path.join(distDir, name));
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': contentTypes[path.extname(name)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      ...securityHeaders,
    },
  });
}
