import { describe, expect, it } from "vitest";
import { unknownCategory } from "../../../compiler/checks/unknownCategory.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownCategory.code} ${unknownCategory.title}`, () => {
  it("reports a category the vocabulary does not define, with a suggestion or the list of categories", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      categories {
        neglekt "Neglect"
        spiritual "Spiritual abuse"
      }
      `,
      "Q012",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 3, endColumn: 10, message: "unknown category `neglekt`", help: "did you mean `neglect`?" }),
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 3,
        endColumn: 12,
        message: "unknown category `spiritual`",
        help: "the shared vocabulary, `policies/vocabulary.policy`, defines `physical`, `emotional`, `sexual`, `neglect`, `financial`; a category boards share is added there (every board's policy uses that file), and one only this board uses is declared `local`, e.g. `local exploitation \"Exploitation\"`",
      }),
    ]);
  });

  it("asks for the vocabulary when the policy has none, since categories come from it", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
      }
      categories {
        neglect "Neglect"
      }
      `,
      "Q012",
    );
    expect(found).toEqual([
      expect.objectContaining({
        line: 5,
        column: 3,
        message: "unknown category `neglect`",
        help: 'the categories come from the shared vocabulary; add `vocabulary "vocabulary.policy"` to the header',
      }),
    ]);
  });

  it("accepts categories the vocabulary defines, whatever label the policy gives them", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      categories {
        neglect "Neglect"
        emotional "Emotional or psychological abuse"
      }
      `,
      "Q012",
    );
    expect(found).toEqual([]);
  });

  it("does not check the categories a vocabulary itself defines", () => {
    const result = compileText(`
      vocabulary test_vocabulary "Test vocabulary" { }
      categories {
        spiritual "Spiritual abuse"
      }
    `);
    expect(result.diagnostics.filter((d) => d.code === "Q012")).toEqual([]);
  });
});
