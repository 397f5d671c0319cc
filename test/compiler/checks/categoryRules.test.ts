import { describe, expect, it } from "vitest";
import { categoryRules } from "../../../compiler/checks/categoryRules.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${categoryRules.code} ${categoryRules.title}`, () => {
  it("reports a required secondary category when only one category may be chosen", () => {
    const source = `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      categories {
        neglect "Neglect"
        emotional "Emotional abuse"
        multiple not allowed
        primary required
        secondary required
      }
      `;
    expect(diagnosticsWithCode(source, "Q065")).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 9,
        column: 3,
        endColumn: 21,
        message: "a secondary category is required, but only one may be chosen",
      }),
    ]);
    const related = compileText(source).diagnostics.find((d) => d.code === "Q065")?.related;
    expect(related?.map((r) => [r.message, r.range.start.line, r.range.start.column])).toEqual([["only one category is allowed here", 7, 3]]);
  });

  it("accepts a secondary category that is optional when only one may be chosen", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      categories {
        neglect "Neglect"
        emotional "Emotional abuse"
        multiple not allowed
        primary required
        secondary optional
      }
      `,
      "Q065",
    );
    expect(found).toEqual([]);
  });

  it("accepts a required secondary category when several categories are allowed", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      categories {
        neglect "Neglect"
        emotional "Emotional abuse"
        multiple allowed
        primary required
        secondary required
      }
      `,
      "Q065",
    );
    expect(found).toEqual([]);
  });
});
