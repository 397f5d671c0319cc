import { describe, expect, it } from "vitest";
import { waiverNotLower } from "../../../compiler/checks/waiverNotLower.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${waiverNotLower.code} ${waiverNotLower.title}`, () => {
  it("reports a waiver when the policy sets no quorum", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        chair may proceed with 2 agencies when "essential information is available", rationale recorded
      }
      `,
      "Q051",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 5,
        column: 3,
        message: "the chair may proceed with fewer agencies, but the policy sets no quorum of agencies to fall short of",
        help: "add the quorum it relaxes, e.g. `at least 3 agencies`",
      }),
    ]);
  });

  it("reports a waiver that allows as many agencies as the quorum", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 3 agencies with direct contact
        chair may proceed with 3 agencies, rationale recorded
      }
      `,
      "Q051",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 26,
        endColumn: 27,
        message: "the chair may proceed with 3 agencies, but the quorum is already 3",
        help: "the waiver should allow fewer than 3 agencies",
      }),
    ]);
  });

  it("reports a waiver that allows more agencies than the quorum", () => {
    const found = compileText(`
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 2 agencies
        chair may proceed with 4 agencies
      }
      `).diagnostics.filter((d) => d.code === "Q051");
    expect(found.map((d) => [d.range.start.line, d.range.start.column, d.message])).toEqual([
      [6, 26, "the chair may proceed with 4 agencies, but the quorum is already 2"],
    ]);
    expect(found[0]?.related?.map((r) => [r.message, r.range.start.line, r.range.start.column])).toEqual([["the quorum is set here", 5, 3]]);
  });

  it("accepts a waiver to fewer agencies than the quorum", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 3 agencies with direct contact
        chair may proceed with 2 agencies, rationale recorded
      }
      `,
      "Q051",
    );
    expect(found).toEqual([]);
  });
});
