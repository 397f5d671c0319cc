import { describe, expect, it } from "vitest";
import { closureDates } from "../../../compiler/checks/closureDates.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";
import { datedPolicy } from "../../helpers/datedPolicy.js";

const HEADER = `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        jurisdiction scotland
      }
`;

describe(`${closureDates.code} ${closureDates.title}`, () => {
  it("reports a month for a day, an impossible day, a closure that ends before it begins, and one longer than a year", () => {
    const found = diagnosticsWithCode(
      `${HEADER}
      calendar {
        closed 2026-12 "the whole of December"
        closed 2026-02-30
        closed 2026-12-31 to 2026-12-29 "between Christmas and New Year"
        closed 2026-01-01 to 2027-01-02
      }
      `,
      "Q077",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ["error", 7, 10, "`2026-12` is a month, not a day"],
      ["error", 8, 10, "`2026-02-30` is not a real date"],
      ["error", 9, 24, "the closure ends (2026-12-29) before it begins (2026-12-31)"],
      ["error", 10, 24, "a closure of 367 days is longer than a year"],
    ]);
    expect(found[2]?.help).toBe("write the first day closed, then `to` and the last: `closed 2026-12-29 to 2026-12-31`");
  });

  it("accepts one day, a run of days up to a year, and lowers them with their reasons", () => {
    const source = datedPolicy(
      "jurisdiction scotland",
      `calendar {
  closed 2026-12-24 "Christmas Eve" cite "staff handbook §4"
  closed 2026-12-29 to 2026-12-31 "offices closed between Christmas and New Year"
  closed 2027-01-01 to 2027-12-31
}
`,
    );
    const result = compileText(source);
    const line = source.split("\n").indexOf("calendar {") + 2;
    expect(result.diagnostics.filter((d) => d.code === "Q077")).toEqual([]);
    expect(result.ir?.calendar.closures.map((c) => [c.from, c.to, c.reason, c.at.line, c.at.cite])).toEqual([
      ["2026-12-24", "2026-12-24", "Christmas Eve", line, "staff handbook §4"],
      ["2026-12-29", "2026-12-31", "offices closed between Christmas and New Year", line + 1, null],
      ["2027-01-01", "2027-12-31", null, line + 2, null],
    ]);
  });
});
