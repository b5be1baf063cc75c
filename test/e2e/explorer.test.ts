/**
 * The graph explorer in headless Chromium: /explorer?code=27594 draws 27594's neighbourhood, a click on a
 * node expands it, and the side panel shows the selected fact's provenance with links to its sources.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {} from '../../web/explorer/main.js'; // window.claimgraphExplorer
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

interface Drawn {
  nodes: { id: string; kind: string }[];
  edges: { id: string; source: string; target: string; type: string }[];
}

function drawn(page: Page): Promise<Drawn> {
  return page.evaluate(() => {
    const { cy } = window.claimgraphExplorer;
    return {
      nodes: cy.nodes().map((n) => ({ id: n.id(), kind: n.data('kind') as string })),
      edges: cy.edges().map((e) => ({
        id: e.id(),
        source: e.source().id(),
        target: e.target().id(),
        type: e.data('type') as string,
      })),
    };
  });
}

/** Clicks a drawn element where cytoscape rendered it, as a user would. */
async function clickElement(page: Page, id: string): Promise<void> {
  const point = await page.evaluate((elementId) => {
    const { cy } = window.claimgraphExplorer;
    const node = cy.nodes().getElementById(elementId);
    if (node.nonempty()) return node.renderedPosition();
    const edge = cy.edges().getElementById(elementId);
    return edge.nonempty() ? edge.renderedMidpoint() : null;
  }, id);
  if (!point) throw new Error(`${id} is not drawn`);
  const box = await page.locator('#graph').boundingBox();
  if (!box) throw new Error('the graph canvas has no box');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

const ready = (page: Page) =>
  page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 30_000 });

function saveScreenshot(name: string) {
  mkdirSync(path.join(repoRoot, 'docs', 'screenshots'), { recursive: true });
  copyFileSync(artifact(name), path.join(repoRoot, 'docs', 'screenshots', name));
}

describe('the graph explorer', () => {
  it("draws 27594's neighbourhood: global period, modifiers, follow-ups, denial reasons, sources", async () => {
    const { page } = browser;
    await page.goto(`${served.url}/explorer?code=27594`);
    await ready(page);
    const g = await drawn(page);
    const ids = g.nodes.map((n) => n.id);
    expect(ids).toContain('Code:27594');
    expect(ids).toContain('GlobalPeriod:090');
    expect(ids).toEqual(expect.arrayContaining(['Modifier:58', 'Modifier:78', 'Modifier:79']));
    const followUps = g.edges
      .filter((e) => e.type === 'FOLLOW_UP_OF' && e.source === 'Code:27594')
      .map((e) => e.target);
    expect(followUps.sort()).toEqual(['Code:27592', 'Code:27598']);
    expect(g.nodes.filter((n) => n.kind === 'DenialReason').length).toBeGreaterThan(0);
    expect(g.nodes.filter((n) => n.kind === 'Source').length).toBeGreaterThan(0);
    await expect.poll(() => page.locator('#status').textContent()).toContain('Code 27594');
    await page.screenshot({ path: artifact('explorer-27594.png') });
  });

  it('expands a node on click and shows the provenance of the selected fact', async () => {
    const { page } = browser;
    const before = await drawn(page);
    await clickElement(page, 'Code:27592');
    await page.waitForFunction(() => window.claimgraphExplorer.expanded.has('Code:27592'), null, {
      timeout: 30_000,
    });
    await ready(page);
    const after = await drawn(page);
    expect(after.edges.length).toBeGreaterThan(before.edges.length);
    expect(after.nodes.some((n) => n.kind === 'FeeSchedule' && n.id.startsWith('FeeSchedule:27592@'))).toBe(
      true,
    );
    await expect.poll(() => page.getByTestId('panel-title').textContent()).toBe('27592');

    // The follow-up relationship 27594 → 27592: who says 27594 follows 27592, and with which modifiers.
    const followUp = after.edges.find(
      (e) => e.type === 'FOLLOW_UP_OF' && e.source === 'Code:27594' && e.target === 'Code:27592',
    );
    expect(followUp).toBeDefined();
    await page.waitForFunction(() => !window.claimgraphExplorer.cy.animated()); // the view animates to fit
    await clickElement(page, followUp!.id);
    await expect.poll(() => page.getByTestId('panel-title').textContent()).toBe('27594 → 27592');
    const provenance = page.getByTestId('provenance');
    await expect.poll(() => provenance.innerText()).toContain('27594 is a follow-up of 27592');
    const chains = await provenance.locator('.citation').count();
    expect(chains).toBeGreaterThan(0);
    await page.screenshot({ path: artifact('explorer-follow-up-provenance.png') });

    // The national rate of 27594: the value, the release it came from, and who states it.
    await clickElement(page, 'FeeSchedule:27594@RVU26A');
    await expect.poll(() => page.getByTestId('panel-title').textContent()).toContain('$477.97');
    await expect.poll(() => provenance.innerText()).toContain('Fee-schedule values of 27594 (RVU26A)');
    expect(await provenance.innerText()).toMatch(/RVU26A \(PFS_RVU, effective 2026-01-01\)/);

    // 27594 itself: each fact with its chain, the dataset sources linked to their addresses.
    await clickElement(page, 'Code:27594');
    await expect.poll(() => page.getByTestId('panel-title').textContent()).toBe('27594');
    await expect.poll(() => provenance.innerText()).toContain('Global period 090');
    const links = await provenance
      .locator('a.source-link')
      .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect(href).toMatch(/^https?:\/\//);
    await page.screenshot({ path: artifact('explorer.png') });
    saveScreenshot('explorer.png');

    expect(browser.offsiteRequests).toEqual([]);
    expect(browser.pageErrors).toEqual([]);
  });

  it('finds an entity with the search box and opens its neighbourhood', async () => {
    const { page } = browser;
    await page.fill('#search', 'amputation');
    const first = page
      .locator('#search-results li')
      .filter({ has: page.locator('.hit-kind', { hasText: /^Code$/ }) })
      .first();
    await expect.poll(() => first.count(), { timeout: 30_000 }).toBe(1);
    const key = await first.locator('.hit-key').innerText();
    await first.dispatchEvent('mousedown');
    await page.waitForFunction((k) => window.claimgraphExplorer.expanded.has(`Code:${k}`), key, {
      timeout: 30_000,
    });
    await ready(page);
    expect(new URL(page.url()).searchParams.get('code')).toBe(key);
  });
});
