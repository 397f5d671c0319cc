/** Fuzzing with text that was never a policy: any Unicode at all, and the language's own words in random order. */
import { describe, expect, it } from "vitest";
import { arbitraryText, wordSoup } from "./arbitraries.js";
import { cases, failureOf, fuzzRandom } from "./harness.js";

describe("fuzzing compile() with arbitrary text", () => {
  it("any text, lone surrogates and control characters included", async () => {
    const report = await fuzzRandom("arbitrary text", arbitraryText, (t) => t, cases(400, 25_000));
    expect(failureOf(report)).toBeUndefined();
  });

  it("the language's own words in random order", async () => {
    const report = await fuzzRandom("word soup", wordSoup, (t) => t, cases(400, 25_000));
    expect(failureOf(report)).toBeUndefined();
  });
});
