/**
 * Fuzzing with the bundled policies broken on purpose: tokens deleted, doubled, swapped,
 * replaced or inserted (as the lexer splits them), hostile characters dropped in, and the
 * same words laid out with other blanks, which must compile exactly as the original does.
 */
import { describe, expect, it } from "vitest";
import { BUNDLED_POLICIES, LAYOUTS, mutatedPolicy, policyWithHostileCharacters } from "./arbitraries.js";
import { cases, failureOf, fuzzEach, fuzzRandom } from "./harness.js";
import { sameInEveryLayout } from "./properties.js";

describe("fuzzing compile() with broken bundled policies", () => {
  it("tokens deleted, doubled, swapped, replaced or inserted, then hostile characters and another layout", async () => {
    const report = await fuzzRandom("token mutations", mutatedPolicy, (m) => m.text, cases(300, 25_000));
    expect(failureOf(report)).toBeUndefined();
  });

  it("right-to-left, zero-width and other hostile characters dropped in anywhere", async () => {
    const report = await fuzzRandom("hostile characters", policyWithHostileCharacters, (m) => m.text, cases(100, 8_000));
    expect(failureOf(report)).toBeUndefined();
  });

  it("every bundled policy in every layout (CRLF, CR, BOM, tabs, no-break spaces…) compiles exactly as written", async () => {
    const variants = Object.entries(BUNDLED_POLICIES).flatMap(([name, text]) => Object.entries(LAYOUTS).map(([layout, change]) => ({ name, layout, text, variant: change(text) })));
    const byVariant = new Map(variants.map((v) => [v.variant, v]));
    const report = await fuzzEach(
      "other layouts",
      variants.map((v) => v.variant),
      (variant) => {
        const v = byVariant.get(variant);
        const reason = v ? sameInEveryLayout(v.text, variant) : "unknown variant";
        return { property: "same IR in every layout", reason: reason && `${v?.name} in layout "${v?.layout}": ${reason}` };
      },
    );
    expect(report.cases).toBe(Object.keys(BUNDLED_POLICIES).length * Object.keys(LAYOUTS).length);
    expect(failureOf(report)).toBeUndefined();
  });
});
