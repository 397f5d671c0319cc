import { describe, expect, it } from "vitest";
import { choiceConsistency } from "../../../compiler/checks/choiceConsistency.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${choiceConsistency.code} ${choiceConsistency.title}`, () => {
  it("reports a default that is not one of the groupings offered", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        grouping primary_care "Primary care" { school_nurse }
        gp may sit with child_health or adult_health, otherwise primary_care
      }
      `,
      "Q031",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 9,
        column: 59,
        endColumn: 71,
        message: "the default `primary_care` is not one of the groupings `gp` may sit with",
        help: "choose one of `child_health`, `adult_health`",
      }),
    ]);
  });

  it("reports each grouping that lists the role but is not offered, at the role", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        grouping primary_care "Primary care" { gp }
        gp may sit with child_health or adult_health, otherwise child_health
        midwife may sit with child_health or adult_health, otherwise adult_health
        grouping maternity "Maternity" { midwife }
      }
      `,
      "Q031",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 9,
        column: 3,
        endColumn: 5,
        message: "`gp` is listed in the grouping `primary_care`, but this rule does not offer it",
        help: "add `or primary_care`, or remove `gp` from that grouping",
      }),
      expect.objectContaining({
        severity: "error",
        line: 10,
        column: 3,
        endColumn: 10,
        message: "`midwife` is listed in the grouping `maternity`, but this rule does not offer it",
      }),
    ]);
  });

  it("accepts a rule offering every grouping that lists the role, with one of them as default", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        grouping primary_care "Primary care" { gp }
        gp may sit with child_health or adult_health or primary_care, otherwise primary_care
        midwife may sit with child_health or adult_health, otherwise adult_health
      }
      `,
      "Q031",
    );
    expect(found).toEqual([]);
  });
});
