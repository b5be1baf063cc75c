/**
 * Imports one code page into the graph: parse everything first (a page that cannot be read is refused
 * before any write), then write the whole page in ONE transaction, so a failure writes nothing. Ids are
 * deterministic (page:27594:doc:1, page:27594:site:OPPS, PFS_RVU:RVU26A:seed:27594:-), every write is a
 * MERGE, and facts the page no longer states are removed: importing the same page twice changes nothing.
 */
import { readFile } from 'node:fs/promises';
import type { Executor } from '../../db/executor.js';
import { parseCodePage } from './parse.js';
import { pageSourceId } from './sources.js';
import { type ParsedCodePage, SECTION_TITLES, type SectionKey, type SiteSetting } from './types.js';

export interface Cite {
  sourceId: string;
  section: string;
  locator: string | null;
  verifiedOn: string | null;
}

/** The seed loadTag: page-stated release values live in the curated release of that version. */
export const SEED_LOAD_TAG = 'seed';

export async function importCodePage(
  executor: Executor,
  filePath: string,
): Promise<{ code: string; facts: number }> {
  const text = await readFile(filePath, 'utf8');
  const page = parseCodePage(text, filePath);
  const plan = planCodePage(page);
  // Cold query plans on a busy server can take seconds each: allow the one transaction two minutes.
  await executor.writeAll(plan.steps, 120_000);
  return { code: page.code, facts: plan.facts };
}

