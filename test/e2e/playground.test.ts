/**
 * GraphiQL in headless Chromium: it opens with every canonical operation as a tab, runs one against the
 * seed graph, and loads nothing from outside the server (no CDN; the machines here have no internet).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalOperations } from '../../src/app.js';
import { artifact, openBrowser, repoRoot, type TestBrowser } from './support/browser.js';
import { type ServedApp, serveSeededApp } from './support/server.js';

let served: ServedApp;
let browser: TestBrowser;

beforeAll(async () => {
  served = await serveSeededApp();
  browser = await openBrowser(served.url);
});

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

describe('the GraphiQL playground', () => {
  it('opens with the canonical operations as tabs and runs CodeFacts for 27594', async () => {
    const { page } = browser;
    await page.goto(`${served.url}/graphql`);
    const tabs = page.locator('.graphiql-tab');
    const names = canonicalOperations().map((o) => o.name.replace(/^\d+-/, ''));
    await expect.poll(() => tabs.count(), { timeout: 30_000 }).toBe(names.length);
    expect(await tabs.allInnerTexts()).toEqual(names);

    await tabs.filter({ hasText: 'CodeFacts' }).click();
    const response = page.locator('.graphiql-response');
    await page.locator('.graphiql-execute-button').click();
    // The editor renders spaces as no-break spaces and wraps long lines: compare with whitespace collapsed.
    const shown = async () => (await response.innerText()).replace(/\s+/g, ' ');
    await expect
      .poll(shown, { timeout: 30_000 })
      .toContain('"shortDescriptor": "Amputation follow-up surgery"');
    const text = await shown();
    expect(text).toContain('"code": "27594"');
    expect(text).toContain('"indicator": "090"');
    expect(text).not.toContain('"errors"');

    const shot = artifact('playground.png');
    await page.screenshot({ path: shot });
    mkdirSync(path.join(repoRoot, 'docs', 'screenshots'), { recursive: true });
    copyFileSync(shot, path.join(repoRoot, 'docs', 'screenshots', 'playground.png'));

    expect(browser.offsiteRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });
});
