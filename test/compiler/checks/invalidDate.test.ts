import { describe, expect, it } from "vitest";
import { invalidDate } from "../../../compiler/checks/invalidDate.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${invalidDate.code} ${invalidDate.title}`, () => {
  it("reports dates that are not on the calendar", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2023-02-29 approved 2023-13 review 1899-12-31
        version "V2" revised 2024-04-31 review 2027-00-10
        current "V2"
      }
      `,
      "Q071",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.endColumn, f.message])).toEqual([
      ["error", 3, 16, 32, "`2023-02-29` is not a real date"],
      ["error", 3, 33, 49, "`2023-13` is not a real date"],
      ["error", 3, 50, 67, "`1899-12-31` is not a real date"],
      ["error", 4, 16, 34, "`2024-04-31` is not a real date"],
      ["error", 4, 35, 52, "`2027-00-10` is not a real date"],
    ]);
    expect(found[0]?.help).toBe("write the date as year-month-day, like 2025-04-23; check the month (01–12) and the day");
  });

  it("accepts real dates, a leap day and a month alone included", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2024-02-29 approved 2023-12 review 1900-01-01
        version "V2" revised 2024-04-30 review 2027-01-10
        current "V2"
      }
      `,
      "Q071",
    );
    expect(found).toEqual([]);
  });
});
