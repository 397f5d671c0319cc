import { describe, expect, it } from "vitest";
import { routeShape } from "../../../compiler/checks/routeShape.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${routeShape.code} ${routeShape.title}`, () => {
  it("reports a time limit, an approval or a meanwhile stated twice in one route", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      appeal parents "Appeal by parents" {
        open to role parent
        start within 10 working days
        decision stands meanwhile
        start within 20 working days
        decision suspended meanwhile
        stage "an appeal panel"
      }
      `,
      "Q075",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [8, 3, "`start within` is already stated for this route on line 6"],
      [9, 3, "`decision … meanwhile` is already stated for this route on line 7"],
    ]);
  });

  it("accepts the same statement once in each of two routes", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      appeal parents "Appeal by parents" {
        open to role parent
        start within 10 working days
        stage "an appeal panel"
      }
      escalation practitioners "Professional dissent" {
        opens when formal_dissent by practitioners
        start within 2 working days
        stage "the Head of Service"
      }
      `,
      "Q075",
    );
    expect(found).toEqual([]);
  });
});
