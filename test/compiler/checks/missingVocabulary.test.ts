import { describe, expect, it } from "vitest";
import { missingVocabulary } from "../../../compiler/checks/missingVocabulary.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${missingVocabulary.code} ${missingVocabulary.title}`, () => {
  it("reports a policy that does not use the shared vocabulary, at its name", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
      }
      roles {
        social_worker "Social worker" agency social_care
      }
      `,
      "Q084",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 1,
        column: 8,
        endColumn: 18,
        message: "this policy does not use the shared role vocabulary",
        help: 'add `vocabulary "vocabulary.policy"` to the header, so conferences can be compared across boards',
      }),
    ]);
  });

  it("reports a base policy that does not use it either", () => {
    const found = diagnosticsWithCode(
      `
      base test_base "Test Base" {
        jurisdiction wales
      }
      `,
      "Q084",
    );
    expect(found.map((f) => [f.severity, f.line, f.column])).toEqual([["warning", 1, 6]]);
  });

  it("accepts a policy naming the vocabulary", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        vocabulary "vocabulary.policy"
      }
      `,
      "Q084",
    );
    expect(found).toEqual([]);
  });

  it("accepts a policy whose base names the vocabulary", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        extends "wales-safeguarding-procedures.policy"
      }
      `,
      "Q084",
    );
    expect(found).toEqual([]);
  });

  it("does not ask the vocabulary itself to use a vocabulary", () => {
    const found = diagnosticsWithCode(
      `
      vocabulary local "Local vocabulary" {
        document "A vocabulary"
      }
      `,
      "Q084",
    );
    expect(found).toEqual([]);
  });
});
