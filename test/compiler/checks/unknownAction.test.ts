import { describe, expect, it } from "vitest";
import { unknownAction } from "../../../compiler/checks/unknownAction.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownAction.code} ${unknownAction.title}`, () => {
  it("reports an obligation asking for an action Quorate does not know", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: record_disent "dissenting agencies are listed in the record"
        when dissent: celebrate "everyone has cake"
      }
      `,
      "Q015",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 17, endColumn: 30, message: "unknown action `record_disent`", help: "did you mean `record_dissent`?" }),
      expect.objectContaining({ severity: "error", line: 6, column: 17, endColumn: 26, message: "unknown action `celebrate`" }),
    ]);
    expect(found[1]?.help).toContain("the actions declared include `record_dissent`, `record_views`");
  });

  it("accepts the actions Quorate knows", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: record_dissent "dissenting agencies are listed in the record"
        when chair_believes_unsafe: escalate to "senior manager" immediately after conference
      }
      `,
      "Q015",
    );
    expect(found).toEqual([]);
  });

  it("suggests joining two words with `_`, and reports the pair once", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when dissent: record dissent
      }
      `,
      "Q015",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([
      [5, 17, "unknown action `record`", "did you mean `record_dissent`? the words of a name are joined with `_`"],
    ]);
    expect(diagnosticsWithCode(`policy t "T" {\n  vocabulary "vocabulary.policy"\n}\nobligations {\n  when dissent: record dissent\n}\n`, "Q060")).toEqual([]);
  });
});
