import { describe, expect, it } from "vitest";
import { duplicateListEntry } from "../../../compiler/checks/duplicateListEntry.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${duplicateListEntry.code} ${duplicateListEntry.title}`, () => {
  it("reports a role listed twice in a grouping, at the second one", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor school_nurse health_visitor }
      }
      `,
      "Q021",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 70,
        endColumn: 84,
        message: "`health_visitor` is listed twice in this grouping",
        help: "remove the second one",
      }),
    ]);
  });

  it("reports names listed twice in every kind of list", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { gp }
        grouping adult_health "Adult health" { gp }
        gp may sit with child_health or child_health, otherwise child_health
        not voting: parent, child, parent
        at chair discretion: other_agency, other_agency
        per organisation: primary_school, secondary_school, primary_school
      }
      eligibility {
        sole representative of agencies health, education, health votes on every child
      }
      powers {
        "Lead Safeguarding Manager" may set_aside_decision and set_aside_decision
      }
      `,
      "Q021",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [8, 35, "`child_health` is listed twice in this choice"],
      [9, 30, "`parent` is listed twice in this list"],
      [10, 38, "`other_agency` is listed twice in this list"],
      [11, 55, "`primary_school` is listed twice in this list"],
      [14, 54, "`health` is listed twice in this rule"],
      [17, 58, "`set_aside_decision` is listed twice in this statement"],
    ]);
  });

  it("accepts lists without repeats, even when a name recurs in different statements", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        gp may sit with child_health or adult_health, otherwise child_health
        not voting: parent, child
        not voting: parent
        at chair discretion: other_agency
        per organisation: primary_school, secondary_school
      }
      eligibility {
        sole representative of agencies health, education votes on every child
      }
      powers {
        "Lead Safeguarding Manager" may set_aside_decision and require_reconvene
        "Independent panel" may set_aside_decision
      }
      `,
      "Q021",
    );
    expect(found).toEqual([]);
  });
});
