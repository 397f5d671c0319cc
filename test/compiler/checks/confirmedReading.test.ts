import { describe, expect, it } from "vitest";
import { confirmedReading } from "../../../compiler/checks/confirmedReading.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${confirmedReading.code} ${confirmedReading.title}`, () => {
  const source = `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        at least 3 agencies present
        ambiguity "'agencies' may mean services" reading "each agency counts once"
          confirmed by "Board business group" on 2026-10-01 cite "para 4"
        silent "the protocol does not say who may waive the quorum" confirmed by "Board business group" on 2026-10
      }
      decision {
        majority decides
        ambiguity "'majority' is not defined" reading "more than half of those voting"
      }
      `;

  it("shows each confirmed ambiguity and silence as a note naming who confirmed it and when", () => {
    expect(diagnosticsWithCode(source, "Q082")).toEqual([
      expect.objectContaining({
        severity: "info",
        line: 6,
        message: "the protocol is ambiguous (para 4): 'agencies' may mean services",
        help: "reading taken: each agency counts once; confirmed by Board business group on 2026-10-01",
      }),
      expect.objectContaining({
        severity: "info",
        line: 8,
        message: "the protocol is silent: the protocol does not say who may waive the quorum",
        help: "Quorate adds no rule in its place; confirmed by Board business group on 2026-10",
      }),
    ]);
  });

  it("leaves the readings not yet confirmed to Q080 and Q081", () => {
    expect(diagnosticsWithCode(source, "Q080").map((d) => d.line)).toEqual([12]);
    expect(diagnosticsWithCode(source, "Q081")).toEqual([]);
  });
});
