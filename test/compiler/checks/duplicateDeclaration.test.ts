import { describe, expect, it } from "vitest";
import { duplicateDeclaration } from "../../../compiler/checks/duplicateDeclaration.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

const HELP = "remove this one, or give it another name";

describe(`${duplicateDeclaration.code} ${duplicateDeclaration.title}`, () => {
  it("reports agencies and roles declared twice in one file, or already in the vocabulary", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      agencies {
        hospital "Hospital trust"
        police "Police"
        hospital "Hospital"
      }
      roles {
        ward_clerk "Ward clerk" agency hospital
        ward_clerk "Ward clerk" agency hospital
        gp "General practitioner" agency health
      }
      `,
      "Q020",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 6, column: 3, endColumn: 9, message: "the agency `police` is already declared in vocabulary.policy", help: HELP }),
      expect.objectContaining({ severity: "error", line: 7, column: 3, endColumn: 11, message: "the agency `hospital` is already declared on line 5", help: HELP }),
      expect.objectContaining({ severity: "error", line: 11, column: 3, endColumn: 13, message: "the role `ward_clerk` is already declared on line 10", help: HELP }),
      expect.objectContaining({ severity: "error", line: 12, column: 3, endColumn: 5, message: "the role `gp` is already declared in vocabulary.policy", help: HELP }),
    ]);
  });

  it("reports a grouping declared twice, and a category a policy allows twice", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping health "Health" { health_visitor }
        grouping health "Health services" { gp }
      }
      categories {
        neglect "Neglect"
        neglect "Neglect of the child"
      }
      `,
      "Q020",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [7, 12, "the grouping `health` is already declared on line 6"],
      [11, 3, "the allowed category `neglect` is already declared on line 10"],
    ]);
  });

  it("reports a grouping a policy declares again after its base, naming the base", () => {
    const base = `base test_base "Test base" {
  vocabulary "vocabulary.policy"
}
voting {
  grouping police "Police" { police_officer }
}
`;
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        extends "test-base.policy"
      }
      voting {
        grouping police "Police service" { police_officer }
      }
      `,
      "Q020",
      { "policies/test-base.policy": base },
    );
    expect(found).toEqual([
      expect.objectContaining({ file: "policies/test.policy", line: 5, column: 12, endColumn: 18, message: "the grouping `police` is already declared in test-base.policy" }),
    ]);
  });

  it("reports a category a vocabulary defines twice", () => {
    const found = diagnosticsWithCode(
      `
      vocabulary test_vocabulary "Test vocabulary" { }
      categories {
        neglect "Neglect"
        physical "Physical abuse"
        neglect "Neglect of the child"
      }
      `,
      "Q020",
    );
    expect(found).toEqual([expect.objectContaining({ line: 5, column: 3, message: "the category `neglect` is already declared on line 3" })]);
  });

  it("accepts one declaration per name in each namespace, even where names are shared across namespaces", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      agencies {
        hospital "Hospital trust"
      }
      roles {
        ward_clerk "Ward clerk" agency hospital
      }
      voting {
        vote by grouping
        grouping police "Police" { police_officer }
        grouping hospital "Hospital" { ward_clerk }
      }
      categories {
        neglect "Neglect"
        physical "Physical abuse"
      }
      `,
      "Q020",
    );
    expect(found).toEqual([]);
  });
});
