/**
 * A policy that names one role 100,000 times in one list has 100,000 findings of one kind:
 * the first 200 of each check are shown, and one more finding says how many are not and
 * where they begin, so a run's output stays readable (and quick to sort and print).
 */
import { describe, expect, it } from "vitest";
import { MOST_FINDINGS_PER_CHECK } from "../../compiler/compile.js";
import { BIG_HEADER, compileLarge } from "./largeInputs.js";

describe(`more than ${MOST_FINDINGS_PER_CHECK} findings of one check`, () => {
  it("the first are shown, then one finding counts the rest and points at the first of them", () => {
    const count = 100_000;
    const text = `${BIG_HEADER}voting {\n  vote by individual\n  not voting: ${Array<string>(count).fill("parent").join(", ")}\n}\n`;
    const result = compileLarge(text);
    const repeated = result.diagnostics.filter((d) => d.code === "Q026" || d.message.includes("listed twice") || d.message.includes("more than once"));
    const codes = new Set(repeated.map((d) => d.code));
    expect(codes.size).toBe(1);
    expect(repeated).toHaveLength(MOST_FINDINGS_PER_CHECK + 1);
    const last = repeated.find((d) => d.message.includes("not shown"));
    expect(last?.message).toMatch(new RegExp(`^${(count - 1 - MOST_FINDINGS_PER_CHECK).toLocaleString("en-GB")} more Q\\d{3} findings are not shown; the first is here: `));
    expect(last?.help).toBe(`fix the ${MOST_FINDINGS_PER_CHECK} shown, then check again to see the rest`);
  });
});
