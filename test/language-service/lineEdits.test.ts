import fc from "fast-check";
import { expect, it } from "vitest";
import { lineEdits } from "../../language-service/formatting.js";
import { TextLines } from "../../language-service/positions.js";

function apply(text: string, edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[]): string {
  const lines = new TextLines(text);
  return [...edits]
    .sort((a, b) => lines.offsetAt(b.range.start) - lines.offsetAt(a.range.start))
    .reduce((t, e) => t.slice(0, lines.offsetAt(e.range.start)) + e.newText + t.slice(lines.offsetAt(e.range.end)), text);
}

it("line edits turn any text into any other, touching only the lines that differ", () => {
  const text = fc.array(fc.constantFrom("a\n", "b\n", "c\n", "a", "b", "\n", "  x\n"), { maxLength: 12 }).map((l) => l.join(""));
  fc.assert(
    fc.property(text, text, (before, after) => {
      const edits = lineEdits(before, after).map((e) => e.edit);
      expect(apply(before, edits)).toBe(after);
      if (before === after) expect(edits).toEqual([]);
    }),
    { numRuns: 3000 },
  );
});
