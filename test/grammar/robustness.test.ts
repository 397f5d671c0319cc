/**
 * Whatever text arrives, compile() returns diagnostics inside the file and never throws.
 * (The hardening issue extends this into a long-running fuzzer; these are the CI cases.)
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import { LineMap } from "../../grammar/location.js";
import { BUNDLED_FILES, TODAY } from "../helpers/compileText.js";

const host = memoryHost(BUNDLED_FILES);

function compileSafely(text: string) {
  return compile(text, { filename: "policies/fuzz.policy", host, today: TODAY });
}

function expectWellLocated(text: string): void {
  const result = compileSafely(text);
  const lines = new LineMap(text);
  for (const d of result.diagnostics) {
    if (d.file !== "policies/fuzz.policy") continue;
    expect(d.range.start.offset).toBeGreaterThanOrEqual(0);
    expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
    expect(d.range.start.offset).toBeLessThanOrEqual(d.range.end.offset);
    expect(d.range.start.line).toBeLessThanOrEqual(lines.lineCount);
    expect(d.message.length).toBeGreaterThan(0);
    expect(d.help ?? "", `${d.code} ${d.message} has no help`).not.toBe("");
    expect(d.code).toMatch(/^Q\d{3}$/);
  }
  if (result.ir === undefined) expect(result.diagnostics.some((d) => d.severity === "error")).toBe(true);
}

const lancashire = readFileSync(new URL("../../policies/lancashire.policy", import.meta.url), "utf8");
const cwm = readFileSync(new URL("../../policies/cwm-taf-morgannwg.policy", import.meta.url), "utf8");

describe("robustness of compile()", () => {
  it("never throws on arbitrary text, and every diagnostic lies inside the file", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 400 }), expectWellLocated), { numRuns: 300 });
  });

  it("never throws on text made of the language's own words in random order", () => {
    const word = fc.constantFrom("policy", "x", '"X"', "{", "}", "voting", "vote", "by", "grouping", "gp", ":", ",", "3", "2025-01-01", "cite", "when", "decision", "majority", "decides", "tie", "chair", "\n", "# note\n");
    fc.assert(fc.property(fc.array(word, { maxLength: 80 }), (words) => expectWellLocated(words.join(" "))), { numRuns: 300 });
  });

  it("a policy cut off at any point gives located errors, not a crash", () => {
    // Every offset of a small policy: the cut may fall inside a word, a string or a comment.
    for (let cut = 0; cut < lancashire.length; cut += 1) expectWellLocated(lancashire.slice(0, cut));
  });

  it("deleting, doubling or swapping tokens of a board policy never crashes the compiler", () => {
    const tokens = cwm.split(/(\s+)/);
    const mutation = fc.record({
      at: fc.nat({ max: tokens.length - 1 }),
      kind: fc.constantFrom("delete", "double", "swap"),
    });
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        const copy = [...tokens];
        for (const { at, kind } of mutations) {
          if (kind === "delete") copy.splice(at, 1);
          else if (kind === "double") copy.splice(at, 0, copy[at] ?? "");
          else [copy[at], copy[at + 1]] = [copy[at + 1] ?? "", copy[at] ?? ""];
        }
        expectWellLocated(copy.join(""));
      }),
      { numRuns: 200 },
    );
  });

  it("compiles the same text to the same IR every time", () => {
    const first = compileSafely(cwm);
    const second = compileSafely(cwm);
    expect(first.ir).toBeDefined();
    expect(second.ir).toEqual(first.ir);
  });
});
