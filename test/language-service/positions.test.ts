import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineMap } from "../../grammar/location.js";
import { editorRange, TextLines } from "../../language-service/positions.js";

describe("TextLines", () => {
  it("counts characters in UTF-16 units and breaks lines at \\n, \\r\\n and \\r", () => {
    const lines = new TextLines("a😀b\r\ncd\re\n");
    expect(lines.offsetAt({ line: 0, character: 3 })).toBe(3);
    expect(lines.positionAt(4)).toEqual({ line: 0, character: 4 });
    expect(lines.offsetAt({ line: 1, character: 1 })).toBe(7);
    expect(lines.offsetAt({ line: 2, character: 0 })).toBe(9);
    expect(lines.lineCount).toBe(4);
  });

  it("takes a character past the end of its line as the line's end, and a line past the end as the text's end", () => {
    const lines = new TextLines("ab\r\ncd");
    expect(lines.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(lines.offsetAt({ line: 7, character: 0 })).toBe(6);
    expect(lines.offsetAt({ line: -1, character: 3 })).toBe(0);
  });

  it("turns offsets into positions and back, and agrees with the compiler's 1-based positions", () => {
    const text = fc.array(fc.constantFrom("a", "é", "😀", "\n", "\r\n", "\r", " "), { maxLength: 40 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(text, fc.nat(), (t, n) => {
        const lines = new TextLines(t);
        const offset = t.length === 0 ? 0 : n % (t.length + 1);
        // An offset inside a \r\n pair is not a place an editor can name.
        if (t[offset - 1] === "\r" && t[offset] === "\n") return;
        expect(lines.offsetAt(lines.positionAt(offset))).toBe(offset);
        const compiler = new LineMap(t).range(offset, offset);
        expect(editorRange(compiler).start).toEqual(lines.positionAt(offset));
      }),
    );
  });
});