/** The named writes for one parsed page, in order, and how many facts they state. */
export function planCodePage(page: ParsedCodePage): {
  steps: { name: string; params: Record<string, unknown> }[];
  facts: number;
} {
  const code = page.code;
  const pageId = pageSourceId(code);
  const verifiedOn = page.verifiedOn;
  const title = (key: SectionKey) => page.sections[key]?.title ?? SECTION_TITLES[key];
  const attributed = (key: SectionKey) => page.sections[key]?.attribution?.sourceIds ?? [];
  const cites = (key: SectionKey, line: number, only?: string[]): Cite[] => [
    { sourceId: pageId, section: title(key), locator: `line ${line}`, verifiedOn },
    ...(only ?? attributed(key)).map((sourceId) => ({
      sourceId,
      section: title(key),
      locator: null,
      verifiedOn,
    })),
  ];

  const steps: { name: string; params: Record<string, unknown> }[] = [];
  steps.push({
    name: 'code-page/page-source-by-code',
    params: {
      page: {
        id: pageId,
        code,
        system: /^[0-9]/.test(code) ? 'CPT' : 'HCPCS',
        title: `Code page for ${/^[0-9]/.test(code) ? 'CPT' : 'HCPCS'} ${code}`,
        file: page.file,
        summary: page.summary,
        verifiedOn,
        declaredSourceCount: page.declaredSourceCount,
      },
      references: page.references.map((r) => ({
        id: r.sourceId,
        ordinal: r.ordinal,
        title: r.title,
        url: r.url,
        publisher: r.url ? new URL(r.url).hostname.replace(/^www\./, '') : null,
        kind: 'WEBSITE',
        locator: `line ${r.line}`,
      })),
      named: page.namedSources,
    },
  });

  const list = (_key: SectionKey, kind: string, name: string, rows: Record<string, unknown>[]) => {
    steps.push({ name, params: { code, prefix: `${pageId}:${kind}:`, rows } });
    return rows.length;
  };
  let facts = 0;
  facts += list(
    'documentation',
    'doc',
    'code-page/documentation-by-page',
    page.documentation.map((d) => ({
      id: `${pageId}:doc:${d.ordinal}`,
      text: d.text,
      ordinal: d.ordinal,
      cites: cites('documentation', d.line),
    })),
  );
  facts += list(
    'denials',
    'denial',
    'code-page/denial-reasons-by-page',
    page.denials.map((d) => ({
      id: `${pageId}:denial:${d.ordinal}`,
      title: d.title,
      text: d.text,
      ordinal: d.ordinal,
      cites: cites('denials', d.line),
    })),
  );
  facts += list(
    'faq',
    'faq',
    'code-page/faqs-by-page',
    page.faqs.map((q) => ({
      id: `${pageId}:faq:${q.ordinal}`,
      question: q.question,
      answer: q.answer,
      ordinal: q.ordinal,
      cites: cites('faq', q.line),
    })),
  );
  facts += list(
    'sites',
    'site',
    'code-page/site-payments-by-page',
    page.sitePayments.map((p) => ({
      id: `${pageId}:site:${p.setting}`,
      setting: p.setting,
      amountCents: p.amountCents,
      apc: p.apc,
      paymentIndicator: p.paymentIndicator,
      year: page.siteYear,
      label: p.label,
      cites: cites('sites', p.line, sourcesForSetting(page, p.setting)),
    })),
  );

  const rvu = page.rvu;
  let releaseId: string | null = null;
  if (rvu?.version && rvu.effectiveDate) {
    releaseId = `PFS_RVU:${rvu.version}:${SEED_LOAD_TAG}`;
    const firstLine = Math.min(...Object.values(rvu.lines), rvu.line);
    const lastLine = Math.max(...Object.values(rvu.lines), rvu.line);
    steps.push({
      name: 'code-page/fee-schedule-entry-by-page',
      params: {
        code,
        release: {
          id: releaseId,
          dataset: 'PFS_RVU',
          version: rvu.version,
          effectiveDate: rvu.effectiveDate,
          sourceIds: attributed('rvu'),
        },
        entry: {
          id: `${releaseId}:${code}:-`,
          props: {
            code,
            modifier: null,
            releaseId,
            workRvu: rvu.workRvu,
            peRvu: rvu.peRvu,
            mpRvu: rvu.mpRvu,
            totalRvu: rvu.totalRvu,
            nationalCents: rvu.nationalCents,
            conversionFactor: rvu.conversionFactor,
            globalDays: rvu.globalPeriod,
            statedBy: pageId,
            locator: `${page.file} lines ${firstLine}-${lastLine}`,
          },
          cites: cites('rvu', rvu.lines.totalRvu ?? rvu.line),
        },
      },
    });
    facts += 1;
    steps.push({ name: 'seed/active-release-by-dataset', params: { dataset: 'PFS_RVU' } });
  }

  const globalPeriod = rvu?.globalPeriod
    ? {
        indicator: rvu.globalPeriod,
        sourceIds: [pageId, ...attributed('rvu')],
        section: title('rvu'),
        locator: `line ${rvu.lines.globalPeriod ?? rvu.line}`,
        verifiedOn,
        releaseId,
      }
    : null;
  const modifiers = new Map<string, Record<string, unknown>>();
  for (const m of page.listedModifiers) {
    modifiers.set(m.code, {
      code: m.code,
      sourceIds: [pageId, ...attributed('modifiers')],
      section: title('modifiers'),
      locator: `line ${m.line}`,
      verifiedOn,
    });
  }
  for (const m of page.modifierMentions) {
    if (modifiers.has(m.code)) continue;
    modifiers.set(m.code, {
      code: m.code,
      sourceIds: [pageId],
      section: title(m.section),
      locator: `line ${m.line}`,
      verifiedOn,
    });
  }
  steps.push({
    name: 'code-page/code-links-by-page',
    params: { code, pageId, globalPeriod, modifiers: [...modifiers.values()] },
  });
  facts += (globalPeriod ? 1 : 0) + modifiers.size;
  return { steps, facts };
}

/** The attribution sources that speak for one setting: OPPS for HOPD, ASC rates for ASC, PFS for office. */
function sourcesForSetting(page: ParsedCodePage, setting: SiteSetting): string[] {
  const a = page.sections.sites?.attribution;
  if (!a) return [];
  const pattern =
    setting === 'OPPS'
      ? /\bopps\b|hospital outpatient/i
      : setting === 'ASC'
        ? /\basc\b/i
        : /\bpfs\b|physician fee schedule/i;
  return [...new Set(a.resolved.filter((r) => pattern.test(r.name)).map((r) => r.sourceId))];
}
