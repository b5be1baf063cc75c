/**
 * The shape every official-file format shares: some preamble, a layout found from the header text
 * (or, for NCCI PTP, from the first data row), then one record per row. A Format turns one record
 * into one validated row; `scanFiles` streams all the files of a release through it, checking the
 * column count and duplicate keys, so validation and writing read the very same rows.
 */
import path from 'node:path';
import type { ProblemList } from './problems.js';
import { type RawRecord, readRecords } from './records.js';

export interface Layout {
  /** Logical column name → 0-based field index. */
  columns: Record<string, number>;
  /** Fields a data record must have. */
  width: number;
  /** Facts read from the preamble/header (banner text, the quarter in a column name...). */
  meta: Record<string, string>;
}

export interface RowContext {
  file: string;
  line: number;
  /** Reports a problem in a 0-based field; the report shows it 1-based. */
  problem(field: number, reason: string): void;
}

export interface Format<Row> {
  /** Human name for messages: 'PFS RVU', 'NCCI PTP'. */
  name: string;
  delimiter: ',' | '\t';
  quoted: boolean;
  /** How many records may come before the layout is found. */
  maxPreamble: number;
  /**
   * Called for each record until it returns a layout; `preamble` holds the records seen before.
   * `layout: null` means "this is the header, but it is unusable" (after reporting why).
   */
  detect(
    record: RawRecord,
    preamble: RawRecord[],
    report: (field: number, reason: string) => void,
  ): { layout: Layout | null; dataRow: boolean } | null;
  /** What to say when no layout was found. */
  missingLayout: string;
  /** Validates one data record; returns null (after reporting) when it is unusable. */
  parse(fields: string[], layout: Layout, ctx: RowContext): Row | null;
  /** The row's identity within one release (duplicate detection). */
  key(row: Row): string;
  /** The codes the row refers to (Code nodes are merged before the rows are written). */
  codes(row: Row): string[];
}

export interface ScanResult {
  rows: number;
  perFile: number[];
  /** The layout meta of the first file, for defaults such as the release version. */
  meta: Record<string, string>;
}

/**
 * Streams every record of every file through the format. `onRow` sees valid rows in file order;
 * problems go to `problems`. With `checkDuplicates`, keys are remembered across all the files.
 */
export async function scanFiles<Row>(
  format: Format<Row>,
  files: string[],
  problems: ProblemList,
  onRow: (row: Row) => void | Promise<void>,
  options: { checkDuplicates?: boolean; displayNames?: string[] } = {},
): Promise<ScanResult> {
  const seen = options.checkDuplicates ? new Set<string>() : undefined;
  const perFile: number[] = [];
  let meta: Record<string, string> = {};
  for (const [i, file] of files.entries()) {
    const name = options.displayNames?.[i] ?? path.basename(file);
    let layout: Layout | undefined;
    const preamble: RawRecord[] = [];
    let count = 0;
    let headerFailed = false;
    const handle = async (rec: RawRecord, lay: Layout) => {
      const { fields, line } = rec;
      const ctx: RowContext = {
        file: name,
        line,
        problem: (field, reason) => problems.add({ file: name, line, column: field + 1, reason }),
      };
      const extra = fields.slice(lay.width);
      if (fields.length < lay.width || extra.some((f) => f.trim() !== '')) {
        ctx.problem(
          Math.min(fields.length, lay.width),
          `expected ${lay.width} columns, found ${fields.length} (wrong column count)`,
        );
        return;
      }
      const before = problems.total;
      const row = format.parse(fields, lay, ctx);
      if (row === null || problems.total > before) return;
      if (seen) {
        const key = format.key(row);
        if (seen.has(key)) {
          ctx.problem(0, `duplicate key ${key}: the same row already appears earlier in this release`);
          return;
        }
        seen.add(key);
      }
      count += 1;
      await onRow(row);
    };
    for await (const rec of readRecords(
      file,
      { delimiter: format.delimiter, quoted: format.quoted, displayName: name },
      problems,
    )) {
      if (layout) {
        await handle(rec, layout);
        continue;
      }
      const found = format.detect(rec, preamble, (field, reason) =>
        problems.add({ file: name, line: rec.line, column: field + 1, reason }),
      );
      if (found) {
        if (!found.layout) {
          headerFailed = true;
          break;
        }
        layout = found.layout;
        if (i === 0) meta = layout.meta;
        if (found.dataRow) await handle(rec, layout);
        continue;
      }
      preamble.push(rec);
      if (preamble.length > format.maxPreamble) break;
    }
    if (!layout && !headerFailed)
      problems.add({ file: name, line: 1, column: 1, reason: format.missingLayout });
    perFile.push(count);
  }
  return { rows: perFile.reduce((a, b) => a + b, 0), perFile, meta };
}

/** Lower-cased, single-spaced text for loose header matching. */
export function norm(text: string): string {
  return text.replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Finds each wanted column by a test on its (normalized) header text. Missing required columns and
 * ambiguous matches are reported against the header line.
 */
export function matchColumns(
  headers: string[],
  wanted: Record<string, { test: (h: string) => boolean; required: boolean; label: string }>,
  report: (reason: string, field: number) => void,
): Record<string, number> | null {
  const normalized = headers.map(norm);
  const out: Record<string, number> = {};
  let okAll = true;
  for (const [key, w] of Object.entries(wanted)) {
    const hits = normalized.flatMap((h, i) => (w.test(h) ? [i] : []));
    if (hits.length === 1) out[key] = hits[0] as number;
    else if (hits.length === 0) {
      if (w.required) {
        okAll = false;
        report(`no column '${w.label}' in the header`, 0);
      }
    } else {
      okAll = false;
      report(
        `column '${w.label}' matches ${hits.length} header cells (${hits.map((h) => `'${headers[h]}'`).join(', ')})`,
        hits[1] ?? 0,
      );
    }
  }
  return okAll ? out : null;
}
