import { describe, expect, it } from "vitest";
import { emptyGrouping } from "../../../compiler/checks/emptyGrouping.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${emptyGrouping.code} ${emptyGrouping.title}`, () => {
  it("reports a grouping with no roles, at its name", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping police "Police" { police_officer }
        grouping voluntary_groups "Voluntary groups" { }
      }
      `,
      "Q023",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 7,
        column: 12,
        endColumn: 28,
        message: "the grouping `voluntary_groups` has no roles",
        help: "list the roles that vote in it between the braces, e.g. `{ police_officer }`",
      }),
    ]);
  });

  it("accepts groupings with at least one role", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        grouping police "Police" { police_officer }
        grouping voluntary_groups "Voluntary groups" { voluntary_sector_worker }
      }
      `,
      "Q023",
    );
    expect(found).toEqual([]);
  });
});
