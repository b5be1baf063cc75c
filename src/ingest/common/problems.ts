/**
 * Problems found while validating an input file, reported as `file:line:column: reason` — the form
 * editors and CI annotate. "column" is the 1-based field number of the CSV/TSV record (1 when a
 * problem concerns the whole line), so a reader can go straight to the cell.
 */
export interface Problem {
  file: string;
  line: number;
  column: number;
  reason: string;
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.reason}`;
}

/** Thrown when validation found problems: nothing has been written. */
export class ImportValidationError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the input; nothing was written:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ImportValidationError';
  }
}

/** Collects problems with a cap, so a wholly wrong file does not fill memory with millions of lines. */
export class ProblemList {
  readonly items: Problem[] = [];
  total = 0;
  constructor(readonly cap = 1000) {}

  add(p: Problem): void {
    this.total += 1;
    if (this.items.length < this.cap) this.items.push(p);
  }

  get empty(): boolean {
    return this.total === 0;
  }

  /** The problems, with a last line saying how many were left out past the cap. */
  report(): Problem[] {
    if (this.total <= this.items.length) return this.items;
    const last = this.items[this.items.length - 1];
    return [
      ...this.items,
      {
        file: last?.file ?? '-',
        line: last?.line ?? 0,
        column: 1,
        reason: `and ${this.total - this.items.length} more problems not listed`,
      },
    ];
  }
}
