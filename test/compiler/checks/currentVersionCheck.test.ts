import { describe, expect, it } from "vitest";
import { currentVersionCheck } from "../../../compiler/checks/currentVersionCheck.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${currentVersionCheck.code} ${currentVersionCheck.title}`, () => {
  it("reports `current` naming a label no version has", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2024-01-01
        version "V2" dated 2025-01-01
        current "V3"
      }
      `,
      "Q073",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 5,
        column: 11,
        endColumn: 15,
        message: "no version is labelled `V3`",
        help: "the versions recorded are `V1`, `V2`",
      }),
    ]);
  });

  it("reports `current` when no version is recorded at all", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        current "V1"
      }
      `,
      "Q073",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 3, column: 11, message: "no version is labelled `V1`", help: "the versions recorded are none" }),
    ]);
  });

  it("reports several versions with none marked as current, at the last of them", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2024-01-01
        version "V2" dated 2025-01-01
      }
      `,
      "Q073",
    );
    expect(found).toEqual([
      expect.objectContaining({
        severity: "error",
        line: 4,
        column: 3,
        endColumn: 32,
        message: "2 versions are recorded but none is marked as the one in force",
        help: 'add `current "V2"` for the version the board applies',
      }),
    ]);
  });

  it("reports an unlabelled version among several", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version dated 2024-01-01
        version "V2" dated 2025-01-01
        current "V2"
      }
      `,
      "Q073",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 3, column: 3, endColumn: 27, message: "with several versions recorded, each needs a label" }),
    ]);
  });

  it("reports two versions with the same label, at the second", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2024-01-01
        version "V1" dated 2025-01-01
        current "V1"
      }
      `,
      "Q073",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 4, column: 3, message: "two versions are labelled `V1`", help: "give each version its own label" }),
    ]);
  });

  it("accepts labelled versions with `current` naming one of them", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version "V1" dated 2024-01-01
        version "V2" dated 2025-01-01
        current "V2"
      }
      `,
      "Q073",
    );
    expect(found).toEqual([]);
  });

  it("accepts a single unlabelled version without `current`", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
        version dated 2024-01-01 review 2027-01-01
      }
      `,
      "Q073",
    );
    expect(found).toEqual([]);
  });
});
