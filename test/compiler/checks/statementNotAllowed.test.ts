import { describe, expect, it } from "vitest";
import { statementNotAllowed } from "../../../compiler/checks/statementNotAllowed.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

const STANDS_ALONE = "a vocabulary is shared by every jurisdiction and stands alone";

describe(`${statementNotAllowed.code} ${statementNotAllowed.title}`, () => {
  it("reports a decision-rule section in a vocabulary, at its keyword", () => {
    const found = diagnosticsWithCode(
      `
      vocabulary test_vocabulary "Test vocabulary" { }
      agencies {
        police "Police"
      }
      voting {
        vote by agency
      }
      decision {
        majority decides
      }
      `,
      "Q083",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 1, endColumn: 7, message: "a vocabulary cannot have a `voting` section" }),
      expect.objectContaining({ severity: "error", line: 8, column: 1, endColumn: 9, message: "a vocabulary cannot have a `decision` section" }),
    ]);
    expect(found[0]?.help).toContain("a vocabulary only declares `agencies`, `roles`, `categories`, `concerns`, `facts`, `events` and `actions`");
  });

  it("reports category rules in a vocabulary's categories section", () => {
    const found = diagnosticsWithCode(
      `
      vocabulary test_vocabulary "Test vocabulary" { }
      categories {
        neglect "Neglect"
        multiple allowed
        primary required
      }
      `,
      "Q083",
    );
    expect(found.map((f) => [f.line, f.column, f.endColumn, f.message])).toEqual([
      [4, 3, 19, "category rules belong in a board policy, not in the vocabulary"],
      [5, 3, 19, "category rules belong in a board policy, not in the vocabulary"],
    ]);
  });

  it("reports a jurisdiction, a vocabulary or an extends in a vocabulary's header", () => {
    const found = diagnosticsWithCode(
      `
      vocabulary test_vocabulary "Test vocabulary" {
        jurisdiction wales
        document "Shared role vocabulary"
        vocabulary "vocabulary.policy"
        extends "wales-safeguarding-procedures.policy"
      }
      `,
      "Q083",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [2, 3, STANDS_ALONE],
      [4, 3, STANDS_ALONE],
      [5, 3, STANDS_ALONE],
    ]);
  });

  it("reports a rule in the vocabulary a policy uses, in the vocabulary's file", () => {
    const vocabulary = `vocabulary small "Small vocabulary" { }
agencies {
  police "Police"
}
quorum {
  at least 3 agencies with direct contact
}
`;
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "small-vocabulary.policy"
      }
      `,
      "Q083",
      { "policies/small-vocabulary.policy": vocabulary },
    );
    expect(found).toEqual([
      expect.objectContaining({ file: "policies/small-vocabulary.policy", line: 5, column: 1, message: "a vocabulary cannot have a `quorum` section" }),
    ]);
  });

  it("accepts a vocabulary of agencies, roles and categories with descriptive header lines", () => {
    const found = diagnosticsWithCode(
      `
      vocabulary test_vocabulary "Test vocabulary" {
        document "Shared role vocabulary"
        version "1" dated 2026-11-24
      }
      agencies {
        police "Police"
      }
      roles {
        police_officer "Police officer" agency police
        parent "Parent" not a practitioner
      }
      categories {
        neglect "Neglect"
        silent "the vocabulary does not say whether categories combine"
      }
      `,
      "Q083",
    );
    expect(found).toEqual([]);
  });

  it("accepts the same statements in a board policy", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by agency
      }
      categories {
        neglect "Neglect"
        multiple allowed
        primary required
      }
      `,
      "Q083",
    );
    expect(found).toEqual([]);
  });
});
