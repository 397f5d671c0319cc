import { describe, expect, it } from "vitest";
import { unknownSet } from "../../../compiler/checks/unknownSet.js";
import { compileText, diagnosticsWithCode } from "../../helpers/compileText.js";

const policy = (quorum: string) => `
  policy test_board "Test Board" {
    vocabulary "vocabulary.policy"
  }
  sets {
    key_disciplines "Key disciplines": roles health_visitor, school_nurse, police_officer
  }
  quorum {
    ${quorum}
  }
  `;

describe(`${unknownSet.code} ${unknownSet.title}`, () => {
  it("reports a selection naming a set nobody declares, with the closest set", () => {
    const found = diagnosticsWithCode(policy("at least 2 of key_disciplnes"), "Q029");
    expect(found).toEqual([expect.objectContaining({ severity: "error", line: 8, column: 17, endColumn: 31, message: "unknown set `key_disciplnes`", help: "did you mean `key_disciplines`?" })]);
  });

  it("reads a declared set as its roles, wherever a selection goes", () => {
    const rest = `\n  }\n  voting {\n    silent "x"\n  }\n  eligibility {\n    silent "x"\n  }\n  categories {\n    silent "x"\n  }\n  decision {\n    silent "x"`;
    const result = compileText(policy(`at least 2 of key_disciplines taking part\n    require one of key_disciplines${rest}`));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const ir = result.ir;
    const roles = ["health_visitor", "school_nurse", "police_officer"];
    expect(ir?.quorum.counts[0]?.of).toEqual({ kind: "selected", selector: { kind: "role", ids: roles } });
    expect(ir?.quorum.requirements[0]?.selector).toEqual({ kind: "role", ids: roles });
  });
});
