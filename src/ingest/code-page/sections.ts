/**
 * One reader per code-page section. Each section is: its title, an optional one-line purpose, an
 * optional "Source · …" attribution, then bullets, prose, a table, numbered questions or references.
 */
import { referenceSourceId, splitAttribution } from './sources.js';
import type { Attribution, ParsedCodePage, SectionKey, SiteSetting } from './types.js';
import { SECTION_TITLES } from './types.js';
import {
  CONVERSION_FACTORS,
  paymentCents,
  readDate,
  readDollars,
  readGlobalPeriod,
  readHundredths,
  readMonthYear,
  releaseVersionDate,
} from './values.js';

export interface Line {
  line: number;
  text: string;
}

export interface SectionReadContext {
  page: ParsedCodePage;
  problem: (line: number, reason: string, column?: number) => void;
}

const BULLET = /^[-•*]\s+(.*)$/;
const ATTRIBUTION = /^Source\s*·/i;
const MODIFIER = '(?:[0-9]{2}|[A-Z]{2}|[A-Z][0-9])';
const MENTION = new RegExp(
  `\\b[Mm]odifiers?\\s+(${MODIFIER}(?:\\s*(?:,|/|&|\\bor\\b|\\band\\b)\\s*${MODIFIER}\\b)*)\\b`,
  'g',
);

/** Whether a line is one of the section's items (as opposed to its purpose line). */
const IS_ITEM: Record<SectionKey, (t: string) => boolean> = {
  documentation: (t) => BULLET.test(t),
  modifiers: (t) => BULLET.test(t),
  covers: () => false,
  rvu: (t) => t.startsWith('|'),
  sites: (t) => t.includes('|'),
  denials: (t) => BULLET.test(t),
  faq: (t) => /^(?:[-•]\s*)?\d{1,2}\D/.test(t),
  sources: (t) => BULLET.test(t),
};

export function readSection(key: SectionKey, title: Line, lines: Line[], ctx: SectionReadContext) {
  let purpose: string | null = null;
  let attribution: Attribution | null = null;
  const hasAttribution = lines.some((l) => ATTRIBUTION.test(l.text));
  const body: Line[] = [];
  for (const l of lines) {
    if (!attribution && ATTRIBUTION.test(l.text) && body.length === 0) {
      const parts = splitAttribution(l.text);
      attribution = { line: l.line, text: l.text, sourceIds: [], resolved: [], ...parts };
      continue;
    }
    // The purpose line: before the attribution, or the first line of an item section without one.
    const beforeAttribution = hasAttribution && !attribution;
    const leadingNonItem = !hasAttribution && body.length === 0 && purpose === null && !IS_ITEM[key](l.text);
    if (
      purpose === null &&
      body.length === 0 &&
      (beforeAttribution || (leadingNonItem && key !== 'covers'))
    ) {
      purpose = l.text;
      continue;
    }
    if (beforeAttribution) {
      ctx.problem(l.line, `unexpected line before the 'Source ·' line of '${SECTION_TITLES[key]}'`);
      continue;
    }
    body.push(l);
  }
  ctx.page.sections[key] = { key, title: title.text.trim(), line: title.line, purpose, attribution };
  READERS[key](body, ctx, { purpose, attribution });
}

type Reader = (
  body: Line[],
  ctx: SectionReadContext,
  meta: { purpose: string | null; attribution: Attribution | null },
) => void;

function bullets(body: Line[], ctx: SectionReadContext, what: string): Line[] {
  const out: Line[] = [];
  for (const l of body) {
    const m = BULLET.exec(l.text);
    if (!m?.[1]?.trim())
      ctx.problem(l.line, `expected a '- ' bullet in ${what}, found '${l.text.slice(0, 60)}'`);
    else out.push({ line: l.line, text: m[1].trim() });
  }
  return out;
}

