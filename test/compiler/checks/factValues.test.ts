import { describe, expect, it } from "vitest";
import { factValues } from "../../../compiler/checks/factValues.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${factValues.code} ${factValues.title}`, () => {
  it("reports a default that is not one of the fact's values, and a choice of one value", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      facts {
        conference_stage "Stage of the conference": initial, review default transfer
        interpreter "An interpreter is needed": yes or no default maybe
        siblings_count "How many siblings": a number default none
        only_kind "A kind": single
      }
      `,
      "Q025",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([
      [5, 71, "the default `transfer` is not a value of `conference_stage`", "the fact takes `initial`, `review`"],
      [6, 61, "the default `maybe` is not a value of `interpreter`", "the fact takes yes or no"],
      [7, 56, "the default `none` is not a value of `siblings_count`", "the fact takes a number"],
      [8, 3, "the fact `only_kind` can take only one value, so it never tells one case from another", "list every value the protocol distinguishes, e.g. `: initial, review`, or use `yes or no`"],
    ]);
  });

  it("accepts defaults of every kind that fit", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      facts {
        conference_stage "Stage of the conference": initial, review default review
        interpreter "An interpreter is needed": yes or no default no
        siblings_count "How many siblings": a number default 0
      }
      `,
      "Q025",
    );
    expect(found).toEqual([]);
  });
});
