/**
 * What the code-page importer cannot read, reported as `file:line:column: reason` per problem.
 * Thrown before anything is written.
 */
export interface PageProblem {
  file: string;
  line: number;
  column: number;
  reason: string;
}

export class CodePageError extends Error {
  constructor(readonly problems: PageProblem[]) {
    super(problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.reason}`).join('\n'));
    this.name = 'CodePageError';
  }
}
