import { describe, expect, it } from "vitest";
import { noDecisionRule } from "../../../compiler/checks/noDecisionRule.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

const MESSAGE = "the policy does not say how the decision is reached when there is no consensus";

describe(`${noDecisionRule.code} ${noDecisionRule.title}`, () => {
  it("reports a decision section with no majority or executive rule, at its keyword", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        tie: chair decides
      }
      `,
      "Q040",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 4,
        column: 1,
        endColumn: 9,
        message: MESSAGE,
        help: "add `majority decides`, `no consensus: chair decides` or `executive decision by chair`, citing the clause; if the protocol does not say, record that with `silent \"…\"`",
      }),
    ]);
  });

  it("points at the last decision section when there are several", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
      }
      decision {
        tie: chair decides
      }
      `,
      "Q040",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[7, 1, MESSAGE]]);
  });

  it("points at the policy's name when it has no decision section", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      `,
      "Q040",
    );
    expect(found).toEqual([expect.objectContaining({ line: 1, column: 8, endColumn: 18, message: MESSAGE })]);
  });

  it("accepts `majority decides` or `executive decision by chair`", () => {
    for (const rule of ["majority decides", "executive decision by chair"]) {
      const found = diagnosticsWithCode(
        `
        policy test_board "Test Board" {
          vocabulary "vocabulary.policy"
        }
        decision {
          consensus first
          ${rule}
        }
        `,
        "Q040",
      );
      expect(found).toEqual([]);
    }
  });

  it("accepts a majority rule inherited from the base", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        extends "wales-safeguarding-procedures.policy"
      }
      decision {
        silent "the protocol does not provide for deferring a decision"
      }
      `,
      "Q040",
    );
    expect(found).toEqual([]);
  });

  it("does not require a decision rule of a base", () => {
    const found = diagnosticsWithCode(
      `
      base test_base "Test base" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
      }
      `,
      "Q040",
    );
    expect(found).toEqual([]);
  });
});
