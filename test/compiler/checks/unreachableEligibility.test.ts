import { describe, expect, it } from "vitest";
import { unreachableEligibility } from "../../../compiler/checks/unreachableEligibility.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unreachableEligibility.code} ${unreachableEligibility.title}`, () => {
  it("reports a sibling rule beside a rule that only involved units ever vote", () => {
    const source = `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        only involved units vote
        when siblings disagree: only involved units vote
      }
      `;
    expect(diagnosticsWithCode(source, "Q056")).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 6,
        column: 3,
        endColumn: 51,
        message: "only involved units vote on any child already, so this sibling rule changes nothing",
        help: "remove one of the two rules",
      }),
    ]);
    const related = compileText(source).diagnostics.find((d) => d.code === "Q056")?.related;
    expect(related?.map((r) => [r.message, r.range.start.line, r.range.start.column])).toEqual([["only involved units vote, here", 5, 3]]);
  });

  it("reports each sole-representative rule when every unit already votes on every child", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        every unit votes on every child
        sole representative of agency health votes on every child
        sole representative of roles primary_school, secondary_school votes on every child
      }
      `,
      "Q056",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ["warning", 6, 3, "every unit already votes on every child, so this rule changes nothing"],
      ["warning", 7, 3, "every unit already votes on every child, so this rule changes nothing"],
    ]);
  });

  it("accepts a sole-representative rule beside the rule for siblings who disagree", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        every unit votes on every child
        when siblings disagree: only involved units vote
        sole representative of agency health votes on every child
      }
      `,
      "Q056",
    );
    expect(found).toEqual([]);
  });

  it("accepts a sole-representative rule beside a rule that schools vote only for their own pupils", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        every unit votes on every child
        only involved units vote: primary_school, secondary_school
        sole representative of roles primary_school, secondary_school votes on every child
      }
      `,
      "Q056",
    );
    expect(found).toEqual([]);
  });

  it("still reports a sole-representative rule when organisations only get units of their own, which limits no one", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        per organisation: primary_school, secondary_school
      }
      eligibility {
        sole representative of roles primary_school, secondary_school votes on every child
      }
      `,
      "Q056",
    );
    expect(found.map((f) => [f.line, f.column])).toEqual([[8, 3]]);
  });
});
