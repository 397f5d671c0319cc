import { describe, expect, it } from "vitest";
import { unknownGrouping } from "../../../compiler/checks/unknownGrouping.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownGrouping.code} ${unknownGrouping.title}`, () => {
  it("reports a misspelt grouping offered by a `may sit with` rule, with a suggestion", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        gp may sit with child_helth or adult_health, otherwise child_health
      }
      `,
      "Q011",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 8, column: 19, endColumn: 30, message: "unknown grouping `child_helth`", help: "did you mean `child_health`?" }),
    ]);
  });

  it("reports unknown groupings in a choice's default and in a sole-representative rule", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        gp may sit with child_health or adult_health, otherwise adult_helth
      }
      eligibility {
        sole representative of groupings child_health, adlt_health votes on every child
      }
      `,
      "Q011",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([
      [8, 59, "unknown grouping `adult_helth`", "did you mean `adult_health`?"],
      [11, 50, "unknown grouping `adlt_health`", "did you mean `adult_health`?"],
    ]);
  });

  it("suggests declaring a grouping when the policy declares none", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        sole representative of grouping health_services votes on every child
      }
      `,
      "Q011",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 5,
        column: 35,
        message: "unknown grouping `health_services`",
        help: 'declare it in the `voting` section: `grouping child_health "Child Health" { health_visitor }`',
      }),
    ]);
  });

  it("accepts declared groupings, and does not treat an agency selector as a grouping", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        gp may sit with child_health or adult_health, otherwise adult_health
      }
      eligibility {
        sole representative of groupings child_health, adult_health votes on every child
        sole representative of agency health votes on every child
      }
      `,
      "Q011",
    );
    expect(found).toEqual([]);
  });

  it("says when the name is a role rather than a grouping", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        sole representative of grouping health_visitor votes on every child
      }
      `,
      "Q011",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[5, 35, "`health_visitor` is a role, not a grouping"]]);
    expect(found[0]?.help).toContain("write `roles` to name roles instead");
  });

  it("says when the name is an agency rather than a grouping, and how to name the agency", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        sole representative of grouping health votes on every child
      }
      `,
      "Q011",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[5, 35, "`health` is an agency, not a grouping"]]);
    expect(found[0]?.help).toBe("to name the agency, write `agency health`");
  });
});
