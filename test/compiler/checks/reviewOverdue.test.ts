import { describe, expect, it } from "vitest";
import { reviewOverdue } from "../../../compiler/checks/reviewOverdue.js";
import { diagnosticsWithCode, TODAY } from "../../helpers/compileText.js";

describe(`${reviewOverdue.code} ${reviewOverdue.title}`, () => {
  it("reports a review date before today", () => {
    expect(TODAY).toBe("2026-11-24");
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2024-01-01 review 2026-11-23
      }
      `,
      "Q070",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 3,
        column: 33,
        endColumn: 50,
        message: "the review date 2026-11-23 has passed (today is 2026-11-24)",
        help: "check with the board whether a newer version of the protocol exists, and update this policy if so",
      }),
    ]);
  });

  it("reports a review month that has ended", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version dated 2024-01 review 2026-10
      }
      `,
      "Q070",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ["warning", 3, 25, "the review date 2026-10 has passed (today is 2026-11-24)"],
    ]);
  });

  it("accepts a review date of today, and a review month that is this month", () => {
    const today = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2024-01-01 review 2026-11-24
      }
      `,
      "Q070",
    );
    expect(today).toEqual([]);
    const thisMonth = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version dated 2024-01 review 2026-11
      }
      `,
      "Q070",
    );
    expect(thisMonth).toEqual([]);
  });

  it("looks only at the review date of the version `current` names", () => {
    const source = (current: string) => `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2020-01-01 review 2023-01-01
        version "V2" dated 2024-01-01 review 2027-01-01
        current "${current}"
      }
      `;
    expect(diagnosticsWithCode(source("V2"), "Q070")).toEqual([]);
    expect(diagnosticsWithCode(source("V1"), "Q070").map((f) => [f.line, f.column, f.message])).toEqual([
      [3, 33, "the review date 2023-01-01 has passed (today is 2026-11-24)"],
    ]);
  });
});
