import { describe, expect, it } from "vitest";
import { setOfSets } from "../../../compiler/checks/setOfSets.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${setOfSets.code} ${setOfSets.title}`, () => {
  it("reports a set made of another set, at the inner set's name", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      sets {
        health "Health": roles health_visitor, school_nurse
        key "Key disciplines": health
      }
      `,
      "Q049",
    );
    expect(found).toEqual([expect.objectContaining({ severity: "error", line: 6, column: 26, endColumn: 32, message: "the set `key` is made of another set, `health`" })]);
  });
});
