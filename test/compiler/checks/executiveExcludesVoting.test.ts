import { describe, expect, it } from "vitest";
import { executiveExcludesVoting } from "../../../compiler/checks/executiveExcludesVoting.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

const never = (rule: string) => `\`${rule}\` can never apply: the chair makes an executive decision in every case`;

describe(`${executiveExcludesVoting.code} ${executiveExcludesVoting.title}`, () => {
  it("reports a majority rule stated beside an executive decision", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        executive decision by chair
        majority decides
      }
      `,
      "Q041",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 6,
        column: 3,
        endColumn: 19,
        message: never("majority decides"),
        help: "remove it; the views of each unit are still heard and recorded, but they do not decide",
      }),
    ]);
  });

  it("reports every rule about consensus, ties, a bound chair or an override", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        no majority: chair decides
        chair bound by majority
        chair may override majority or unanimity when authorised, reasons recorded
        executive decision by chair
      }
      `,
      "Q041",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [5, 3, never("consensus first")],
      [6, 3, never("no majority: chair decides")],
      [7, 3, never("chair bound by majority")],
      [8, 3, never("chair may override majority")],
    ]);
  });

  it("accepts an executive decision with a deferral and recorded silences", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        executive decision by chair
        chair may defer when "very exceptional circumstances", reasons recorded
        silent "the protocol does not say whether consensus is sought first"
      }
      `,
      "Q041",
    );
    expect(found).toEqual([]);
  });

  it("accepts the voting rules when the chair does not decide alone", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        majority decides
        tie: chair decides
        chair may override majority when authorised, reasons recorded
      }
      `,
      "Q041",
    );
    expect(found).toEqual([]);
  });
});
