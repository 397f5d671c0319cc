import { describe, expect, it } from "vitest";
import { obligationWithoutTrigger } from "../../../compiler/checks/obligationWithoutTrigger.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${obligationWithoutTrigger.code} ${obligationWithoutTrigger.title}`, () => {
  it("reports an obligation that does not say which event triggers it", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: record_views "each view is recorded"
        record_dissent "dissenting agencies are listed in the record"
        circulate "the record of the conference" within 20 working days
      }
      `,
      "Q060",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 3,
        endColumn: 17,
        message: "the obligation `record_dissent` does not say when it applies",
        help: "begin it with the event that triggers it, e.g. `when dissent: record_dissent …`",
      }),
      expect.objectContaining({ severity: "error", line: 7, column: 3, endColumn: 12, message: "the obligation `circulate` does not say when it applies" }),
    ]);
  });

  it("accepts obligations that each begin with their trigger", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: record_dissent "dissenting agencies are listed in the record"
        when conference_held: circulate "the record of the conference" within 20 working days
      }
      `,
      "Q060",
    );
    expect(found).toEqual([]);
  });
});
