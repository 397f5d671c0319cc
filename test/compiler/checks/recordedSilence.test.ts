import { describe, expect, it } from "vitest";
import { recordedSilence, SILENCE_HELP } from "../../../compiler/checks/recordedSilence.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${recordedSilence.code} ${recordedSilence.title}`, () => {
  it("shows each recorded silence at its text, naming the aspect unless it is in the header", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        silent "the document carries no dates"
      }
      quorum {
        silent "the protocol states no quorum" cite "whole document"
      }
      powers {
        silent "no one may set the decision aside"
      }
      `,
      "Q081",
    );
    const help = SILENCE_HELP;
    expect(found).toEqual([
      expect.objectContaining({ severity: "info", line: 3, column: 10, endColumn: 41, message: "the protocol is silent: the document carries no dates", help }),
      expect.objectContaining({ severity: "info", line: 6, column: 10, endColumn: 41, message: "the protocol is silent: the protocol states no quorum", help }),
      expect.objectContaining({ severity: "info", line: 9, column: 10, endColumn: 45, message: "the protocol is silent: no one may set the decision aside", help }),
    ]);
  });

  it("shows nothing for a policy that records no silence", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        document "the document carries no dates"
      }
      quorum {
        at least 3 agencies cite "whole document"
      }
      `,
      "Q081",
    );
    expect(found).toEqual([]);
  });
});
