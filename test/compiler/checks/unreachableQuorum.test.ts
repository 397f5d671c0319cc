import { describe, expect, it } from "vitest";
import { unreachableQuorum } from "../../../compiler/checks/unreachableQuorum.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

// The shared vocabulary has practitioners in 13 agencies.

describe(`${unreachableQuorum.code} ${unreachableQuorum.title}`, () => {
  it("reports a quorum larger than the number of agencies with practitioners", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 14 agencies with direct contact
      }
      `,
      "Q050",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 5,
        column: 12,
        endColumn: 14,
        message: "the quorum needs 14 agencies, but only 13 agencies can have practitioners who take part, so no conference could ever be quorate",
        help: "check the number in the protocol; at most 13 is possible with these roles",
      }),
    ]);
  });

  it("does not count an agency whose only practitioner does not vote", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        not voting: parent, cafcass_officer
      }
      quorum {
        at least 13 agencies
      }
      `,
      "Q050",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 8,
        column: 12,
        message: "the quorum needs 13 agencies, but only 12 agencies can have practitioners who take part, so no conference could ever be quorate",
      }),
    ]);
  });

  it("accepts a quorum of every agency with practitioners", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      voting {
        not voting: parent
      }
      quorum {
        at least 13 agencies
      }
      `,
      "Q050",
    );
    expect(found).toEqual([]);
  });

  it("counts the agency of a practitioner role the policy declares", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      agencies {
        fire_service "Fire and rescue service"
      }
      roles {
        fire_officer "Fire safety officer" agency fire_service
      }
      quorum {
        at least 14 agencies
      }
      `,
      "Q050",
    );
    expect(found).toEqual([]);
  });
});
