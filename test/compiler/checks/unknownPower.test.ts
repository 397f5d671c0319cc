import { describe, expect, it } from "vitest";
import { unknownPower } from "../../../compiler/checks/unknownPower.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownPower.code} ${unknownPower.title}`, () => {
  it("reports each unknown power given to a post holder", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      powers {
        "Lead Safeguarding Manager" may set_aside_decison and require_reconvene
        "Chief Executive" may dissolve_board
      }
      `,
      "Q016",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 35, endColumn: 52, message: "unknown power `set_aside_decison`", help: "did you mean `set_aside_decision`?" }),
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 25,
        endColumn: 39,
        message: "unknown power `dissolve_board`",
        help: "the powers are `set_aside_decision`, `require_reconvene`, `recommend_reconvene`, `hear_appeal`, `respond_in_writing`",
      }),
    ]);
  });

  it("accepts the powers Quorate knows", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      powers {
        "Lead Safeguarding Manager" may set_aside_decision and require_reconvene
        "Chief Executive" may hear_appeal
      }
      `,
      "Q016",
    );
    expect(found).toEqual([]);
  });
});
