import { describe, expect, it } from "vitest";
import { unknownAgency } from "../../../compiler/checks/unknownAgency.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

describe(`${unknownAgency.code} ${unknownAgency.title}`, () => {
  it("reports an undeclared agency in a role declaration, with a suggestion or the agencies declared", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      roles {
        hospital_social_worker "Hospital social worker" agency helth
        ward_clerk "Ward clerk" agency hospital
      }
      `,
      "Q013",
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: "error", line: 5, column: 58, endColumn: 63, message: "unknown agency `helth`", help: "did you mean `health`?" }),
      expect.objectContaining({ severity: "error", line: 6, column: 34, endColumn: 42, message: "unknown agency `hospital`" }),
    ]);
    expect(found[1]?.help).toContain("the agencies declared are `children_social_care`, `adult_social_care`, `police`");
  });

  it("reports an undeclared agency in a sole-representative rule", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      eligibility {
        sole representative of agencies health, polise votes on every child
      }
      `,
      "Q013",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([[5, 43, "unknown agency `polise`", "did you mean `police`?"]]);
  });

  it("accepts agencies from the vocabulary and agencies the policy declares itself", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      agencies {
        hospital "Hospital trust"
      }
      roles {
        hospital_social_worker "Hospital social worker" agency health
        ward_clerk "Ward clerk" agency hospital
      }
      eligibility {
        sole representative of agencies health, police, hospital votes on every child
      }
      `,
      "Q013",
    );
    expect(found).toEqual([]);
  });

  it("says when the name is a role rather than an agency", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        vocabulary "vocabulary.policy"
      }
      roles {
        x_worker "X worker" agency health_visitor
      }
      `,
      "Q013",
    );
    expect(found.map((f) => [f.line, f.column, f.message, f.help])).toEqual([[5, 30, "`health_visitor` is a role, not an agency", "its agency is `health`"]]);
  });
});
