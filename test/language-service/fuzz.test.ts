/**
 * The language service on texts no one would write: a bundled policy with random
 * insertions and deletions. Its diagnostics must still be exactly compile()'s, and no query
 * may throw or answer with a place outside the text.
 */
import fc from "fast-check";
import { expect, it } from "vitest";
import { compile } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import { createLanguageService } from "../../language-service/index.js";
import { editorRange, TextLines, type Range } from "../../language-service/positions.js";
import { bundledFiles, TODAY } from "./helpers.js";
import { cases } from "../helpers/sampleSize.js";

const files = bundledFiles();
const SNIPPETS = ["{", "}", '"', "#", ":", ",", "\n", " cite ", "grouping x \"X\" { gp }", "when ", "😀", "\r\n", "majorty", "agency ", "may sit with ", "not voting: "];
const edit = fc.oneof(
  fc.record({ at: fc.nat(), insert: fc.oneof(fc.constantFrom(...SNIPPETS), fc.string({ maxLength: 5 })), remove: fc.constant(0) }),
  fc.record({ at: fc.nat(), insert: fc.constant(""), remove: fc.integer({ min: 1, max: 300 }) }),
);

function within(lines: TextLines, range: Range): boolean {
  // A place is in the text when its line is and its character is not past that line's end.
  const fits = (p: Range["start"]) => p.line >= 0 && p.line < lines.lineCount && p.character >= 0 && p.character <= lines.lineEnd(p.line) - lines.offsetAt({ line: p.line, character: 0 });
  return fits(range.start) && fits(range.end) && lines.offsetAt(range.start) <= lines.offsetAt(range.end);
}

it("answers every query on a randomly edited policy, with compile()'s diagnostics", async () => {
  await fc.assert(
    fc.asyncProperty(fc.constantFrom("policies/cwm-taf-morgannwg.policy", "policies/mid-and-west-wales.policy", "policies/wakefield.policy"), fc.array(edit, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 3, maxLength: 3 }), async (file, edits, places) => {
      let text = files[file] as string;
      for (const e of edits) {
        const at = e.at % (text.length + 1);
        text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
      }
      const host = memoryHost({ ...files, [file]: text });
      const ls = createLanguageService({ host, today: () => TODAY });
      const lines = new TextLines(text);
      const expected = compile(text, { filename: file, host, today: TODAY }).diagnostics.filter((d) => d.file === file);
      const own = ls.diagnostics(file).find((f) => f.file === file)?.diagnostics ?? [];
      expect(own.map((d) => [d.code, d.message, d.range])).toEqual(expected.map((d) => [d.code, d.message, editorRange(d.range)]));
      for (const place of places) {
        const at = lines.positionAt(place % (text.length + 1));
        const hover = ls.hover(file, at);
        if (hover) expect(within(lines, hover.range)).toBe(true);
        const completion = ls.completion(file, at);
        expect(within(lines, completion.replace)).toBe(true);
        for (const location of [...ls.definition(file, at), ...ls.references(file, at)]) expect(typeof location.file).toBe("string");
        const rename = ls.prepareRename(file, at);
        expect("error" in rename ? rename.error.length > 0 : within(lines, rename.range)).toBe(true);
        for (const action of ls.codeActions(file, { start: at, end: at })) for (const e of action.edit[file] ?? []) expect(within(lines, e.range)).toBe(true);
      }
      const symbols = ls.documentSymbols(file);
      for (const s of symbols.flatMap((x) => [x, ...x.children])) {
        expect(within(lines, s.range) && within(lines, s.selectionRange)).toBe(true);
        expect(s.name.length).toBeGreaterThan(0);
      }
      for (const f of ls.foldingRanges(file)) expect(f.endLine).toBeGreaterThan(f.startLine);
    }),
    { numRuns: Number(process.env["QUORATE_LS_FUZZ_RUNS"] ?? cases(80, 400)), seed: Number(process.env["QUORATE_SEED"] ?? 16) },
  );
});
