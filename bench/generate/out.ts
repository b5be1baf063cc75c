/** A line writer that respects back-pressure, so generating millions of rows keeps memory flat. */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';

export class LineFile {
  private stream: WriteStream;
  lines = 0;
  constructor(
    readonly path: string,
    private readonly eol = '\r\n',
  ) {
    // latin1 keeps every character of the (ASCII) synthetic text one byte, as in the cp1252 originals.
    this.stream = createWriteStream(path, { encoding: 'latin1', highWaterMark: 1 << 20 });
  }
  async write(line: string): Promise<void> {
    this.lines += 1;
    if (!this.stream.write(line + this.eol)) await once(this.stream, 'drain');
  }
  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** One CSV cell, quoted when it must be. */
export function cell(v: string | number): string {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
