import { describe, expect, it } from "vitest";
import { unknownJurisdiction } from "../../../compiler/checks/unknownJurisdiction.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownJurisdiction.code} ${unknownJurisdiction.title}`, () => {
  it("reports a misspelt jurisdiction, with a suggestion", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction walse
        vocabulary "vocabulary.policy"
      }
      `,
      "Q017",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 2, column: 16, endColumn: 21, message: "unknown jurisdiction `walse`", help: "did you mean `wales`?" }),
    ]);
  });

  it("lists the UK nations when the jurisdiction is not close to one", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        jurisdiction ireland_republic
        vocabulary "vocabulary.policy"
      }
      `,
      "Q017",
    );
    expect(found).toEqual([
      expect.objectContaining({
        line: 2,
        column: 16,
        message: "unknown jurisdiction `ireland_republic`",
        help: "write one of `england`, `wales`, `scotland`, `northern_ireland`, `isle_of_man`, `jersey`, `guernsey`, `ireland`",
      }),
    ]);
  });

  it("accepts each UK nation", () => {
    for (const nation of ["wales", "england", "scotland", "northern_ireland"]) {
      const found = diagnosticsWithCode(
        `
        policy test_board "Test Board" {
          jurisdiction ${nation}
          vocabulary "vocabulary.policy"
        }
        `,
        "Q017",
      );
      expect(found).toEqual([]);
    }
  });
});
