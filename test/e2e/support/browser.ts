/**
 * Headless Chromium for the browser tests: Debian's chromium package driven by playwright-core (no
 * browser download). Every request to a host other than the app's is blocked and recorded, so a test
 * proves the pages need no CDN or internet.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const artifactsDir = path.join(repoRoot, 'test', 'artifacts', 'e2e');

const args = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  context: BrowserContext;
  page: Page;
  /** Requests the page tried to send anywhere but the app (all of them blocked). */
  offsiteRequests: string[];
  /** console errors and uncaught page errors. */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openBrowser(appUrl: string): Promise<TestBrowser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing. The browser tests use Debian's chromium package: apt-get install -y chromium (.ci/run installs it).`,
    );
  }
  mkdirSync(artifactsDir, { recursive: true });
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'claimgraph-chromium-'));
  // A fresh profile per run: launchPersistentContext is how playwright passes --user-data-dir.
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args,
    headless: true,
    viewport: { width: 1440, height: 900 },
    deviceScaleFactor: 1,
  });
  const appOrigin = new URL(appUrl).origin;
  const offsiteRequests: string[] = [];
  const pageErrors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    const origin = url.startsWith('http') ? new URL(url).origin : null;
    if (origin === null || origin === appOrigin) return route.continue();
    offsiteRequests.push(url);
    return route.abort('blockedbyclient');
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
  });
  return {
    context,
    page,
    offsiteRequests,
    pageErrors,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function artifact(name: string): string {
  return path.join(artifactsDir, name);
}
