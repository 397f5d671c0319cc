import { describe, expect, it } from "vitest";
import { decisionRuleSilent } from "../../../compiler/checks/decisionRuleSilent.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${decisionRuleSilent.code} ${decisionRuleSilent.title}`, () => {
  it("notes, at the silence, that no decision is reached without consensus", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        silent "the protocol does not say how a decision is reached without consensus"
      }
      `,
      "Q047",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "info",
        line: 6,
        column: 3,
        message: "without a consensus this policy reaches no decision: `quorate eval` answers `protocol_silent`, citing this silence",
      }),
    ]);
    expect(diagnosticsWithCode(`policy t "T" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  consensus first\n  silent "x"\n}\n`, "Q040")).toEqual([]);
  });

  it("says nothing where the policy states a rule", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        no consensus: chair decides
        silent "the protocol does not provide for deferral"
      }
      `,
      "Q047",
    );
    expect(found).toEqual([]);
  });
});
