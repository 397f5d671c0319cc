import { describe, expect, it } from "vitest";
import { whoseDisagreement } from "../../../compiler/checks/whoseDisagreement.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${whoseDisagreement.code} ${whoseDisagreement.title}`, () => {
  it("notes, at the event, a duty or route that follows people's disagreement without saying whose", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when disagreement: appeal_rights "how to appeal"
        when formal_dissent by practitioners: escalate to "the Head of Service"
        when dissent: record_dissent
      }
      escalation concerns "Concerns" {
        opens when reservation
        stage "the chair"
      }
      `,
      "Q089",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [5, 8, "Quorate's default: `disagreement` follows anyone's, parents and children included (the policy does not say whose `disagreement` it means)"],
      [10, 14, "Quorate's default: `reservation` follows anyone's, parents and children included (the policy does not say whose `reservation` it means)"],
    ]);
  });
});
