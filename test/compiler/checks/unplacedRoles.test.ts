import { describe, expect, it } from "vitest";
import { unplacedRoles } from "../../../compiler/checks/unplacedRoles.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

/** A vocabulary small enough that every role can be placed in a few lines. */
const SMALL_VOCABULARY = {
  "policies/small-vocabulary.policy": `vocabulary small "Small vocabulary" { }
agencies {
  police "Police"
  health "Health"
}
roles {
  police_officer "Police officer" agency police
  health_visitor "Health visitor" agency health
  gp "General practitioner" agency health
  parent "Parent" not a practitioner
}
`,
};

const HELP = "put each in a grouping, list it under `not voting:`, or say what happens to the rest: `others vote as their agency`";

describe(`${unplacedRoles.code} ${unplacedRoles.title}`, () => {
  it("reports a practitioner role that no grouping places, at `vote by grouping`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "small-vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping health "Health" { health_visitor gp }
      }
      `,
      "Q033",
      SMALL_VOCABULARY,
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 5,
        column: 3,
        endColumn: 19,
        message: "votes are counted by grouping, but this role belongs to no grouping: `police_officer`",
        help: HELP,
      }),
    ]);
  });

  it("counts and lists several unplaced roles, but not non-practitioners", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "small-vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor }
      }
      `,
      "Q033",
      SMALL_VOCABULARY,
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[5, 3, "votes are counted by grouping, but 2 roles belong to no grouping: `police_officer`, `gp`"]]);
  });

  it("lists at most twelve roles from the shared vocabulary", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping police "Police" { police_officer }
      }
      `,
      "Q033",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, column: 3 });
    expect(found[0]?.message).toContain("but 30 roles belong to no grouping: `children_social_worker`, `family_support_worker`,");
    expect(found[0]?.message).toMatch(/, `nursery`, `educational_psychologist` and 18 more$/);
  });

  it("accepts every practitioner placed by a grouping, a choice or `not voting`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "small-vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor }
        grouping adult_health "Adult health" { health_visitor }
        gp may sit with child_health or adult_health, otherwise child_health
        not voting: police_officer
      }
      `,
      "Q033",
      SMALL_VOCABULARY,
    );
    expect(found).toEqual([]);
  });

  it("accepts unplaced roles when an `others` rule covers them", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "small-vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping health "Health" { health_visitor gp }
        others vote as their agency
      }
      `,
      "Q033",
      SMALL_VOCABULARY,
    );
    expect(found).toEqual([]);
  });

  it("accepts unplaced roles when votes are counted by agency", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "small-vocabulary.policy"
      }
      voting {
        vote by agency
        grouping health "Health" { health_visitor gp }
      }
      `,
      "Q033",
      SMALL_VOCABULARY,
    );
    expect(found).toEqual([]);
  });

  it("does not check a base, which a board policy completes", () => {
    const found = diagnosticsWithCode(
      `
      base test_base "Test base" {
        vocabulary "small-vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping health "Health" { health_visitor gp }
      }
      `,
      "Q033",
      SMALL_VOCABULARY,
    );
    expect(found).toEqual([]);
  });
});
