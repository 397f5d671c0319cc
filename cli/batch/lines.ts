/**
 * Splits a stream of JSON Lines into lines as the bytes arrive, holding at most one line
 * (of at most `maxBytes`) at a time: a line longer than that is skipped to its end and
 * reported by its length, never buffered, so an endless line cannot exhaust memory.
 */

/** The longest line read as a conference: a realistic one is a few kilobytes. */
export const MAX_LINE_BYTES = 1024 * 1024;

export type InputLine =
  | { line: number; text: string }
  | { line: number; tooLong: number }
  | { line: number; notUtf8: true };

const NEWLINE = 0x0a;
const RETURN = 0x0d;
// ignoreBOM keeps a byte-order mark in the text, so only line 1's (stripped below) is allowed.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

export class LineSplitter {
  private held: Buffer[] = [];
  private heldBytes = 0;
  /** Bytes of the current line beyond the limit, once it has been passed. */
  private overflow = 0;
  /** Whether the overflowing line's last byte so far is a carriage return (not counted in its length). */
  private overflowEndsInReturn = false;
  private count = 0;

  constructor(private readonly maxBytes = MAX_LINE_BYTES) {}

  /** The complete lines in this chunk; the unfinished last one is kept for the next. */
  *take(chunk: Buffer): Generator<InputLine> {
    let start = 0;
    for (;;) {
      const end = chunk.indexOf(NEWLINE, start);
      if (end === -1) {
        this.hold(chunk, start, chunk.length);
        return;
      }
      this.hold(chunk, start, end);
      yield this.finish();
      start = end + 1;
    }
  }

  /** The last line, when the input does not end with a line break. */
  *end(): Generator<InputLine> {
    if (this.heldBytes > 0 || this.overflow > 0) yield this.finish();
  }

  private hold(chunk: Buffer, from: number, to: number): void {
    if (to <= from) return;
    // One byte of room beyond the limit: a line of exactly the limit may end in a carriage return (CRLF).
    if (this.overflow > 0 || this.heldBytes + (to - from) > this.maxBytes + 1) {
      this.overflow += this.heldBytes + (to - from);
      this.overflowEndsInReturn = chunk[to - 1] === RETURN;
      this.held = [];
      this.heldBytes = 0;
      return;
    }
    this.held.push(chunk.subarray(from, to));
    this.heldBytes += to - from;
  }

  private finish(): InputLine {
    const line = ++this.count;
    if (this.overflow > 0) {
      const length = this.overflow - (this.overflowEndsInReturn ? 1 : 0);
      this.overflow = 0;
      return { line, tooLong: length };
    }
    let bytes = this.held.length === 1 ? (this.held[0] as Buffer) : Buffer.concat(this.held, this.heldBytes);
    this.held = [];
    this.heldBytes = 0;
    if (bytes.length > 0 && bytes[bytes.length - 1] === RETURN) bytes = bytes.subarray(0, bytes.length - 1);
    if (bytes.length > this.maxBytes) return { line, tooLong: bytes.length };
    // A byte-order mark is allowed at the start of the input only, as an editor may save one.
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
    try {
      return { line, text: utf8.decode(bytes) };
    } catch {
      return { line, notUtf8: true };
    }
  }
}
