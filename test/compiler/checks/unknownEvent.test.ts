import { describe, expect, it } from "vitest";
import { unknownEvent } from "../../../compiler/checks/unknownEvent.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownEvent.code} ${unknownEvent.title}`, () => {
  it("reports a misspelt trigger of an obligation and of a power, with a suggestion", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when disent: record_dissent "dissenting agencies are listed in the record"
      }
      powers {
        "Lead Safeguarding Manager" may set_aside_decision when decision_chalenged
      }
      `,
      "Q014",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 8, endColumn: 14, message: "unknown event `disent`", help: "did you mean `dissent`?" }),
      expect.objectContaining({ severity: "error", line: 8, column: 59, endColumn: 77, message: "unknown event `decision_chalenged`", help: "did you mean `decision_challenged`?" }),
    ]);
  });

  it("lists the events when nothing is close", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when full_moon: record_views "every view is recorded"
      }
      `,
      "Q014",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 5, column: 8, message: "unknown event `full_moon`" });
    expect(found[0]?.help).toContain("others (happening outside the conference) are declared under `events`, such as `strategy_discussion`, `conference_convened`");
  });

  it("accepts the events Quorate knows", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: record_dissent "dissenting agencies are listed in the record"
      }
      powers {
        "Lead Safeguarding Manager" may set_aside_decision when decision_challenged
      }
      `,
      "Q014",
    );
    expect(found).toEqual([]);
  });
});
