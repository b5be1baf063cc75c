/**
 * Decoding of the CMS files, which are Windows-1252 text (DOMAIN.md). Node's TextDecoder treats
 * 'windows-1252' as ISO-8859-1, which turns the curly quotes and dashes of 0x80-0x9F into control
 * characters, so the table is spelled out here. A UTF-8 byte-order mark switches to UTF-8.
 */

/** Bytes 0x80-0x9F in cp1252; undefined positions are null (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
const HIGH: (number | null)[] = [
  0x20ac,
  null,
  0x201a,
  0x0192,
  0x201e,
  0x2026,
  0x2020,
  0x2021,
  0x02c6,
  0x2030,
  0x0160,
  0x2039,
  0x0152,
  null,
  0x017d,
  null,
  null,
  0x2018,
  0x2019,
  0x201c,
  0x201d,
  0x2022,
  0x2013,
  0x2014,
  0x02dc,
  0x2122,
  0x0161,
  0x203a,
  0x0153,
  null,
  0x017e,
  0x0178,
];

const TABLE: string[] = Array.from({ length: 256 }, (_, b) => {
  if (b < 0x80 || b > 0x9f) return String.fromCharCode(b);
  const cp = HIGH[b - 0x80];
  return cp == null ? '\uFFFD' : String.fromCharCode(cp);
});

export interface EncodingIssue {
  /** 1-based line and character column where the bad byte sits. */
  line: number;
  column: number;
  reason: string;
}

/**
 * A streaming decoder that also checks the bytes: NUL bytes (UTF-16 or binary), bytes undefined in
 * cp1252, and UTF-8 multi-byte sequences in a file without a UTF-8 BOM (text saved in the wrong
 * encoding, which would otherwise load as mojibake like "Ã©").
 */
export class Cp1252Decoder {
  private line = 1;
  private column = 0;
  private first = true;
  private utf8 = false;
  private utf8Decoder = new TextDecoder('utf-8', { fatal: false });
  private pendingLead = -1;
  readonly issues: EncodingIssue[] = [];
  private issueCount = 0;

  constructor(private readonly maxIssues = 20) {}

  get encoding(): 'cp1252' | 'utf-8' {
    return this.utf8 ? 'utf-8' : 'cp1252';
  }

  private issue(reason: string) {
    this.issueCount += 1;
    if (this.issues.length < this.maxIssues)
      this.issues.push({ line: this.line, column: this.column, reason });
  }

  decode(chunk: Buffer): string {
    let buf = chunk;
    if (this.first) {
      this.first = false;
      if (buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
        this.utf8 = true;
        buf = buf.subarray(3);
      } else if (
        buf.length >= 2 &&
        ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))
      ) {
        this.column = 1;
        this.issue(
          'the file is UTF-16 (byte-order mark FF FE / FE FF); save it as Windows-1252 (cp1252) or UTF-8',
        );
        return '';
      }
    }
    if (this.utf8) return this.decodeUtf8(buf);
    // Fast path: check the bytes in a tight loop, decode with latin1, then fix 0x80-0x9F.
    let high = false;
    for (let i = 0; i < buf.length; i++) {
      const b = buf[i] as number;
      if (b === 0x0a) {
        this.line += 1;
        this.column = 0;
        this.pendingLead = -1;
        continue;
      }
      this.column += 1;
      if (b < 0x80 && b !== 0) {
        this.pendingLead = -1;
        continue;
      }
      if (b === 0) {
        this.issue('NUL byte: the file is not cp1252 text (UTF-16 or binary?)');
      } else if (b <= 0x9f) {
        high = true;
        if (HIGH[b - 0x80] == null && this.pendingLead < 0) {
          this.issue(`byte 0x${b.toString(16).toUpperCase()} is undefined in Windows-1252 (cp1252)`);
        }
      }
      // A UTF-8 lead byte followed by a continuation byte: text saved as UTF-8 without a BOM.
      if (this.pendingLead >= 0 && b >= 0x80 && b <= 0xbf) {
        this.issue(
          `bytes ${this.pendingLead.toString(16).toUpperCase()} ${b.toString(16).toUpperCase()} look like UTF-8; ` +
            'the file must be cp1252, or UTF-8 with a byte-order mark',
        );
      }
      this.pendingLead = b >= 0xc2 && b <= 0xf4 ? b : -1;
    }
    const text = buf.toString('latin1');
    return high ? text.replace(/[\x80-\x9f]/g, (ch) => TABLE[ch.charCodeAt(0)] as string) : text;
  }

  private decodeUtf8(buf: Buffer): string {
    const text = this.utf8Decoder.decode(buf, { stream: true });
    for (const ch of text) {
      if (ch === '\n') {
        this.line += 1;
        this.column = 0;
      } else {
        this.column += 1;
        if (ch === '\uFFFD') this.issue('invalid UTF-8 sequence');
        else if (ch === '\0') this.issue('NUL character in the text');
      }
    }
    return text;
  }

  get totalIssues(): number {
    return this.issueCount;
  }
}

/** Decodes a whole buffer (tests, small files). */
export function decodeCp1252(buf: Buffer): string {
  return new Cp1252Decoder().decode(buf);
}
