import { describe, expect, it } from "vitest";
import { noConsensusRule } from "../../../compiler/checks/noConsensusRule.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${noConsensusRule.code} ${noConsensusRule.title}`, () => {
  it("reports a vote stated beside `no consensus: chair decides`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        no consensus: chair decides
        majority decides
        tie: chair decides
      }
      `,
      "Q046",
    );
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([
      [7, 3, "`majority decides` can never apply: without a consensus the chair decides, and no vote is taken"],
      [8, 3, "`tie: chair decides` can never apply: without a consensus the chair decides, and no vote is taken"],
    ]);
  });

  it("reports `no consensus: chair decides` without `consensus first`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        no consensus: chair decides
      }
      `,
      "Q046",
    );
    expect(found).toEqual([expect.objectContaining({ line: 5, column: 3, message: "`no consensus: chair decides` needs `consensus first`: without it there is nothing for the chair to decide after" })]);
  });

  it("accepts consensus first and then the chair, with a deferral", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      decision {
        consensus first
        no consensus: chair decides
        chair may defer when "exceptional circumstances"
      }
      `,
      "Q046",
    );
    expect(found).toEqual([]);
  });
});
