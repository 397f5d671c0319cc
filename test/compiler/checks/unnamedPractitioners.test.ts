import { describe, expect, it } from "vitest";
import { unnamedPractitioners } from "../../../compiler/checks/unnamedPractitioners.js";
import { diagnosticsWithCode } from "../../helpers/compileText.js";

const small = `vocabulary small "Small" {
}
agencies {
  police "Police"
  health "Health"
  cafcass "CAFCASS"
}
roles {
  police_officer "Police officer" agency police
  health_visitor "Health visitor" agency health
  cafcass_officer "CAFCASS officer" agency cafcass
  parent "Parent" not a practitioner
}
`;

const policy = (voting: string) => `
  policy test_board "Test Board" {
    vocabulary "small.policy"
  }
  voting {
    ${voting}
  }
  `;

describe(`${unnamedPractitioners.code} ${unnamedPractitioners.title}`, () => {
  it("notes, at `vote by`, the practitioners who vote only because the vocabulary makes them practitioners", () => {
    const found = diagnosticsWithCode(policy(`vote by agency\n    not voting: cafcass_officer`), "Q086", { "policies/small.policy": small });
    expect(found).toEqual([
      expect.objectContaining({
        severity: "info",
        line: 5,
        column: 3,
        message: "Quorate's default: practitioners the policy never names take part in the decision: `police_officer` and `health_visitor` (the policy names neither these roles nor what happens to practitioners it does not name, so they take part because the shared vocabulary makes them practitioners)",
        help: "if the protocol says they take part, write `others vote as their agency`; list those it leaves out under `not voting: …`, citing the clause",
      }),
    ]);
  });

  it("says nothing once the policy states what happens to the practitioners it does not name", () => {
    expect(diagnosticsWithCode(policy(`vote by agency\n    others vote as their agency`), "Q086", { "policies/small.policy": small })).toEqual([]);
    expect(diagnosticsWithCode(policy(`vote by individual\n    not voting: cafcass_officer, police_officer, health_visitor`), "Q086", { "policies/small.policy": small })).toEqual([]);
  });

  it("an `others do not vote` rule outside groupings leaves the unnamed practitioners out of the decision", async () => {
    const { compileText } = await import("../../helpers/compileText.js");
    const ir = compileText(policy(`vote by agency\n    not voting: cafcass_officer\n    others do not vote\n  }\n  decision {\n    silent "x"\n  }\n  quorum {\n    silent "x"\n  }\n  eligibility {\n    silent "x"\n  }\n  categories {\n    silent "x"`), { "policies/small.policy": small }).ir;
    expect(ir?.roles.filter((r) => r.vote?.status === "votes").map((r) => r.id)).toEqual([]);
  });
});

describe("a practitioner declared `not voting by default`", () => {
  const heard = small.replace('cafcass_officer "CAFCASS officer" agency cafcass', 'cafcass_officer "CAFCASS officer" agency cafcass, not voting by default');
  const files = { "policies/small.policy": heard };
  const rest = `\n  }\n  decision {\n    silent "x"\n  }\n  quorum {\n    silent "x"\n  }\n  eligibility {\n    silent "x"\n  }\n  categories {\n    silent "x"`;
  const voters = async (voting: string) => {
    const { compileText } = await import("../../helpers/compileText.js");
    const ir = compileText(policy(voting + rest), files).ir;
    return ir?.roles.filter((r) => r.vote?.status === "votes").map((r) => r.id);
  };

  it("is not among the practitioners who vote by Quorate's default, and does not vote", async () => {
    const [note] = diagnosticsWithCode(policy("vote by agency"), "Q086", files);
    expect(note?.message).toContain("`police_officer` and `health_visitor` (");
    expect(note?.message).not.toContain("cafcass_officer");
    expect(await voters("vote by agency")).toEqual(["police_officer", "health_visitor"]);
  });

  it("votes where the policy places it: by its `others` rule, or in a grouping", async () => {
    expect(await voters("vote by agency\n    others vote as their agency")).toEqual(["police_officer", "health_visitor", "cafcass_officer"]);
    expect(await voters('vote by grouping\n    grouping core "Core" { police_officer health_visitor cafcass_officer }')).toEqual(["police_officer", "health_visitor", "cafcass_officer"]);
  });

  it("needs no grouping when votes are counted by grouping (no Q033)", () => {
    expect(diagnosticsWithCode(policy('vote by grouping\n    grouping core "Core" { police_officer health_visitor }'), "Q033", files)).toEqual([]);
    expect(diagnosticsWithCode(policy('vote by grouping\n    grouping core "Core" { police_officer }'), "Q033", files)).toHaveLength(1);
  });
});
