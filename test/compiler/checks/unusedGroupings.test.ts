import { describe, expect, it } from "vitest";
import { unusedGroupings } from "../../../compiler/checks/unusedGroupings.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unusedGroupings.code} ${unusedGroupings.title}`, () => {
  it("warns once, at the first grouping, when votes are counted by agency", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by agency
        grouping police "Police" { police_officer }
        grouping child_health "Child health" { health_visitor }
      }
      `,
      "Q036",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 6,
        column: 12,
        endColumn: 18,
        message: "groupings are declared, but votes are counted by agency, so they change no decision",
        help: "write `vote by grouping` if the protocol counts one vote per grouping; otherwise remove the groupings",
      }),
    ]);
  });

  it("warns when votes are counted by individual", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        grouping police "Police" { police_officer }
        vote by individual
      }
      `,
      "Q036",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[5, 12, "groupings are declared, but votes are counted by individual, so they change no decision"]]);
  });

  it("accepts groupings when votes are counted by grouping", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping police "Police" { police_officer }
        grouping child_health "Child health" { health_visitor }
      }
      `,
      "Q036",
    );
    expect(found).toEqual([]);
  });

  it("accepts counting by agency when no grouping is declared", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by agency
      }
      `,
      "Q036",
    );
    expect(found).toEqual([]);
  });

  it("reports per-organisation voting under individual voting, and an `others` rule only where every practitioner is named", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by individual
        others vote as their agency
        per organisation: primary_school, secondary_school
      }
      `,
      "Q036",
    );
    // The shared vocabulary has practitioners this policy never names: `others` says what they do.
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[7, 3, "every individual already votes on their own, so voting per organisation changes nothing"]]);
    const small = `vocabulary small "Small" {\n}\nagencies {\n  police "Police"\n}\nroles {\n  police_officer "Police officer" agency police\n  parent "Parent" not a practitioner\n}\n`;
    const named = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "small.policy"
      }
      voting {
        vote by agency
        not voting: police_officer
        others vote as their agency
      }
      `,
      "Q036",
      { "policies/small.policy": small },
    );
    expect(named.map((f) => [f.line, f.column, f.message])).toEqual([[7, 3, "every practitioner role is named by another rule, so this `others` rule changes nothing"]]);
  });

  it("accepts per-organisation units under agency voting, where each school becomes its own unit", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by agency
        per organisation: primary_school, secondary_school
      }
      `,
      "Q036",
    );
    expect(found).toEqual([]);
  });
});
