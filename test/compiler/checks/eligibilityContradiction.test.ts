import { describe, expect, it } from "vitest";
import { eligibilityContradiction } from "../../../compiler/checks/eligibilityContradiction.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${eligibilityContradiction.code} ${eligibilityContradiction.title}`, () => {
  it("reports a policy that says both every unit and only involved units vote", () => {
    const source = `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        every unit votes on every child
        only involved units vote
      }
      `;
    expect(diagnosticsWithCode(source, "Q055")).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 3,
        endColumn: 27,
        message: "the policy says both that every unit votes on every child and that only involved units vote",
      }),
    ]);
    const related = compileText(source).diagnostics.find((d) => d.code === "Q055")?.related;
    expect(related?.map((r) => [r.message, r.range.start.line, r.range.start.column])).toEqual([["every unit votes on every child, here", 5, 3]]);
  });

  it("accepts every unit voting beside the rule for siblings who disagree", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        every unit votes on every child
        when siblings disagree: only involved units vote
      }
      `,
      "Q055",
    );
    expect(found).toEqual([]);
  });
});
