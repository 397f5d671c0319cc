import { describe, expect, it } from "vitest";
import { conditionFitsFact } from "../../../compiler/checks/conditionFitsFact.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${conditionFitsFact.code} ${conditionFitsFact.title}`, () => {
  it("reports a value a choice fact does not have, with a suggestion", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 2 agencies when conference_kind is reveiw
      }
      `,
      "Q026",
    );
    expect(found).toEqual([expect.objectContaining({ severity: "error", line: 5, column: 47, endColumn: 53, message: "`reveiw` is not a value of `conference_kind`", help: "did you mean `review`?" })]);
  });

  it("reports a test of the wrong kind for each kind of fact", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        require role paediatrician when age
        require role midwife when looked_after is yes
        require role gp when conference_kind is under 3
        require role health_visitor when unborn is initial
        require role school_nurse when age is 12 or over and looked_after and conference_kind is initial or review
      }
      `,
      "Q026",
    );
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [5, "`age` is not a yes-or-no fact, so it cannot stand alone in a condition"],
      [6, "`looked_after` is yes or no"],
      [7, "`conference_kind` is not a number, so it cannot be compared with one"],
      [8, "`unborn` is yes or no"],
    ]);
  });
});
