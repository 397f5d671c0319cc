import { describe, expect, it } from "vitest";
import { votingContradiction } from "../../../compiler/checks/votingContradiction.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${votingContradiction.code} ${votingContradiction.title}`, () => {
  it("reports a role listed as not voting that a grouping gives a vote, at the `not voting` entry", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping childrens_services "Children's services" { children_social_worker residential_carer }
        not voting: parent, residential_carer
      }
      `,
      "Q035",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 7,
        column: 23,
        endColumn: 40,
        message: "`residential_carer` is listed as not voting, but another rule gives it a vote",
        help: "keep one of the two; if the protocol says both, record the reading chosen with `ambiguity`",
      }),
    ]);
  });

  it("reports a role listed as not voting that a choice, the chair's discretion or per-organisation voting gives a vote", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor }
        grouping adult_health "Adult health" { adult_mental_health_practitioner }
        midwife may sit with child_health or adult_health, otherwise child_health
        at chair discretion: voluntary_sector_worker
        per organisation: nursery
        not voting: midwife, voluntary_sector_worker, nursery, cafcass_officer
      }
      `,
      "Q035",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [11, 15, "`midwife` is listed as not voting, but another rule gives it a vote"],
      [11, 24, "`voluntary_sector_worker` is listed as not voting, but another rule gives it a vote"],
      [11, 49, "`nursery` is listed as not voting, but another rule gives it a vote"],
    ]);
  });

  it("accepts roles listed as not voting that no other rule gives a vote", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping childrens_services "Children's services" { children_social_worker }
        grouping child_health "Child health" { health_visitor }
        grouping adult_health "Adult health" { adult_mental_health_practitioner }
        midwife may sit with child_health or adult_health, otherwise child_health
        at chair discretion: voluntary_sector_worker
        per organisation: nursery
        others vote as their agency
        not voting: parent, residential_carer, cafcass_officer
      }
      `,
      "Q035",
    );
    expect(found).toEqual([]);
  });
});
