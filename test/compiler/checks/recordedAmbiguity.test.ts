import { describe, expect, it } from "vitest";
import { recordedAmbiguity } from "../../../compiler/checks/recordedAmbiguity.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${recordedAmbiguity.code} ${recordedAmbiguity.title}`, () => {
  it("shows each recorded ambiguity at its text, with its citation and the reading taken", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        ambiguity "the title page gives two dates" reading "the later date is the date of the version" cite "title page"
      }
      quorum {
        at least 3 agencies
        ambiguity "'agencies' may mean services" reading "each agency counts once"
      }
      `,
      "Q080",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "warning",
        line: 3,
        column: 13,
        endColumn: 45,
        message: "the protocol is ambiguous (title page): the title page gives two dates",
        help: "reading taken: the later date is the date of the version; not yet confirmed by the board: once it is, add `confirmed by \"who\" on <date>`",
      }),
      expect.objectContaining({
        severity: "warning",
        line: 7,
        column: 13,
        endColumn: 43,
        message: "the protocol is ambiguous: 'agencies' may mean services",
        help: "reading taken: each agency counts once; not yet confirmed by the board: once it is, add `confirmed by \"who\" on <date>`",
      }),
    ]);
  });

  it("leaves a reading the board has confirmed to Q082", () => {
    const source = `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 3 agencies
        ambiguity "'agencies' may mean services" reading "each agency counts once" confirmed by "Board business group" on 2026-10-01
      }
      `;
    expect(diagnosticsWithCode(source, "Q080")).toEqual([]);
    expect(diagnosticsWithCode(source, "Q082")).toEqual([expect.objectContaining({ line: 6 })]);
  });

  it("shows an ambiguity recorded in the base, in the base's file", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction wales
        extends "other-base.policy"
      }
      `,
      "Q080",
      {
        "policies/other-base.policy": `base other_base "Other base" {
  jurisdiction wales
  vocabulary "vocabulary.policy"
}
decision {
  majority decides
  ambiguity "'majority' is not defined" reading "more than half of the units present"
}
`,
      },
    );
    expect(found).toEqual([
      expect.objectContaining({
        file: "policies/other-base.policy",
        line: 7,
        column: 13,
        message: "the protocol is ambiguous: 'majority' is not defined",
      }),
    ]);
  });

  it("shows nothing for a policy that records no ambiguity, even in a comment", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        # ambiguity "the title page gives two dates"
      }
      quorum {
        at least 3 agencies cite "the ambiguity of 'agencies'"
      }
      `,
      "Q080",
    );
    expect(found).toEqual([]);
  });
});
