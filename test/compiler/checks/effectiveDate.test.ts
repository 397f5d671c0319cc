import { describe, expect, it } from "vitest";
import { effectiveDate } from "../../../compiler/checks/effectiveDate.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";
import { datedPolicy } from "../../helpers/datedPolicy.js";

const EARLIER = datedPolicy(`version "V1" effective 2021-07-08`);

describe(`${effectiveDate.code} ${effectiveDate.title}`, () => {
  it("reports a month given as the day a version came into force", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V2" effective 2025-04
      }
      `,
      "Q078",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([[3, 16, "`2025-04` is a month, not a day", "a version comes into force on one day: write year-month-day, like 2025-04-23"]]);
  });

  it("reports a version that supersedes another without saying when it came into force", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        supersedes "test-2021.policy"
        version "V2" approved 2025-04-23
      }
      `,
      "Q078",
      { "policies/test-2021.policy": EARLIER },
    );
    expect(found.map((f) => [f.line, f.message, f.help])).toEqual([
      [3, "this version supersedes `test-2021.policy` but does not say when it came into force", 'add `effective YYYY-MM-DD` to the line `version "V2" …`: conferences before that day are decided under the version it supersedes'],
    ]);
  });

  it("accepts a version in force from a day, and lowers the date and what it supersedes", () => {
    const result = compileText(datedPolicy(`supersedes "test-2021.policy"\nversion "V2" effective 2025-04-23 review 2026-04-23`), { "policies/test-2021.policy": EARLIER });
    expect(result.diagnostics.filter((d) => d.code === "Q078")).toEqual([]);
    expect(result.ir?.metadata.versions[0]?.effective).toBe("2025-04-23");
    expect(result.ir?.metadata.supersedes).toEqual({ file: "test-2021.policy", at: { file: "test.policy", line: 3, cite: null } });
  });
});
