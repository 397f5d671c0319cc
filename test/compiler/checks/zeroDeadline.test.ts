import { describe, expect, it } from "vitest";
import { zeroDeadline } from "../../../compiler/checks/zeroDeadline.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${zeroDeadline.code} ${zeroDeadline.title}`, () => {
  it("reports deadlines of zero days, in each form a deadline takes", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when conference_held: circulate "the summary" within 0 working days
        when conference_convened: submit_reports "reports to the chair" 0 days before conference
        when registered: hold_core_group "core groups" every 0 weeks
      }
      `,
      "Q062",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "warning", line: 5, column: 49, endColumn: 70, message: "a deadline of 0 working days", help: "write `immediately`" }),
      expect.objectContaining({ severity: "warning", line: 6, column: 67, endColumn: 91, message: "a deadline of 0 days", help: "write `immediately`" }),
      expect.objectContaining({
        severity: "warning",
        line: 7,
        column: 50,
        endColumn: 63,
        message: "a deadline of 0 weeks",
        help: "a repeating deadline needs a period of at least 1",
      }),
    ]);
  });

  it("accepts `immediately` and deadlines of at least one day", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when conference_held: circulate "the summary" immediately after conference
        when conference_convened: submit_reports "reports to the chair" 1 day before conference
        when registered: hold_core_group "core groups" every 1 week
      }
      `,
      "Q062",
    );
    expect(found).toEqual([]);
  });
});

describe("Q062 on the deadlines of routes and repeated duties", () => {
  it("reports `then every 0 …`, a stage due in 0 days and a route started within 0 days", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      obligations {
        when registered: review_conference within 3 months, then every 0 months
      }
      appeal parents "Appeal" {
        open to role parent
        start within 0 working days
        stage "a panel" within 0 days
      }
      `,
      "Q062",
    );
    expect(found.map((f) => [f.line, f.message])).toEqual([
      [5, "a duty repeated every 0 months"],
      [9, "a route to be started within 0 working days can never be started"],
      [10, "a deadline of 0 days"],
    ]);
  });
});