function mentions(key: SectionKey, lines: Line[], ctx: SectionReadContext) {
  for (const l of lines) {
    for (const m of l.text.matchAll(MENTION)) {
      for (const code of (m[1] ?? '').split(/\s*(?:,|\/|&|\bor\b|\band\b)\s*/)) {
        if (code) ctx.page.modifierMentions.push({ code, section: key, line: l.line });
      }
    }
  }
}

const READERS: Record<SectionKey, Reader> = {
  documentation(body, ctx) {
    const items = bullets(body, ctx, 'Documentation requirements');
    ctx.page.documentation = items.map((l, i) => ({ ordinal: i + 1, text: l.text, line: l.line }));
    mentions('documentation', items, ctx);
  },

  modifiers(body, ctx) {
    for (const l of bullets(body, ctx, 'Applicable modifiers')) {
      const m = new RegExp(`^(${MODIFIER})\\b\\s*(?:[—–:-]\\s*)?(.*)$`).exec(l.text);
      if (!m?.[1])
        ctx.problem(l.line, `expected a modifier code at the start of '${l.text.slice(0, 40)}'`, 3);
      else ctx.page.listedModifiers.push({ code: m[1], text: (m[2] ?? '').trim(), line: l.line });
    }
    mentions('modifiers', body, ctx);
  },

  covers(body, ctx) {
    ctx.page.covers = body.map((l, i) => ({ ordinal: i + 1, text: l.text, line: l.line }));
    mentions('covers', body, ctx);
  },

  rvu(body, ctx, { attribution }) {
    readRvu(body, ctx, attribution);
  },

  sites(body, ctx, { attribution }) {
    const year = attribution?.when.map((w) => /(\d{4})/.exec(w)?.[1]).find(Boolean);
    ctx.page.siteYear = year ? Number(year) : null;
    for (const l of body) {
      if (!l.text.includes('|')) {
        ctx.problem(l.line, `expected a table row 'setting | $amount |', found '${l.text.slice(0, 60)}'`);
        continue;
      }
      const cells = l.text.split('|').map((c) => c.trim());
      const filled = cells.filter((c) => c !== '');
      if (filled.length === 0 || filled.every((c) => /^:?-{3,}:?$/.test(c))) continue; // |---|---|
      if (filled[0]?.toLowerCase() === 'setting') continue; // the table's header row
      const label = filled[0] ?? '';
      const amountText = filled[filled.length - 1] ?? '';
      const amountCents = filled.length >= 2 ? readDollars(amountText) : null;
      if (amountCents === null) {
        ctx.problem(
          l.line,
          `cannot read a dollar amount in '${amountText}'`,
          l.text.lastIndexOf(amountText) + 1,
        );
        continue;
      }
      const setting = siteSetting(label);
      if (!setting) {
        ctx.problem(
          l.line,
          `unknown site of service '${label.slice(0, 50)}' (expected Office, HOPD/OPPS or ASC)`,
        );
        continue;
      }
      if (ctx.page.sitePayments.some((p) => p.setting === setting)) {
        ctx.problem(l.line, `a second ${setting} payment row`);
        continue;
      }
      ctx.page.sitePayments.push({
        setting,
        label,
        amountCents,
        apc: /\bAPC\s*(\d{4})\b/i.exec(label)?.[1] ?? null,
        paymentIndicator: /\bPI\s*([A-Z][0-9A-Z])\b/.exec(label)?.[1] ?? null,
        line: l.line,
      });
    }
  },

  denials(body, ctx) {
    const items = bullets(body, ctx, 'Common denial reasons');
    ctx.page.denials = items.map((l, i) => {
      const dash = /^(.+?)\s+[—–]\s+/.exec(l.text);
      return { ordinal: i + 1, text: l.text, title: dash?.[1] ?? null, line: l.line };
    });
    mentions('denials', items, ctx);
  },

  faq(body, ctx) {
    for (const l of body) {
      const m = /^(?:[-•]\s*)?(\d{1,2})(?:[.)]\s*|\s+|(?=[^\d\s]))(.+)$/.exec(l.text);
      if (m) {
        const ordinal = Number(m[1]);
        if (ctx.page.faqs.some((f) => f.ordinal === ordinal))
          ctx.problem(l.line, `question ${m[1]} appears twice`);
        else ctx.page.faqs.push({ ordinal, question: (m[2] ?? '').trim(), answer: null, line: l.line });
        continue;
      }
      const last = ctx.page.faqs[ctx.page.faqs.length - 1];
      if (!last)
        ctx.problem(l.line, `expected a numbered question ('01Which …?'), found '${l.text.slice(0, 60)}'`);
      else last.answer = last.answer ? `${last.answer}\n${l.text}` : l.text;
    }
    mentions('faq', body, ctx);
  },

  sources(body, ctx, { purpose }) {
    const lastVerified = purpose ? /last verified\s+([A-Za-z]+\.?\s+\d{1,2},?\s+\d{4})/i.exec(purpose) : null;
    if (lastVerified?.[1]) {
      const date = readDate(lastVerified[1]);
      if (date && !ctx.page.verifiedOn) ctx.page.verifiedOn = date;
    }
    for (const l of body) {
      const m = /^[-•]\s*(\d{1,2})\s*(.*)$/.exec(l.text);
      if (!m) {
        if (ctx.page.references.length > 0) {
          ctx.page.vendorBlockLine = l.line; // the vendor block: not a fact about the code
          return;
        }
        ctx.problem(
          l.line,
          `expected a numbered reference ('- 01Title https://…'), found '${l.text.slice(0, 60)}'`,
        );
        continue;
      }
      const ordinal = Number(m[1]);
      const rest = (m[2] ?? '').trim();
      const at = rest.search(/https?:\/\//);
      let url: string | null = null;
      let title = rest;
      if (at >= 0) {
        url = rest.slice(at).trim();
        title = rest
          .slice(0, at)
          .replace(/[\s:—–-]+$/, '')
          .trim();
        try {
          const parsed = new URL(url);
          if (!title) title = parsed.hostname.replace(/^www\./, '');
        } catch {
          ctx.problem(
            l.line,
            `reference ${m[1]} has an unreadable URL '${url.slice(0, 60)}'`,
            l.text.indexOf(url) + 1,
          );
          continue;
        }
      }
      if (!title) {
        ctx.problem(l.line, `reference ${m[1]} has neither a title nor a URL`);
        continue;
      }
      if (ctx.page.references.some((r) => r.ordinal === ordinal)) {
        ctx.problem(l.line, `reference ${m[1]} appears twice`);
        continue;
      }
      ctx.page.references.push({
        ordinal,
        title,
        url,
        sourceId: referenceSourceId(title, url),
        line: l.line,
      });
    }
  },
};

