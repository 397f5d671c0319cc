import { describe, expect, it } from "vitest";
import { missingMetadata } from "../../../compiler/checks/missingMetadata.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${missingMetadata.code} ${missingMetadata.title}`, () => {
  it("reports a board policy with no version, at its name", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        document "Child Protection Conference Protocol"
      }
      `,
      "Q074",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 1,
        column: 8,
        endColumn: 18,
        message: "the policy records no version or dates of the protocol",
      }),
    ]);
    expect(found[0]?.help).toContain('`silent "the document carries no dates"`');
  });

  it("does not accept a silence outside the header in place of the version", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        silent "the document carries no dates"
      }
      `,
      "Q074",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[1, 8, "the policy records no version or dates of the protocol"]]);
  });

  it("does not take the version of the base for the policy's own", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        extends "wales-safeguarding-procedures.policy"
      }
      `,
      "Q074",
    );
    expect(found.map((f) => [f.line, f.column])).toEqual([[1, 8]]);
  });

  it("accepts a version, or a silence in the header", () => {
    const versioned = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version dated 2024-01-01
      }
      `,
      "Q074",
    );
    expect(versioned).toEqual([]);
    const silent = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        silent "the document carries no dates"
      }
      `,
      "Q074",
    );
    expect(silent).toEqual([]);
  });

  it("does not ask a base policy for a version", () => {
    const found = diagnosticsWithCode(
      `
      base test_base "Test Base" {
        vocabulary "vocabulary.policy"
      }
      `,
      "Q074",
    );
    expect(found).toEqual([]);
  });
});
