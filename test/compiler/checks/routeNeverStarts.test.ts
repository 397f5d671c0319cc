import { describe, expect, it } from "vitest";
import { routeNeverStarts } from "../../../compiler/checks/routeNeverStarts.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${routeNeverStarts.code} ${routeNeverStarts.title}`, () => {
  it("reports a route that nothing starts and that reaches no one, at its name", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      appeal parents "Appeal by parents" {
        grounds "the conference did not follow procedure"
      }
      `,
      "Q076",
    );
    expect(found.map((f) => [f.severity, f.line, f.column, f.endColumn, f.message])).toEqual([
      ["warning", 4, 8, 15, "nothing starts the appeal `parents`: it has no `opens when …` and no `open to …`"],
      ["warning", 4, 8, 15, "the appeal `parents` has no stage, so it never reaches anyone"],
    ]);
  });

  it("accepts a route opened by an event, with a stage", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      escalation dissent "Professional dissent" {
        opens when formal_dissent
        stage "the Head of Service" within 5 working days
      }
      `,
      "Q076",
    );
    expect(found).toEqual([]);
  });
});
