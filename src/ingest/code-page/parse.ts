/**
 * Reads a publisher code page (the format of shared/pages/cpt-27594.txt) into plain data, without
 * touching the graph. Sections are found by title in any order and may be missing; CRLF, a BOM and
 * extra blank lines are tolerated; the vendor block after "Sources & references" is ignored. What
 * cannot be read is collected as `file:line:column: reason` problems and thrown as one CodePageError.
 *
 * The code: taken from the file name (`cpt-27594.txt`, `hcpcs-G0283.txt`); when the name carries none,
 * from the first "CPT nnnnn" in the text. When both exist and differ, the page is refused.
 */
import path from 'node:path';
import { CodePageError, type PageProblem } from './errors.js';
import { type Line, readSection, type SectionReadContext } from './sections.js';
import { attributedSource, KNOWN_SOURCES, normalizeName } from './sources.js';
import { type Attribution, type ParsedCodePage, SECTION_TITLES, type SectionKey } from './types.js';
import { readDate } from './values.js';

const TITLE_BY_NORMALIZED = new Map<string, SectionKey>(
  (Object.entries(SECTION_TITLES) as [SectionKey, string][]).flatMap(([key, title]) => [
    [normalizeTitle(title), key],
    ...(key === 'faq' ? ([['faq', key]] as [string, SectionKey][]) : []),
  ]),
);

function normalizeTitle(text: string): string {
  return text.toLowerCase().replace(/&/g, 'and').replace(/\s+/g, ' ').trim();
}

export function sectionKeyOf(text: string): SectionKey | null {
  return TITLE_BY_NORMALIZED.get(normalizeTitle(text)) ?? null;
}

export function parseCodePage(text: string, file: string): ParsedCodePage {
  const name = path.basename(file);
  const problems: PageProblem[] = [];
  const problem = (line: number, reason: string, column = 1) =>
    problems.push({ file: name, line, column, reason });

  const all: Line[] = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ line: i + 1, text: raw.replace(/\s+$/, '') }));

  // Split into the header and the sections, by title line.
  const headerLines: Line[] = [];
  const bodies: { key: SectionKey; title: Line; lines: Line[] }[] = [];
  for (const l of all) {
    const key = l.text.trim() ? sectionKeyOf(l.text) : null;
    if (key) {
      if (bodies.some((b) => b.key === key))
        problem(l.line, `section '${SECTION_TITLES[key]}' appears twice`);
      bodies.push({ key, title: l, lines: [] });
    } else if (l.text.trim()) {
      const current = bodies[bodies.length - 1];
      if (current) current.lines.push({ line: l.line, text: l.text.trim() });
      else headerLines.push({ line: l.line, text: l.text.trim() });
    }
  }

  const page: ParsedCodePage = {
    file: name,
    code: '',
    codeFrom: 'file-name',
    summary: null,
    verifiedOn: null,
    declaredSourceCount: null,
    header: [],
    sections: {},
    documentation: [],
    listedModifiers: [],
    modifierMentions: [],
    covers: [],
    rvu: null,
    sitePayments: [],
    siteYear: null,
    denials: [],
    faqs: [],
    references: [],
    namedSources: [],
    vendorBlockLine: null,
  };

  readHeader(headerLines, page, problem);
  readCode(all, name, page, problem);

  const ctx: SectionReadContext = { page, problem };
  // Sources first, so attributions in earlier sections can resolve to the numbered references.
  const ordered = [...bodies].sort((a, b) => Number(b.key === 'sources') - Number(a.key === 'sources'));
  for (const body of ordered) readSection(body.key, body.title, body.lines, ctx);
  for (const section of Object.values(page.sections)) {
    if (section.attribution) resolveAttribution(section.attribution, page);
  }

  checkConsistency(page, problem);
  if (problems.length > 0) {
    problems.sort((a, b) => a.line - b.line || a.column - b.column);
    throw new CodePageError(problems);
  }
  return page;
}

type Problem = (line: number, reason: string, column?: number) => void;