function siteSetting(label: string): SiteSetting | null {
  const t = label.toLowerCase();
  if (/\bnon-?facility\b|^office\b/.test(t)) return 'PFS_NON_FACILITY';
  if (/\bpfs facility\b/.test(t)) return 'PFS_FACILITY';
  if (/\bhopd\b|\bopps\b|hospital outpatient/.test(t)) return 'OPPS';
  if (/\basc\b|ambulatory surgical/.test(t)) return 'ASC';
  return null;
}

const RVU_ROWS: Record<
  string,
  'workRvu' | 'peRvu' | 'mpRvu' | 'totalRvu' | 'nationalCents' | 'globalPeriod'
> = {
  'work rvu': 'workRvu',
  'practice expense rvu': 'peRvu',
  'pe rvu': 'peRvu',
  'malpractice rvu': 'mpRvu',
  'mp rvu': 'mpRvu',
  'professional liability rvu': 'mpRvu',
  'total rvu': 'totalRvu',
  'medicare national rate': 'nationalCents',
  'national rate': 'nationalCents',
  'global period': 'globalPeriod',
};

function readRvu(body: Line[], ctx: SectionReadContext, attribution: Attribution | null) {
  const version = attribution?.version ?? null;
  const fromVersion = version ? releaseVersionDate(version) : null;
  const monthYear = attribution?.when.map(readMonthYear).find(Boolean) ?? null;
  const effectiveDate = monthYear ?? fromVersion?.effectiveDate ?? null;
  const rvu: NonNullable<ParsedCodePage['rvu']> = {
    line: attribution?.line ?? body[0]?.line ?? 0,
    version,
    effectiveDate,
    year: effectiveDate ? Number(effectiveDate.slice(0, 4)) : null,
    workRvu: null,
    peRvu: null,
    mpRvu: null,
    totalRvu: null,
    nationalCents: null,
    conversionFactor: null,
    globalPeriod: null,
    lines: {},
  };
  const hundredths: Record<string, number> = {};
  for (const l of body) {
    if (!l.text.startsWith('|')) continue; // sub-headings and prose between the rows
    const cells = l.text.split('|').map((c) => c.trim());
    const filled = cells.slice(1, cells[cells.length - 1] === '' ? -1 : undefined);
    if (filled.every((c) => /^:?-{3,}:?$/.test(c))) continue;
    if (filled.length !== 2) {
      ctx.problem(l.line, `expected a row '| label | value |' with 2 cells, found ${filled.length}`);
      continue;
    }
    const [label = '', value = ''] = filled;
    const field = RVU_ROWS[label.toLowerCase().replace(/\s+/g, ' ')];
    const column = l.text.indexOf(value) + 1;
    if (!field) {
      ctx.problem(l.line, `unknown row '${label}' in 'RVU & reimbursement'`, 3);
      continue;
    }
    if (rvu.lines[field] !== undefined) {
      ctx.problem(l.line, `row '${label}' appears twice`);
      continue;
    }
    rvu.lines[field] = l.line;
    if (field === 'nationalCents') {
      rvu.nationalCents = readDollars(value);
      if (rvu.nationalCents === null)
        ctx.problem(l.line, `cannot read a dollar amount in '${value}'`, column);
    } else if (field === 'globalPeriod') {
      rvu.globalPeriod = readGlobalPeriod(value);
      if (rvu.globalPeriod === null) ctx.problem(l.line, `cannot read a global period in '${value}'`, column);
    } else {
      const h = readHundredths(value);
      if (h === null) ctx.problem(l.line, `cannot read an RVU in '${value}'`, column);
      else {
        hundredths[field] = h;
        rvu[field] = h / 100;
      }
    }
  }
  checkArithmetic(rvu, hundredths, ctx);
  ctx.page.rvu = rvu;
}

