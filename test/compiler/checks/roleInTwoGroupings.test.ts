import { describe, expect, it } from "vitest";
import { roleInTwoGroupings } from "../../../compiler/checks/roleInTwoGroupings.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${roleInTwoGroupings.code} ${roleInTwoGroupings.title}`, () => {
  it("reports a role in two groupings with no `may sit with` rule, at its second listing", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { midwife gp }
      }
      `,
      "Q030",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 7,
        column: 50,
        endColumn: 52,
        message: "`gp` is listed in two groupings, `child_health` and `adult_health`, so it is unclear where its vote goes",
        help: "say how an attendee is placed: `gp may sit with child_health or adult_health, otherwise child_health`",
      }),
    ]);
  });

  it("reports a role in three groupings once, naming all three", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { gp }
        grouping adult_health "Adult health" { gp }
        grouping primary_care "Primary care" { gp }
      }
      `,
      "Q030",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 7, column: 42 });
    expect(found[0]?.message).toBe("`gp` is listed in 3 groupings, `child_health`, `adult_health` and `primary_care`, so it is unclear where its vote goes");
    expect(found[0]?.help).toBe("say how an attendee is placed: `gp may sit with child_health or adult_health or primary_care, otherwise child_health`");
  });

  it("accepts a role in two groupings once a `may sit with` rule places it", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { health_visitor gp }
        grouping adult_health "Adult health" { midwife gp }
        gp may sit with child_health or adult_health, otherwise child_health
      }
      `,
      "Q030",
    );
    expect(found).toEqual([]);
  });

  it("does not count a role listed twice in the same grouping as two groupings", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health "Child health" { gp health_visitor gp }
      }
      `,
      "Q030",
    );
    expect(found).toEqual([]);
  });
});
