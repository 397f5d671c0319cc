/**
 * Positions as editors speak them. Every position the language service takes or returns
 * is the Language Server Protocol's: a 0-based `line` and a 0-based `character` counted in
 * UTF-16 code units (what JavaScript's string indices count), with lines broken at `\n`,
 * `\r\n` or `\r`. A character past the end of its line means the end of the line; a line
 * past the end of the text means the end of the text. The compiler's own positions are
 * 1-based lines and columns in the same units, with an `offset`; these convert between them.
 */
import type { Range as SourceRange } from "../grammar/location.js";

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based offset in the line, in UTF-16 code units. */
  character: number;
}

export interface Range {
  start: Position;
  /** Exclusive. */
  end: Position;
}

/** A compiler range (1-based line and column) as an editor range (0-based). */
export function editorRange(range: SourceRange): Range {
  return {
    start: { line: range.start.line - 1, character: range.start.column - 1 },
    end: { line: range.end.line - 1, character: range.end.column - 1 },
  };
}

/** The line starts of a text, to turn editor positions into offsets and back. */
export class TextLines {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The offset of the end of a 0-based line's content, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    if (next === undefined) return this.text.length;
    let end = next;
    while (end > (this.starts[line] ?? 0) && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return end;
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    const start = this.starts[position.line];
    if (start === undefined) return this.text.length;
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low, character: clamped - (this.starts[low] ?? 0) };
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }
}
