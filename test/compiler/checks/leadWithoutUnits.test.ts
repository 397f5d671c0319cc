import { describe, expect, it } from "vitest";
import { leadWithoutUnits } from "../../../compiler/checks/leadWithoutUnits.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${leadWithoutUnits.code} ${leadWithoutUnits.title}`, () => {
  it("reports a nominated lead under individual voting, at the lead rule", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by individual
        nominated lead speaks, chair decides when disputed
      }
      `,
      "Q037",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 3,
        endColumn: 53,
        message: "a nominated lead speaks for a group, but every individual votes under this policy",
        help: "remove `nominated lead speaks`, or count votes `by grouping` or `by agency`",
      }),
    ]);
  });

  it("accepts a nominated lead when votes are counted by agency or by grouping", () => {
    for (const unit of ["agency", "grouping"]) {
      const found = diagnosticsWithCode(
        `
        policy test_board "Test Board" {
          vocabulary "vocabulary.policy"
        }
        voting {
          vote by ${unit}
          nominated lead speaks, chair decides when disputed
        }
        `,
        "Q037",
      );
      expect(found).toEqual([]);
    }
  });

  it("accepts individual voting without a nominated lead", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by individual
      }
      `,
      "Q037",
    );
    expect(found).toEqual([]);
  });
});
