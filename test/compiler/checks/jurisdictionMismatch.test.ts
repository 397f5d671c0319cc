import { describe, expect, it } from "vitest";
import { jurisdictionMismatch } from "../../../compiler/checks/jurisdictionMismatch.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";

const ENGLISH_BASE = `base english_base "English base" {
  jurisdiction england
  vocabulary "vocabulary.policy"
  extends "wales-safeguarding-procedures.policy"
}
`;

describe(`${jurisdictionMismatch.code} ${jurisdictionMismatch.title}`, () => {
  it("reports a policy whose base is for another jurisdiction", () => {
    const source = `
      policy test_board "Test Board" {
        jurisdiction england
        extends "wales-safeguarding-procedures.policy"
      }
      `;
    expect(diagnosticsWithCode(source, "Q085")).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 2,
        column: 16,
        endColumn: 23,
        message: "this policy is for england, but its base `wales-safeguarding-procedures.policy` is for wales",
        help: "extend a base from the same jurisdiction",
      }),
    ]);
    const related = compileText(source).diagnostics.find((d) => d.code === "Q085")?.related;
    expect(related?.map((r) => [r.message, r.file, r.range.start.line, r.range.start.column])).toEqual([
      ["the base's jurisdiction", "policies/wales-safeguarding-procedures.policy", 11, 3],
    ]);
  });

  it("compares the policy with every base in its chain", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction england
        extends "other-base.policy"
      }
      `,
      "Q085",
      { "policies/other-base.policy": ENGLISH_BASE },
    );
    expect(found).toEqual([
      expect.objectContaining({
        line: 2,
        column: 16,
        message: "this policy is for england, but its base `wales-safeguarding-procedures.policy` is for wales",
      }),
    ]);
  });

  it("accepts a policy in the same jurisdiction as its base", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        extends "wales-safeguarding-procedures.policy"
      }
      `,
      "Q085",
    );
    expect(found).toEqual([]);
  });
});
