import { describe, expect, it } from "vitest";
import { deferralWithoutReconvene } from "../../../compiler/checks/deferralWithoutReconvene.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${deferralWithoutReconvene.code} ${deferralWithoutReconvene.title}`, () => {
  it("reports a deferral with no obligation to reconvene", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        majority decides
        chair may defer when "very exceptional circumstances", reasons recorded
      }
      obligations {
        when deferred: record_reasons "the reasons for deferring are recorded"
        when dissent: reconvene within 10 working days
      }
      `,
      "Q045",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 6,
        column: 3,
        message: "the chair may defer the decision, but no obligation says when the conference reconvenes",
      }),
    ]);
    expect(found[0]?.help).toContain("when deferred: reconvene within 10 working days");
  });

  it("reports a deferral whose reconvene obligation gives no deadline", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        majority decides
        chair may defer when "very exceptional circumstances", reasons recorded
      }
      obligations {
        when deferred: reconvene "the conference reconvenes"
      }
      `,
      "Q045",
    );
    expect(found.map((f) => [f.line, f.column])).toEqual([[6, 3]]);
  });

  it("accepts a deferral with an obligation to reconvene when deferred", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        majority decides
        chair may defer when "very exceptional circumstances", reasons recorded
      }
      obligations {
        when deferred: record_reasons "the reasons for deferring are recorded"
        when deferred: reconvene within 10 working days
      }
      `,
      "Q045",
    );
    expect(found).toEqual([]);
  });
});
