/** compareText orders diagnostics' files and codes exactly as localeCompare does, with or without calling it. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareText } from "../../grammar/diagnostic.js";

const sign = (n: number) => Math.sign(n);

describe("compareText", () => {
  it("agrees with localeCompare on paths, codes and odd characters", () => {
    const examples = [
      ["policies/wakefield.policy", "policies/wales-safeguarding-procedures.policy"],
      ["policies/mid-and-west-wales.policy", "policies/vocabulary.policy"],
      ["a-b", "a_b"],
      ["a.b", "a-b"],
      ["a_b", "a0b"],
      ["aB", "ab"],
      ["B", "a"],
      ["abc", "abc\u0001"],
      ["abc", "abc-"],
      ["abc", "abcé"],
      ["Q012", "Q101"],
      ["x/y", "x-y"],
      ["", "a"],
    ];
    for (const [a, b] of examples) {
      expect(sign(compareText(a as string, b as string)), `${a} ${b}`).toBe(sign((a as string).localeCompare(b as string)));
      expect(sign(compareText(b as string, a as string)), `${b} ${a}`).toBe(sign((b as string).localeCompare(a as string)));
    }
    const text = fc.string({ unit: fc.constantFrom(..."ab09-./_A\u0001é Z\\~", "a", "b", "-"), maxLength: 8 });
    fc.assert(
      fc.property(text, text, (a, b) => sign(compareText(a, b)) === sign(a.localeCompare(b))),
      { numRuns: 5000 },
    );
  });
});
