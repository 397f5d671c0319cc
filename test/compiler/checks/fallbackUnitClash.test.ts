import { describe, expect, it } from "vitest";
import { fallbackUnitClash } from "../../../compiler/checks/fallbackUnitClash.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${fallbackUnitClash.code} ${fallbackUnitClash.title}`, () => {
  it("reports a grouping named like an agency whose other roles vote as that agency", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping education "Schools" { primary_school secondary_school }
        others vote as their agency
      }
      `,
      "Q034",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 12,
        endColumn: 21,
        message:
          "the grouping `education` has the same name as the agency whose other roles (`education_officer`, `nursery`, `educational_psychologist`) vote as their own unit under `others`",
        help: "rename the grouping, or list `education_officer`, `nursery`, `educational_psychologist` in it",
      }),
    ]);
  });

  it("reports the clash when the others vote at the chair's discretion, leaving out roles placed elsewhere", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping education "Schools" { primary_school secondary_school }
        others vote at chair discretion
        not voting: nursery
      }
      `,
      "Q034",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [
        6,
        12,
        "the grouping `education` has the same name as the agency whose other roles (`education_officer`, `educational_psychologist`) vote as their own unit under `others`",
      ],
    ]);
  });

  it("accepts the same groupings when the others do not vote", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping education "Schools" { primary_school secondary_school }
        others do not vote
      }
      `,
      "Q034",
    );
    expect(found).toEqual([]);
  });

  it("accepts a grouping with another name, or one that lists all of its agency's roles", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping schools "Schools" { primary_school secondary_school }
        grouping education "Education" { education_officer nursery educational_psychologist }
        others vote as their agency
      }
      `,
      "Q034",
    );
    expect(found).toEqual([]);
  });
});
