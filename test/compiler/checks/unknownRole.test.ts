import { describe, expect, it } from "vitest";
import { unknownRole } from "../../../compiler/checks/unknownRole.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownRole.code} ${unknownRole.title}`, () => {
  it("reports a misspelt role in a grouping, with a suggestion", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { helth_visitor school_nurse }
      }
      `,
      "Q010",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 6, column: 42, endColumn: 55, message: "unknown role `helth_visitor`", help: "did you mean `health_visitor`?" }),
    ]);
  });

  it("suggests the roles a name is part of, word for word: `social_worker`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by agency
        not voting: social_worker
      }
      `,
      "Q010",
    );
    expect(found).toEqual([expect.objectContaining({ message: "unknown role `social_worker`", help: "did you mean `adult_social_worker` or `children_social_worker`?" })]);
  });

  it("reports unknown roles wherever roles are named", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        not voting: parnet
        at chair discretion: volunteer_worker
      }
      quorum {
        unborn child requires midwfe
      }
      `,
      "Q010",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [5, 15, "unknown role `parnet`"],
      [6, 24, "unknown role `volunteer_worker`"],
      [9, 25, "unknown role `midwfe`"],
    ]);
  });

  it("accepts roles from the vocabulary and local roles", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      roles {
        hospital_social_worker "Hospital social worker" agency health
      }
      voting {
        vote by grouping
        grouping health "Health" { health_visitor hospital_social_worker }
      }
      `,
      "Q010",
    );
    expect(found).toEqual([]);
  });

  it("says when the name is a grouping or an agency rather than a role", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor }
        grouping extra "Extra" { child_health police }
      }
      `,
      "Q010",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([
      [7, 28, "`child_health` is a grouping, not a role", "name its roles instead: `health_visitor`"],
      [7, 41, "`police` is an agency, not a role", "its roles are `police_officer`"],
    ]);
  });
});