function readHeader(lines: Line[], page: ParsedCodePage, problem: Problem) {
  let pendingLabel: Line | null = null;
  for (const l of lines) {
    const verified = /^Verified\s+(.+?)(?:\s*·\s*(\d+)\s+sources?\b.*)?$/i.exec(l.text);
    if (verified) {
      const date = readDate(verified[1] ?? '');
      if (!date) problem(l.line, `cannot read the verification date '${verified[1]}'`, 10);
      page.verifiedOn = date;
      page.declaredSourceCount = verified[2] ? Number(verified[2]) : null;
      continue;
    }
    const bullet = /^[-•*]\s*(.*)$/.exec(l.text);
    if (bullet) {
      const value = (bullet[1] ?? '').trim();
      if (pendingLabel) {
        page.header.push({ label: pendingLabel.text, value, line: l.line });
        pendingLabel = null;
      } else {
        pendingLabel = { line: l.line, text: value };
      }
      continue;
    }
    if (page.summary === null && page.header.length === 0 && !pendingLabel) {
      page.summary = l.text;
      continue;
    }
    problem(l.line, `unexpected line in the page header: '${l.text.slice(0, 60)}'`);
  }
  if (pendingLabel)
    problem(pendingLabel.line, `header label '${pendingLabel.text}' has no value on the next line`);
}

function readCode(all: Line[], name: string, page: ParsedCodePage, problem: Problem) {
  const fromName = /(?:^|[^A-Za-z0-9])(?:cpt|hcpcs)[-_ ]?([0-9A-Z]{4}[0-9A-Z])(?=[^A-Za-z0-9]|$)/i.exec(
    name,
  )?.[1];
  let fromText: { code: string; line: number } | null = null;
  for (const l of all) {
    const m = /\b(?:CPT|HCPCS)(?:\s+code)?\s+([0-9A-Z]{4}[0-9A-Z])\b/.exec(l.text);
    if (m?.[1]) {
      fromText = { code: m[1], line: l.line };
      break;
    }
  }
  if (fromName) {
    page.code = fromName.toUpperCase();
    page.codeFrom = 'file-name';
    if (fromText && fromText.code !== page.code) {
      problem(fromText.line, `the page is about CPT ${fromText.code} but the file name says ${page.code}`);
    }
  } else if (fromText) {
    page.code = fromText.code;
    page.codeFrom = 'content';
  } else {
    problem(1, 'no code: the file name is not like cpt-27594.txt and the text never says "CPT nnnnn"');
  }
}

/** Resolves attribution names to the page's numbered references, known sources, or new named sources. */
function resolveAttribution(a: Attribution, page: ParsedCodePage) {
  for (const name of a.names) {
    const n = normalizeName(name);
    const ref = page.references.find((r) => {
      const t = normalizeName(r.title);
      return t.length > 3 && (t.startsWith(n) || n.startsWith(t));
    });
    if (ref) {
      a.resolved.push({ name, sourceId: ref.sourceId });
      continue;
    }
    const known = KNOWN_SOURCES.find((k) => k.names.test(n));
    const record = known ? { ...known } : attributedSource(name);
    if (known) delete (record as { names?: RegExp }).names;
    if (!page.namedSources.some((s) => s.id === record.id)) {
      page.namedSources.push({
        id: record.id,
        title: record.title,
        publisher: record.publisher,
        url: record.url,
        kind: record.kind,
      });
    }
    a.resolved.push({ name, sourceId: record.id });
  }
  a.sourceIds = [...new Set(a.resolved.map((r) => r.sourceId))];
}

/** The header repeats figures from the sections; they must agree, and the source count must match. */
function checkConsistency(page: ParsedCodePage, problem: Problem) {
  const rvu = page.rvu;
  for (const h of page.header) {
    const label = h.label.toLowerCase();
    if (label === 'medicare' && rvu?.nationalCents != null) {
      const cents = Math.round(Number(h.value.replace(/[$,]/g, '')) * 100);
      if (cents !== rvu.nationalCents) {
        problem(h.line, `header Medicare ${h.value} differs from the RVU section's national rate`);
      }
    }
    if (label === 'work rvu' && rvu?.workRvu != null && Number(h.value) !== rvu.workRvu) {
      problem(h.line, `header work RVU ${h.value} differs from the RVU section's ${rvu.workRvu}`);
    }
    if (/^global/.test(label) && rvu?.globalPeriod != null) {
      const days = Number(h.value);
      if (!Number.isNaN(days) && String(days).padStart(3, '0') !== rvu.globalPeriod) {
        problem(h.line, `header global days ${h.value} differ from the RVU section's ${rvu.globalPeriod}`);
      }
    }
  }
  const sources = page.sections.sources;
  if (sources && page.declaredSourceCount !== null && page.declaredSourceCount !== page.references.length) {
    problem(
      sources.line,
      `the header says ${page.declaredSourceCount} sources but 'Sources & references' lists ${page.references.length}`,
    );
  }
}
