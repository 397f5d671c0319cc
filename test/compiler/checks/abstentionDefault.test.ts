import { describe, expect, it } from "vitest";
import { abstentionDefault } from "../../../compiler/checks/abstentionDefault.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${abstentionDefault.code} ${abstentionDefault.title}`, () => {
  it("notes, at the decision section, that an abstention is left out of the count by default", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        majority decides
        tie: chair decides
      }
      `,
      "Q087",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "info",
        line: 4,
        column: 1,
        endColumn: 9,
        message: "Quorate's default: a practitioner may give no view; an abstention is left out of the count (the policy does not say whether a practitioner taking part may abstain or must give a view)",
      }),
    ]);
  });

  it("says nothing where the policy states the rule either way", () => {
    for (const rule of ["abstention allowed", "abstention not allowed"]) {
      const found = diagnosticsWithCode(`policy t "T" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  consensus first\n  majority decides\n  tie: chair decides\n  ${rule}\n}\n`, "Q087");
      expect(found, rule).toEqual([]);
    }
  });
});
