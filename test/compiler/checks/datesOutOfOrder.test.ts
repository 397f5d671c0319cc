import { describe, expect, it } from "vitest";
import { datesOutOfOrder } from "../../../compiler/checks/datesOutOfOrder.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${datesOutOfOrder.code} ${datesOutOfOrder.title}`, () => {
  it("reports each pair of dates in the wrong order, at the later-named date", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2025-01-02 approved 2025-01-01
        version "V2" revised 2025-01-02 approved 2025-01-01
        version "V3" dated 2025-01-02 endorsed 2025-01-01
        version "V4" revised 2025-01-02 endorsed 2025-01-01
        version "V5" dated 2025-01-02 review 2025-01-01
        version "V6" revised 2025-01-02 review 2025-01-01
        version "V7" approved 2025-01-02 review 2025-01-01
        version "V8" endorsed 2025-01-02 review 2025-01-01
        current "V8"
      }
      `,
      "Q072",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ["warning", 3, 33, "version `V1` is approved before the date it carries: approved 2025-01-01, dated 2025-01-02"],
      ["warning", 4, 35, "version `V2` is approved before it was revised: approved 2025-01-01, revised 2025-01-02"],
      ["warning", 5, 33, "version `V3` is endorsed before the date it carries: endorsed 2025-01-01, dated 2025-01-02"],
      ["warning", 6, 35, "version `V4` is endorsed before it was revised: endorsed 2025-01-01, revised 2025-01-02"],
      ["warning", 7, 33, "version `V5` is due for review before the date it carries: review 2025-01-01, dated 2025-01-02"],
      ["warning", 8, 35, "version `V6` is due for review before it was revised: review 2025-01-01, revised 2025-01-02"],
      ["warning", 9, 36, "version `V7` is due for review before it was approved: review 2025-01-01, approved 2025-01-02"],
      ["warning", 10, 36, "version `V8` is due for review before it was endorsed: review 2025-01-01, endorsed 2025-01-02"],
    ]);
  });

  it("compares a month-only date at month precision, and names an unlabelled version", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version dated 2025-06 review 2025-05-31
      }
      `,
      "Q072",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 3,
        column: 25,
        endColumn: 42,
        message: "this version is due for review before the date it carries: review 2025-05-31, dated 2025-06",
      }),
    ]);
  });

  it("accepts dates in order, equal dates, and dates equal at month precision", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2025-01-01 revised 2025-01-01 approved 2025-01-01 endorsed 2025-01-02 review 2025-01-02
        version "V2" dated 2025-06 endorsed 2025-06-01 review 2025-06-30
        current "V2"
      }
      `,
      "Q072",
    );
    expect(found).toEqual([]);
  });
});

describe(`${datesOutOfOrder.code} acknowledged by a confirmed reading`, () => {
  const policy = (confirmed: string, cite: string) => `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" revised 2022-07-08 approved 2021-07-08 cite "version table, row V1"
        version "V2" revised 2025-04-23 approved 2024-04-23 cite "front page"
        current "V2"
        ambiguity "the approval dates fall a year before the revisions they approve" reading "the dates are recorded as printed"
          ${confirmed} cite "${cite}"
      }
      `;

  it("gives way for a version citing the clause of a reading the board confirmed", () => {
    const found = diagnosticsWithCode(policy('confirmed by "Board business group" on 2026-10-01', "version table"), "Q072");
    expect(found.map((f) => f.message)).toEqual(["version `V2` is approved before it was revised: approved 2024-04-23, revised 2025-04-23"]);
  });

  it("stays while the reading is not confirmed, or cites another clause", () => {
    expect(diagnosticsWithCode(policy("", "version table"), "Q072")).toHaveLength(2);
    expect(diagnosticsWithCode(policy('confirmed by "Board business group" on 2026-10-01', "version"), "Q072")).toHaveLength(2);
  });
});
