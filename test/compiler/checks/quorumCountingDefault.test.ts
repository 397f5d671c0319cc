import { describe, expect, it } from "vitest";
import { quorumCountingDefault } from "../../../compiler/checks/quorumCountingDefault.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${quorumCountingDefault.code} ${quorumCountingDefault.title}`, () => {
  it("notes each count that does not say whom it counts, and not one that does", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 3 agencies with direct contact
        at least 2 groupings present
        at least 2 disciplines taking part
      }
      `,
      "Q088",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ["info", 5, 3, "Quorate's default: the count reads the practitioners who take part in the decision, not everyone present (the policy does not say whether the count reads those present or those taking part)"],
    ]);
  });
});
