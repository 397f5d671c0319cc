import { describe, expect, it } from "vitest";
import { unknownConcern } from "../../../compiler/checks/unknownConcern.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

const vocabularyWithConcerns = `vocabulary shared "Shared" {
}
concerns {
  domestic_abuse "Domestic abuse"
  neglect "Neglect"
}
`;

describe(`${unknownConcern.code} ${unknownConcern.title}`, () => {
  it("reports an area of concern the vocabulary does not define, with a suggestion", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "concerns.policy"
      }
      concerns {
        domestik_abuse "Domestic abuse"
        local county_lines "County lines"
      }
      `,
      "Q019",
      { "policies/concerns.policy": vocabularyWithConcerns },
    );
    expect(found).toEqual([expect.objectContaining({ severity: "error", line: 5, column: 3, endColumn: 17, message: "unknown area of concern `domestik_abuse`", help: "did you mean `domestic_abuse`?" })]);
  });

  it("says how to declare a board's own area of concern when nothing is close", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      concerns {
        county_lines "County lines"
      }
      `,
      "Q019",
    );
    expect(found).toHaveLength(1);
    expect(found[0]?.help).toContain("declare it `local`");
  });
});
