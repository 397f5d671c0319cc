/** A point in a source text: 0-based offset, 1-based line and column (UTF-16 units). */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

/** A span of source text; `end` is exclusive. */
export interface Range {
  start: Position;
  end: Position;
}

/** Line starts of a text, for turning offsets into positions. */
export class LineMap {
  private readonly starts: number[];

  constructor(readonly text: string) {
    this.starts = [0];
    // Most files break lines with \n alone, found faster by indexOf than char by char.
    if (!text.includes("\r")) {
      for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10 /* \n */) this.starts.push(i + 1);
      else if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  position(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= clamped) low = mid;
      else high = mid - 1;
    }
    return { offset: clamped, line: low + 1, column: clamped - (this.starts[low] ?? 0) + 1 };
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.position(startOffset), end: this.position(Math.max(startOffset, endOffset)) };
  }

  /** The offset where a 1-based line starts (the end of the text past the last line). */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const start = this.starts[line - 1];
    if (start === undefined) return "";
    const next = this.starts[line];
    let end = next ?? this.text.length;
    while (end > start && (this.text[end - 1] === "\n" || this.text[end - 1] === "\r")) end--;
    return this.text.slice(start, end);
  }
}
