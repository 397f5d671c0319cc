import { describe, expect, it } from "vitest";
import { unknownFact } from "../../../compiler/checks/unknownFact.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownFact.code} ${unknownFact.title}`, () => {
  it("reports a condition on a fact nobody declares, with the closest declared fact", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      quorum {
        require role paediatrician when fabricated_or_induced_ilness
      }
      `,
      "Q018",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 35, endColumn: 63, message: "unknown fact `fabricated_or_induced_ilness`", help: "did you mean `fabricated_or_induced_illness`?" }),
    ]);
  });

  it("lists the declared facts when nothing is close, and accepts `unborn` and a policy's own fact", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      facts {
        interpreter_needed "An interpreter is needed": yes or no
      }
      quorum {
        at least 2 agencies when zzz_quite_unknown
        require role midwife when unborn
        require role other_agency when interpreter_needed
      }
      `,
      "Q018",
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ line: 8, message: "unknown fact `zzz_quite_unknown`" });
    expect(found[0]?.help).toContain("`previous_conference_inquorate`, `interpreter_needed`; a new one is declared");
  });
});
