import { describe, expect, it } from "vitest";
import { unbornRequirementRole } from "../../../compiler/checks/unbornRequirementRole.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unbornRequirementRole.code} ${unbornRequirementRole.title}`, () => {
  it("reports an unborn-child requirement naming a role who is not a practitioner", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      roles {
        doula "Doula" not a practitioner
      }
      quorum {
        unborn child requires parent
        unborn child requires doula
      }
      `,
      "Q053",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 8,
        column: 25,
        endColumn: 31,
        message: "`parent` is not a practitioner, so their attendance cannot make a conference quorate",
        help: "name the practitioner role the protocol requires, e.g. `midwife`",
      }),
      expect.objectContaining({
        severity: "error",
        line: 9,
        column: 25,
        endColumn: 30,
        message: "`doula` is not a practitioner, so their attendance cannot make a conference quorate",
      }),
    ]);
  });

  it("accepts a practitioner, from the vocabulary or declared locally", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      roles {
        community_midwife "Community midwife" agency health
      }
      quorum {
        unborn child requires midwife
        unborn child requires community_midwife
      }
      `,
      "Q053",
    );
    expect(found).toEqual([]);
  });

  it("leaves an unknown role to the unknown-role check", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        unborn child requires parnet
      }
      `,
      "Q053",
    );
    expect(found).toEqual([]);
  });
});
