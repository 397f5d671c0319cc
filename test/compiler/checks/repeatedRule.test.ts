import { describe, expect, it } from "vitest";
import { repeatedRule } from "../../../compiler/checks/repeatedRule.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${repeatedRule.code} ${repeatedRule.title}`, () => {
  it("reports a header statement stated twice, pointing back to the first", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        vocabulary "vocabulary.policy"
        document "Child Protection Conference Protocol"
        jurisdiction wales
        document "Another protocol"
      }
      `,
      "Q022",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 3, endColumn: 21, message: "this rule is already stated on line 2" }),
      expect.objectContaining({ severity: "error", line: 6, column: 3, endColumn: 30, message: "this rule is already stated on line 4" }),
    ]);
    expect(found[0]?.help).toContain("record the other with `ambiguity`");
  });

  it("reports a section rule stated twice, even with a different value", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        vote by agency
      }
      decision {
        majority decides
        tie: chair decides
        majority decides
      }
      `,
      "Q022",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [6, 3, "this rule is already stated on line 5"],
      [11, 3, "this rule is already stated on line 9"],
    ]);
  });

  it("reports category rules stated twice, telling primary and secondary concerns apart", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      categories {
        neglect "Neglect"
        multiple allowed
        primary required
        secondary optional
        primary optional
        multiple not allowed
      }
      `,
      "Q022",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [9, 3, "this rule is already stated on line 7"],
      [10, 3, "this rule is already stated on line 6"],
    ]);
  });

  it("accepts a rule stated once per file, a policy restating its base, and several versions", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        extends "wales-safeguarding-procedures.policy"
        jurisdiction wales
        version "V1" dated 2021-07-08
        version "V2" dated 2025-04-23
      }
      categories {
        neglect "Neglect"
        primary required
        secondary required
      }
      decision {
        consensus first
        majority decides
        tie: chair decides
      }
      `,
      "Q022",
    );
    expect(found).toEqual([]);
  });
});
