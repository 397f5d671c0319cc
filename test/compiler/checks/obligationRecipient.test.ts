import { describe, expect, it } from "vitest";
import { obligationRecipient } from "../../../compiler/checks/obligationRecipient.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${obligationRecipient.code} ${obligationRecipient.title}`, () => {
  it("reports escalate, notify, refer and seek_advice without a recipient", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: escalate immediately
        when registered: notify "the register is updated" within 1 working day
        when not_registered: refer "consider compulsory measures"
        when professional_believes_unsafe: seek_advice
      }
      `,
      "Q061",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 5,
        column: 17,
        endColumn: 25,
        message: "`escalate` does not say to whom",
        help: 'add the recipient the protocol names, e.g. `escalate to "senior manager responsible for safeguarding"`',
      }),
      expect.objectContaining({ severity: "warning", line: 6, column: 20, endColumn: 26, message: "`notify` does not say to whom" }),
      expect.objectContaining({ severity: "warning", line: 7, column: 24, endColumn: 29, message: "`refer` does not say to whom" }),
      expect.objectContaining({ severity: "warning", line: 8, column: 38, endColumn: 49, message: "`seek_advice` does not say to whom" }),
    ]);
  });

  it("accepts those actions with a recipient, and other actions without one", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: escalate to "the head of service" immediately
        when registered: notify "the register is updated" to "the keeper of the register" within 1 working day
        when not_registered: refer "consider compulsory measures" to "the children's reporter"
        when professional_believes_unsafe: seek_advice to "their named professional"
        when dissent: record_dissent "dissenting agencies are listed in the record"
      }
      `,
      "Q061",
    );
    expect(found).toEqual([]);
  });
});
