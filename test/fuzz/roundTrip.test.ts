/**
 * Fuzzing with random valid policies written with random blanks and comments (the
 * formatter's generator): each compiles, compiles to the same IR again, and its canonical
 * layout compiles to the same IR.
 */
import { describe, expect, it } from "vitest";
import { messyPolicy } from "../helpers/policyArbitrary.js";
import { cases, failureOf, fuzzRandom } from "./harness.js";

describe("fuzzing with valid generated policies", () => {
  it("each re-parses to the same IR, and so does its canonical layout", async () => {
    const report = await fuzzRandom("generated valid policies", messyPolicy, (t) => t, cases(60, 2_000));
    // Every generated policy compiles, so every case checked the round trip.
    expect(report.properties["same IR again"]?.checked).toBe(report.cases);
    expect(failureOf(report)).toBeUndefined();
  });
});
