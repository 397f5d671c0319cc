import { describe, expect, it } from "vitest";
import { trivialQuorum } from "../../../compiler/checks/trivialQuorum.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${trivialQuorum.code} ${trivialQuorum.title}`, () => {
  it("reports a quorum of 0 agencies", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 0 agencies with direct contact
      }
      `,
      "Q052",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 5,
        column: 12,
        endColumn: 13,
        message: "a quorum of 0 agencies is always met",
        help: 'if the protocol sets no quorum, say so instead: `silent "the protocol states no quorum"`',
      }),
    ]);
  });

  it("accepts a quorum of 1 agency", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 1 agency with direct contact
      }
      `,
      "Q052",
    );
    expect(found).toEqual([]);
  });

  it("reports a waiver that lets the chair proceed with no agencies", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 3 agencies
        chair may proceed with 0 agencies, rationale recorded
      }
      `,
      "Q052",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.message])).toEqual([
      ["warning", 6, 26, "the chair may proceed with 0 agencies, so the quorum never applies"],
    ]);
  });
});
