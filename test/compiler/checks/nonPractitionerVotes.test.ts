import { describe, expect, it } from "vitest";
import { nonPractitionerVotes } from "../../../compiler/checks/nonPractitionerVotes.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${nonPractitionerVotes.code} ${nonPractitionerVotes.title}`, () => {
  it("reports a non-practitioner placed in a grouping", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping family "Family" { family_support_worker parent }
      }
      `,
      "Q032",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 52,
        endColumn: 58,
        message: "`parent` is not a practitioner, so it cannot be placed in the grouping `family`",
        help: "remove it here; to record that the protocol hears but does not count them, write `not voting: parent`",
      }),
    ]);
  });

  it("reports non-practitioners given a vote by a choice, the chair's discretion or per-organisation voting", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor }
        grouping adult_health "Adult health" { midwife }
        child may sit with child_health or adult_health, otherwise child_health
        at chair discretion: voluntary_sector_worker, family_member
        per organisation: primary_school, advocate
      }
      `,
      "Q032",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [8, 3, "`child` is not a practitioner, so it cannot be placed in a grouping choice"],
      [9, 49, "`family_member` is not a practitioner, so it cannot be placed in the chair's discretion"],
      [10, 37, "`advocate` is not a practitioner, so it cannot be placed in per-organisation voting"],
    ]);
  });

  it("reports a local role declared as not a practitioner", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      roles {
        grandparent "Grandparent" not a practitioner
      }
      voting {
        vote by grouping
        grouping family "Family" { grandparent }
      }
      `,
      "Q032",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[9, 30, "`grandparent` is not a practitioner, so it cannot be placed in the grouping `family`"]]);
  });

  it("accepts non-practitioners listed as not voting and practitioners placed where votes are counted", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      roles {
        grandparent "Grandparent" not a practitioner
        kinship_worker "Kinship care worker" agency children_social_care
      }
      voting {
        vote by grouping
        grouping family "Family" { family_support_worker kinship_worker }
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { gp }
        gp may sit with child_health or adult_health, otherwise child_health
        at chair discretion: voluntary_sector_worker
        per organisation: primary_school
        not voting: parent, child, family_member, advocate, grandparent
      }
      `,
      "Q032",
    );
    expect(found).toEqual([]);
  });
});
