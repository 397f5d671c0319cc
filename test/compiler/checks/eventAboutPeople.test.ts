import { describe, expect, it } from "vitest";
import { eventAboutPeople } from "../../../compiler/checks/eventAboutPeople.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${eventAboutPeople.code} ${eventAboutPeople.title}`, () => {
  it("reports `by` after an event that is not about particular people", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when registered by role parent: appeal_rights "how to appeal"
        when disagreement by role parent: appeal_rights "how to appeal"
        when formal_dissent by practitioners: escalate to "the Head of Service"
      }
      `,
      "Q027",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 5,
        column: 22,
        endColumn: 33,
        message: "`registered` is not about particular people, so `by …` cannot narrow it",
        help: "`by` follows `disagreement`, `formal_dissent`, `reservation`, `abstention`; remove it here",
      }),
    ]);
  });
});
