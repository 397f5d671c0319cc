import { describe, expect, it } from "vitest";
import { missingTieBreak } from "../../../compiler/checks/missingTieBreak.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${missingTieBreak.code} ${missingTieBreak.title}`, () => {
  it("reports `majority decides` with no tie rule, at the majority rule", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        majority decides
        chair bound by majority
      }
      `,
      "Q042",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 3,
        endColumn: 19,
        message: "votes can tie under `majority decides`, but the policy does not say who decides a tie",
        help: "add `tie: chair decides` citing the clause; if the protocol is silent, record the reading chosen with `ambiguity`",
      }),
    ]);
  });

  it("accepts a majority rule with `tie: chair decides` or `no majority: chair decides`", () => {
    for (const tie of ["tie: chair decides", "no majority: chair decides"]) {
      const found = diagnosticsWithCode(
        `
        policy test_board "Test Board" {
          vocabulary "vocabulary.policy"
        }
        decision {
          consensus first
          majority decides
          ${tie}
        }
        `,
        "Q042",
      );
      expect(found).toEqual([]);
    }
  });

  it("accepts a majority rule when the tie rule is inherited from the base", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        extends "wales-safeguarding-procedures.policy"
      }
      decision {
        majority decides
      }
      `,
      "Q042",
    );
    expect(found).toEqual([]);
  });
});