/** Work + PE + MP must equal the total; total × the year's conversion factor must give the national rate. */
function checkArithmetic(
  rvu: NonNullable<ParsedCodePage['rvu']>,
  h: Record<string, number>,
  ctx: SectionReadContext,
) {
  const { workRvu: w, peRvu: pe, mpRvu: mp, totalRvu: total } = h;
  if (
    w !== undefined &&
    pe !== undefined &&
    mp !== undefined &&
    total !== undefined &&
    w + pe + mp !== total
  ) {
    ctx.problem(
      rvu.lines.totalRvu ?? rvu.line,
      `total RVU ${(total / 100).toFixed(2)} is not work + PE + MP = ${((w + pe + mp) / 100).toFixed(2)}`,
    );
  }
  if (total === undefined || rvu.nationalCents === null) return;
  const factors = rvu.year ? CONVERSION_FACTORS[rvu.year] : undefined;
  if (!factors) return; // no known factor for the year: the rate is kept but cannot be checked
  const match = factors.find((f) => paymentCents(total, f.value) === rvu.nationalCents);
  if (match) {
    rvu.conversionFactor = match.value / 10000;
    return;
  }
  const expected = factors.map((f) => `$${(paymentCents(total, f.value) / 100).toFixed(2)}`).join(' or ');
  ctx.problem(
    rvu.lines.nationalCents ?? rvu.line,
    `national rate $${(rvu.nationalCents / 100).toFixed(2)} is not total RVU ${(total / 100).toFixed(2)} × the ${rvu.year} conversion factor (${expected})`,
  );
}
