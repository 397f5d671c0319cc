import { describe, expect, it } from "vitest";
import { lowerCaseNames } from "../../../compiler/checks/lowerCaseNames.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${lowerCaseNames.code} ${lowerCaseNames.title}`, () => {
  it("reports capital letters in the policy name, a role, an agency and a grouping", () => {
    const found = diagnosticsWithCode(
      `
      policy Test_Board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      agencies {
        Legal "Legal services"
      }
      roles {
        LA_Solicitor "Local authority solicitor" agency Legal
      }
      voting {
        vote by grouping
        grouping Child_Health "Child health" { health_visitor }
      }
      `,
      "Q024",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([
      [1, 8, "the name `Test_Board` has capital letters", "names are written in lower case: `test_board`"],
      [5, 3, "the name `Legal` has capital letters", "names are written in lower case: `legal`"],
      [8, 3, "the name `LA_Solicitor` has capital letters", "names are written in lower case: `la_solicitor`"],
      [12, 12, "the name `Child_Health` has capital letters", "names are written in lower case: `child_health`"],
    ]);
    // A warning, not an error: `toString` must still work as a name (see hostileNames.test.ts).
    expect(found.every((f) => f.severity === "warning")).toBe(true);
  });

  it("accepts lower-case names with digits and underscores, and capitals inside quoted texts", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board_2 "Test Board 2" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping child_health_1 "Child Health Services" { health_visitor }
      }
      `,
      "Q024",
    );
    expect(found).toEqual([]);
  });
});
