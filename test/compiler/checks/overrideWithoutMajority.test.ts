import { describe, expect, it } from "vitest";
import { overrideWithoutMajority } from "../../../compiler/checks/overrideWithoutMajority.js";
import { allDiagnostics, diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${overrideWithoutMajority.code} ${overrideWithoutMajority.title}`, () => {
  it("reports an override when no majority ever decides", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        chair may override majority when authorised, reasons recorded
      }
      `,
      "Q044",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 3,
        endLine: 6,
        endColumn: 64,
        message: "the chair may override the majority, but the policy never lets a majority decide",
        help: "add `majority decides` citing the clause, or remove the override",
      }),
    ]);
  });

  it("accepts an override beside `majority decides`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        majority decides
        chair may override majority when authorised, reasons recorded
      }
      `,
      "Q044",
    );
    expect(found).toEqual([]);
  });

  it("accepts an override when the majority rule is inherited from the base", () => {
    const found = allDiagnostics(`
      policy test_board "Test Board" {
        jurisdiction wales
        extends "wales-safeguarding-procedures.policy"
      }
      decision {
        chair may override majority or unanimity, reasons recorded
      }
      `);
    // The base was read (no load error), so the checks ran and found its `majority decides`.
    expect(found.map((f) => f.code)).not.toContain("Q006");
    expect(found.filter((f) => f.code === "Q044")).toEqual([]);
  });
});
