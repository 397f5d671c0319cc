import { describe, expect, it } from "vitest";
import { neverTriggered } from "../../../compiler/checks/neverTriggered.js";
import { allDiagnostics, diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${neverTriggered.code} ${neverTriggered.title}`, () => {
  it("reports obligations waiting on an event no power in the policy can cause", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        majority decides
      }
      obligations {
        when deferred: reconvene within 10 working days
        when quorum_waived: record_rationale "the rationale for proceeding is recorded"
        when chair_overrides: record_reasons "the reasons for the override are recorded"
        when chair_decides: record_reasons "the reasons for the chair's decision are recorded"
        when no_consensus: record_views "the difference of view is recorded"
        when dissent: record_dissent "dissenting agencies are listed in the record"
      }
      `,
      "Q063",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 8,
        column: 8,
        endColumn: 16,
        message: "nothing in this policy can make `deferred` happen, so this obligation never applies",
        help: "the event needs `chair may defer`; add it if the protocol grants it, or remove the obligation",
      }),
      expect.objectContaining({
        line: 9,
        column: 8,
        endColumn: 21,
        message: "nothing in this policy can make `quorum_waived` happen, so this obligation never applies",
        help: "the event needs `chair may proceed with …`; add it if the protocol grants it, or remove the obligation",
      }),
      expect.objectContaining({
        line: 10,
        column: 8,
        endColumn: 23,
        message: "nothing in this policy can make `chair_overrides` happen, so this obligation never applies",
        help: "the event needs `chair may override majority`; add it if the protocol grants it, or remove the obligation",
      }),
      expect.objectContaining({
        line: 11,
        column: 8,
        endColumn: 21,
        message: "nothing in this policy can make `chair_decides` happen, so this obligation never applies",
        help: "the event needs `tie: chair decides`, `no consensus: chair decides` or `executive decision by chair`; add it if the protocol grants it, or remove the obligation",
      }),
      expect.objectContaining({
        line: 12,
        column: 8,
        endColumn: 20,
        message: "nothing in this policy can make `no_consensus` happen, so this obligation never applies",
        help: "the event needs `consensus first`; add it if the protocol grants it, or remove the obligation",
      }),
    ]);
  });

  it("accepts the same obligations when the policy grants each power", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 3 agencies
        chair may proceed with 2 agencies, rationale recorded
      }
      decision {
        consensus first
        majority decides
        no majority: chair decides
        chair may override majority, reasons recorded
        chair may defer, reasons recorded
      }
      obligations {
        when deferred: reconvene within 10 working days
        when quorum_waived: record_rationale "the rationale for proceeding is recorded"
        when chair_overrides: record_reasons "the reasons for the override are recorded"
        when chair_decides: record_reasons "the reasons for the chair's decision are recorded"
        when no_consensus: record_views "the difference of view is recorded"
      }
      `,
      "Q063",
    );
    expect(found).toEqual([]);
  });

  it("lets an executive decision cause `chair_decides`, and the base's rules cause the rest", () => {
    const executive = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        executive decision by chair
      }
      obligations {
        when chair_decides: record_reasons "the reasons for the chair's decision are recorded"
      }
      `,
      "Q063",
    );
    expect(executive).toEqual([]);

    const inherited = allDiagnostics(`
      policy test_board "Test Board" {
        jurisdiction wales
        extends "wales-safeguarding-procedures.policy"
      }
      obligations {
        when chair_decides: record_reasons "the reasons for the chair's decision are recorded"
        when no_consensus: record_views "the difference of view is recorded"
      }
      `);
    expect(inherited.map((f) => f.code)).not.toContain("Q006");
    expect(inherited.filter((f) => f.code === "Q063")).toEqual([]);
  });

  it("does not check a base policy on its own, since the policy extending it may grant the power", () => {
    const source = (kind: string) => `
      ${kind} test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        majority decides
      }
      obligations {
        when deferred: reconvene within 10 working days
      }
      `;
    expect(diagnosticsWithCode(source("policy"), "Q063").map((f) => [f.line, f.column])).toEqual([[8, 8]]);
    expect(diagnosticsWithCode(source("base"), "Q063")).toEqual([]);
  });
});
