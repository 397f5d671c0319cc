import { describe, expect, it } from "vitest";
import { boundVersusOverride } from "../../../compiler/checks/boundVersusOverride.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

const MESSAGE = "the chair is both bound by the majority and allowed to override it";

describe(`${boundVersusOverride.code} ${boundVersusOverride.title}`, () => {
  it("reports an override stated after `chair bound by majority`, at the override", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        majority decides
        chair bound by majority
        tie: chair decides
        chair may override majority when authorised, reasons recorded
      }
      `,
      "Q043",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 8,
        column: 3,
        endColumn: 64,
        message: MESSAGE,
        help: "keep the rule the protocol states; record the other reading with `ambiguity` if the text says both",
      }),
    ]);
  });

  it("reports `chair bound by majority` stated after an override, at the bound rule", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        majority decides
        chair may override majority or unanimity when authorised, reasons recorded
        chair bound by majority
      }
      `,
      "Q043",
    );
    expect(found.map((f) => [f.line, f.column, f.endColumn, f.message])).toEqual([[7, 3, 26, MESSAGE]]);
  });

  it("does not report a policy whose override replaces the bound chair of its base, or the reverse", () => {
    const overridesBase = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        extends "wales-safeguarding-procedures.policy"
      }
      decision {
        chair may override majority when authorised, reasons recorded
      }
      `,
      "Q043",
    );
    expect(overridesBase).toEqual([]);
    const base = 'base b "B" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majority decides\n  tie: chair decides\n  chair may override majority when authorised, reasons recorded\n}\n';
    const bindsOverBase = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        extends "b.policy"
      }
      decision {
        chair bound by majority
      }
      `,
      "Q043",
      { "policies/b.policy": base },
    );
    expect(bindsOverBase).toEqual([]);
  });

  it("accepts a bound chair with no override, and an override with no bound chair", () => {
    for (const rule of ["chair bound by majority", "chair may override majority when authorised, reasons recorded"]) {
      const found = diagnosticsWithCode(
        `
        policy test_board "Test Board" {
          vocabulary "vocabulary.policy"
        }
        decision {
          majority decides
          tie: chair decides
          ${rule}
        }
        `,
        "Q043",
      );
      expect(found).toEqual([]);
    }
  });
});
