/**
 * The code-page parser on the real sample page (read from ../shared) and on fixtures written for these
 * tests: other codes, missing and reordered sections, CRLF with extra blank lines, sources without URLs,
 * and broken lines that must be refused with their line numbers.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CodePageError } from '../../src/ingest/code-page/errors.js';
import { planCodePage } from '../../src/ingest/code-page/import.js';
import { parseCodePage } from '../../src/ingest/code-page/parse.js';
import { referenceSourceId, splitAttribution } from '../../src/ingest/code-page/sources.js';
import { paymentCents, readDate, readDollars } from '../../src/ingest/code-page/values.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const samplePath = path.resolve(repoRoot, '../shared/pages/cpt-27594.txt');
const fixtures = path.join(repoRoot, 'test/fixtures/pages');
const read = (p: string) => readFileSync(p, 'utf8');
const parseFixture = (name: string) => parseCodePage(read(path.join(fixtures, name)), name);

function problemsOf(text: string, file: string) {
  try {
    parseCodePage(text, file);
  } catch (e) {
    if (e instanceof CodePageError) return e;
    throw e;
  }
  throw new Error(`${file} was accepted`);
}

describe('the sample page cpt-27594.txt', () => {
  const page = parseCodePage(read(samplePath), samplePath);

  it('reads the code from the file name and the header', () => {
    expect(page.code).toBe('27594');
    expect(page.codeFrom).toBe('file-name');
    expect(page.verifiedOn).toBe('2026-05-08');
    expect(page.declaredSourceCount).toBe(7);
    expect(page.summary).toMatch(/^Secondary closure or scar revision/);
    expect(page.header.map((h) => [h.label, h.value])).toEqual([
      ['Medicare', '$477.97'],
      ['Work RVU', '7.11'],
      ['Global, days', '90'],
      ['Region', 'Other'],
    ]);
  });

  it('reads every section', () => {
    expect(page.documentation).toHaveLength(6);
    expect(page.denials).toHaveLength(5);
    expect(page.faqs).toHaveLength(6);
    expect(page.faqs.every((f) => f.answer === null && f.question.endsWith('?'))).toBe(true);
    expect(page.covers).toHaveLength(3);
    expect(page.references).toHaveLength(7);
    expect(page.references[0]).toMatchObject({
      ordinal: 1,
      title: 'CMS Physician Fee Schedule 2026',
      url: null,
    });
    expect(page.references[6]?.url).toBe(
      'https://www.cgsmedicare.com/medicare_dynamic/j15/partb/ptpb/ptp.aspx',
    );
  });

  it('reads the RVU table, checks its arithmetic and finds the conversion factor it used', () => {
    expect(page.rvu).toMatchObject({
      version: 'RVU26A',
      effectiveDate: '2026-01-01',
      workRvu: 7.11,
      peRvu: 5.53,
      mpRvu: 1.67,
      totalRvu: 14.31,
      nationalCents: 47797,
      conversionFactor: 33.4009,
      globalPeriod: '090',
    });
  });

  it('reads the payments by site of service with APC and payment indicator', () => {
    expect(page.siteYear).toBe(2026);
    expect(
      page.sitePayments.map(({ setting, amountCents, apc, paymentIndicator }) => ({
        setting,
        amountCents,
        apc,
        paymentIndicator,
      })),
    ).toEqual([
      { setting: 'PFS_NON_FACILITY', amountCents: 47797, apc: null, paymentIndicator: null },
      { setting: 'OPPS', amountCents: 334287, apc: '5113', paymentIndicator: null },
      { setting: 'ASC', amountCents: 164487, apc: null, paymentIndicator: 'A2' },
    ]);
  });

  it('finds the modifiers the prose names: 58, 78, 79', () => {
    expect([...new Set(page.modifierMentions.map((m) => m.code))].sort()).toEqual(['58', '78', '79']);
  });

  it('resolves section attributions to references and named sources', () => {
    expect(page.sections.rvu?.attribution?.sourceIds).toEqual(['ref:cms-physician-fee-schedule-2026']);
    expect(page.sections.sites?.attribution?.sourceIds).toEqual([
      'cms:opps-addendum-b',
      'cms:asc-addendum-aa',
    ]);
    expect(page.sections.modifiers?.attribution?.sourceIds).toEqual([
      'ama:cpt-modifiers',
      'cms:ncci-policy-manual',
    ]);
    expect(page.sections.documentation?.attribution?.sourceIds).toEqual([]); // "7 cited references": the page itself
  });

  it('ignores the vendor block after the references', () => {
    expect(page.vendorBlockLine).toBeGreaterThan(page.references[6]?.line ?? 0);
    const all = JSON.stringify(page);
    expect(all).not.toContain('Mira');
  });

  it('plans deterministic ids: the same page gives the same writes', () => {
    const a = planCodePage(page);
    const b = planCodePage(parseCodePage(read(samplePath), samplePath));
    expect(a).toEqual(b);
    const ids = JSON.stringify(a.steps);
    for (const id of [
      'page:27594:doc:1',
      'page:27594:faq:6',
      'page:27594:denial:5',
      'page:27594:site:OPPS',
      'PFS_RVU:RVU26A:seed:27594:-',
    ]) {
      expect(ids).toContain(`"${id}"`);
    }
    expect(a.facts).toBe(6 + 5 + 6 + 3 + 1 + 1 + 3); // docs, denials, faqs, sites, RVU entry, global period, modifiers
  });
});

describe('other pages', () => {
  it('reads a page with reordered sections, a source without URL and a question with an answer', () => {
    const page = parseFixture('cpt-27880.txt');
    expect(page.code).toBe('27880');
    expect(Object.keys(page.sections).sort()).toEqual(['documentation', 'faq', 'rvu', 'sources']);
    expect(page.rvu).toMatchObject({ totalRvu: 15, nationalCents: 50101, conversionFactor: 33.4009 });
    expect(page.references.map((r) => [r.title, r.url])).toEqual([
      ['CMS Physician Fee Schedule 2026', null],
      ['Example Orthopaedic Journal', 'https://example.org/ortho/amputation'],
    ]);
    expect(page.faqs[0]?.answer).toBe('Use the side of the body that was operated on.');
    expect(page.faqs[1]?.answer).toBeNull();
    expect(page.documentation.map((d) => d.line)).toEqual([27, 28]);
    expect(page.modifierMentions.map((m) => m.code).sort()).toEqual(['79', 'LT', 'RT']);
    expect(page.vendorBlockLine).toBeNull();
  });

  it('reads the same page with a BOM, CRLF and blank lines between every line', () => {
    const plain = parseFixture('cpt-27880.txt');
    const crlf = parseCodePage(read(path.join(fixtures, 'crlf/cpt-27880.txt')), 'cpt-27880.txt');
    expect(read(path.join(fixtures, 'crlf/cpt-27880.txt'))).toContain('\r\n\r\n');
    const strip = (p: typeof plain) =>
      JSON.parse(
        JSON.stringify(p, (k, v) => (k === 'line' || k === 'lines' || k === 'locator' ? undefined : v)),
      );
    expect(strip(crlf)).toEqual(strip(plain));
    expect(crlf.documentation.map((d) => d.line)).toEqual([53, 55]);
  });

  it('reads a HCPCS page with only two sections and listed modifiers', () => {
    const page = parseFixture('hcpcs-G0283.txt');
    expect(page.code).toBe('G0283');
    expect(page.rvu).toBeNull();
    expect(page.listedModifiers.map((m) => [m.code, m.text])).toEqual([
      ['GP', 'therapy under a physical therapy plan of care'],
      ['59', 'Distinct service'],
    ]);
    expect(page.denials[0]?.title).toBe('Billed with an E/M visit without modifier 25');
    expect(page.verifiedOn).toBeNull();
  });

  it('takes the code from the text when the file name has none', () => {
    const page = parseFixture('code-page-no-code.txt');
    expect(page).toMatchObject({ code: '27598', codeFrom: 'content' });
  });
});

describe('pages it cannot read', () => {
  it('refuses RVUs that do not add up, naming the total line', () => {
    const e = problemsOf(read(path.join(fixtures, 'broken/cpt-27594-bad-sum.txt')), 'cpt-27594-bad-sum.txt');
    expect(e.problems).toEqual([
      expect.objectContaining({
        file: 'cpt-27594-bad-sum.txt',
        line: 7,
        reason: expect.stringContaining('is not work + PE + MP = 14.31'),
      }),
    ]);
  });

  it('refuses a national rate that is not total × the conversion factor', () => {
    const e = problemsOf(
      read(path.join(fixtures, 'broken/cpt-27594-bad-rate.txt')),
      'cpt-27594-bad-rate.txt',
    );
    expect(e.message).toBe(
      'cpt-27594-bad-rate.txt:8:1: national rate $478.97 is not total RVU 14.31 × the 2026 conversion factor ($477.97 or $480.35)',
    );
  });

  it('reports every broken line as file:line:column: reason', () => {
    const e = problemsOf(
      read(path.join(fixtures, 'broken/cpt-27594-broken-lines.txt')),
      'cpt-27594-broken-lines.txt',
    );
    expect(e.problems.map((p) => p.line)).toEqual([2, 7, 12, 13, 14, 15, 16, 17]);
    expect(e.message.split('\n')[0]).toBe(
      "cpt-27594-broken-lines.txt:2:10: cannot read the verification date 'Smarch 40, 2026'",
    );
    expect(e.message).toContain("cpt-27594-broken-lines.txt:12:50: cannot read a dollar amount in '3342.87'");
    expect(e.message).toContain('cpt-27594-broken-lines.txt:17:12: reference 02 has an unreadable URL');
  });

  it('refuses a page about another code than its file name', () => {
    const e = problemsOf(
      read(path.join(fixtures, 'broken/cpt-27594-other-code.txt')),
      'cpt-27594-other-code.txt',
    );
    expect(e.problems[0]).toMatchObject({
      line: 3,
      reason: 'the page is about CPT 27598 but the file name says 27594',
    });
  });

  it('refuses a header that disagrees with the RVU section, and a duplicated section', () => {
    const sample = read(samplePath);
    const e = problemsOf(sample.replace('- $477.97', '- $478.00'), 'cpt-27594.txt');
    expect(e.problems).toEqual([
      expect.objectContaining({ line: 4, reason: expect.stringContaining('header Medicare $478.00') }),
    ]);
    const twice = problemsOf(`${sample}\nCommon denial reasons\n- again\n`, 'cpt-27594.txt');
    expect(twice.problems.map((p) => p.reason)).toContain("section 'Common denial reasons' appears twice");
  });

  it('refuses a page with no code anywhere', () => {
    const e = problemsOf('Nothing here.\nWhat this code covers\nSome prose.\n', 'page.txt');
    expect(e.message).toMatch(/^page\.txt:1:1: no code/);
  });
});

describe('value readers', () => {
  it('reads dates, dollars and computes payments on integers', () => {
    expect(readDate('May 8, 2026')).toBe('2026-05-08');
    expect(readDate('Feb 30, 2026')).toBeNull();
    expect(readDollars('$3,342.87')).toBe(334287);
    expect(readDollars('$3,34.87')).toBeNull();
    expect(paymentCents(1431, 334009)).toBe(47797);
    expect(paymentCents(2344, 323465)).toBe(75820);
  });

  it('splits attributions into names, versions and dates', () => {
    expect(splitAttribution('Source · CMS Physician Fee Schedule, RVU26A · January 2026')).toEqual({
      names: ['CMS Physician Fee Schedule'],
      version: 'RVU26A',
      when: ['January 2026'],
    });
    expect(
      splitAttribution(
        'Source · Editorial brief grounded in CMS NCCI edits, AAOS coding appeals, and cited references ↓',
      ).names,
    ).toEqual(['CMS NCCI edits', 'AAOS coding appeals']);
  });

  it('derives reference ids the curated seeds use', () => {
    const seeds = JSON.parse(read(path.join(repoRoot, 'seeds/sources.json'))) as {
      records: { id: string; url: string | null }[];
    };
    const page = parseCodePage(read(samplePath), samplePath);
    const seeded = new Set(seeds.records.map((r) => r.id));
    for (const ref of page.references) {
      expect(seeded.has(ref.sourceId)).toBe(true);
      expect(ref.sourceId).toBe(referenceSourceId(ref.title, ref.url));
      expect(seeds.records.find((r) => r.id === ref.sourceId)?.url).toBe(ref.url);
    }
    for (const named of page.namedSources.filter((s) => !s.id.startsWith('attr:')))
      expect(seeded.has(named.id)).toBe(true);
  });
});
