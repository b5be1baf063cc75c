/**
 * How a code page's citations become Source ids. Ids are derived from the text alone (never from the
 * graph), so the same page always yields the same ids and the curated seeds can name them in advance.
 */
import { createHash } from 'node:crypto';
import { slug } from './values.js';

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string | null;
  url: string | null;
  kind: string;
}

/** The Source of the page itself: `page:<code>`. */
export function pageSourceId(code: string): string {
  return `page:${code}`;
}

/**
 * A numbered reference: `ref:<host>:<first 8 hex of sha256(url)>` when it has a URL,
 * `ref:<slug of title>` when it has none.
 */
export function referenceSourceId(title: string, url: string | null): string {
  if (url) {
    const host = new URL(url).hostname.replace(/^www\./, '');
    return `ref:${host}:${createHash('sha256').update(url).digest('hex').slice(0, 8)}`;
  }
  return `ref:${slug(title)}`;
}

/**
 * Sources a section attribution may name that are not among the page's numbered references. Each maps
 * to the id the curated seeds use (seeds/sources.json), so the page and the seeds meet on one node.
 */
export const KNOWN_SOURCES: (SourceRecord & { names: RegExp })[] = [
  {
    id: 'cms:ncci-policy-manual',
    title: 'Medicare NCCI Policy Manual',
    publisher: 'CMS',
    url: 'https://www.cms.gov/medicare/coding-billing/national-correct-coding-initiative-ncci-edits/medicare-ncci-policy-manual',
    kind: 'MANUAL',
    names: /\bncci policy manual\b/,
  },
  {
    id: 'cms:ncci-ptp-edits',
    title: 'Medicare NCCI procedure-to-procedure (PTP) edit files',
    publisher: 'CMS',
    url: null,
    kind: 'DATASET',
    names: /\bncci (ptp )?edits\b/,
  },
  {
    id: 'cms:opps-addendum-b',
    title: 'OPPS Addendum B',
    publisher: 'CMS',
    url: null,
    kind: 'DATASET',
    names: /\bopps addendum b\b/,
  },
  {
    id: 'cms:asc-addendum-aa',
    title: 'ASC payment rates (Addendum AA)',
    publisher: 'CMS',
    url: null,
    kind: 'DATASET',
    names: /\basc\b.*\bpayment rates\b|\basc addendum aa\b/,
  },
  {
    id: 'ama:cpt-modifiers',
    title: 'AMA CPT modifier descriptors (CPT Appendix A)',
    publisher: 'AMA',
    url: null,
    kind: 'CODE_LIST',
    names: /\bama cpt modifier/,
  },
];

/** A source named only in an attribution, matching nothing known: `attr:<slug>`. */
export function attributedSource(name: string): SourceRecord {
  return { id: `attr:${slug(name)}`, title: name, publisher: null, url: null, kind: 'ARTICLE' };
}

const GENERIC = /^(\d+\s+)?(cited|public)\s+references?$|^references?$/;

/**
 * Splits an attribution ("CMS OPPS Addendum B·ASC HCPCS payment rates·2026", "Editorial brief grounded
 * in CMS NCCI edits, AAOS coding appeals, and cited references ↓") into the names it cites, the years
 * and months it dates itself with, and the PFS release version it names.
 */
export function splitAttribution(text: string): { names: string[]; version: string | null; when: string[] } {
  let t = text
    .replace(/^source\s*·\s*/i, '')
    .replace(/[↓↑→]/g, '')
    .trim();
  const version = /\b(RVU\d{2}[A-D](?:R\d?)?)\b/.exec(t)?.[1] ?? null;
  const grounded = /\b(?:grounded in|verified against|based on|drawn from)\s+(.*)$/i.exec(t);
  const editorial = /^(editorial|generated)\b/i.test(t);
  if (editorial) t = grounded?.[1] ?? '';
  const names: string[] = [];
  const when: string[] = [];
  for (const raw of t.split(/\s*(?:·|;|,)\s*/)) {
    const part = raw
      .replace(/^(and|or)\s+/i, '')
      .replace(/\b(RVU\d{2}[A-D](?:R\d?)?)\b/, '')
      .trim();
    if (!part) continue;
    if (/^([A-Za-z]+\s+)?\d{4}$/.test(part)) {
      when.push(part);
      continue;
    }
    if (GENERIC.test(part.toLowerCase())) continue;
    names.push(part);
  }
  return { names, version, when };
}

export function normalizeName(name: string): string {
  return name
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9.]+/g, ' ')
    .trim();
}
