import { describe, expect, it } from "vitest";
import { votingUnitUnstated } from "../../../compiler/checks/votingUnitUnstated.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${votingUnitUnstated.code} ${votingUnitUnstated.title}`, () => {
  it("reports a voting section that never says what counts as one vote, at its keyword", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        not voting: parent, child
        grouping police "Police" { police_officer }
      }
      decision {
        majority decides
      }
      `,
      "Q091",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 4,
        column: 1,
        endColumn: 7,
        message: "the policy does not say what counts as one vote",
        help: "add `vote by grouping`, `vote by agency` or `vote by individual`, citing the clause",
      }),
    ]);
  });

  it("accepts a stated voting unit", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        vote by grouping
        not voting: parent, child
        grouping police "Police" { police_officer }
      }
      decision {
        majority decides
      }
      `,
      "Q091",
    );
    expect(found).toEqual([]);
  });

  it("accepts a voting section that records the protocol's silence", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        not voting: parent, child
        silent "the protocol does not say whose votes are counted"
      }
      decision {
        majority decides
      }
      `,
      "Q091",
    );
    expect(found).toEqual([]);
  });

  it("accepts no voting unit under an executive decision by the chair", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        not voting: parent, child
      }
      decision {
        executive decision by chair
      }
      `,
      "Q091",
    );
    expect(found).toEqual([]);
  });

  it("accepts the voting unit stated by the base", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        extends "wales-safeguarding-procedures.policy"
      }
      voting {
        grouping police "Police" { police_officer }
      }
      `,
      "Q091",
    );
    expect(found).toEqual([]);
  });
});
