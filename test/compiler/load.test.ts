import { describe, expect, it } from "vitest";
import { clearImportCache, MAX_BASE_DEPTH } from "../../compiler/load.js";
import { compileText, diagnosticsWithCode } from "../helpers/compileText.js";

const base = (id: string, extra = "") => `base ${id} "Base ${id}" {\n  vocabulary "vocabulary.policy"\n${extra}}\n`;

describe("loading base policies and the vocabulary", () => {
  it("Q006: a base that cannot be read is reported at the path that names it", () => {
    const found = diagnosticsWithCode(
      `
      policy test_board "Test Board" {
        extends "no-such-base.policy"
      }
      `,
      "Q006",
    );
    expect(found).toEqual([
      expect.objectContaining({ line: 2, column: 11, message: "cannot read the base policy `no-such-base.policy`: the file does not exist" }),
    ]);
  });

  it("Q006: a vocabulary that cannot be read is reported", () => {
    const found = diagnosticsWithCode(`policy test_board "Test Board" {\n  vocabulary "vocab.policy"\n}\n`, "Q006");
    expect(found.map((f) => [f.line, f.column, f.message])).toEqual([[2, 14, "cannot read the vocabulary `vocab.policy`: the file does not exist"]]);
  });

  it("Q007: a chain of bases that leads back to itself is reported, not followed for ever", () => {
    const files = {
      "policies/a.policy": base("a", '  extends "b.policy"\n'),
      "policies/b.policy": base("b", '  extends "a.policy"\n'),
    };
    const found = diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "a.policy"\n}\n`, "Q007", files);
    expect(found).toEqual([expect.objectContaining({ file: "policies/b.policy", line: 3, column: 11 })]);
    expect(found[0]?.message).toContain("leads back to a file already in this chain");
  });

  it("Q007: a policy extending itself is a cycle", () => {
    const found = diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "test.policy"\n}\n`, "Q007");
    expect(found.map((f) => [f.line, f.column])).toEqual([[2, 11]]);
  });

  it(`Q007: a chain deeper than ${MAX_BASE_DEPTH} bases is refused`, () => {
    const files: Record<string, string> = {};
    for (let i = 0; i <= MAX_BASE_DEPTH + 1; i++) files[`policies/b${i}.policy`] = base(`b${i}`, `  extends "b${i + 1}.policy"\n`);
    const found = diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "b0.policy"\n}\n`, "Q007", files);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(`more than ${MAX_BASE_DEPTH} deep`);
  });

  it("Q008: extending a board policy or a vocabulary, or using a base as the vocabulary, is refused", () => {
    const files = { "policies/other.policy": `policy other "Other" {\n}\n` };
    expect(diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "other.policy"\n}\n`, "Q008", files)).toEqual([
      expect.objectContaining({ line: 2, column: 11, message: "`other.policy` is a board policy, not a base policy" }),
    ]);
    expect(diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "vocabulary.policy"\n}\n`, "Q008").map((f) => f.message)).toEqual([
      "`vocabulary.policy` is a vocabulary, not a base policy",
    ]);
    expect(diagnosticsWithCode(`policy test_board "Test Board" {\n  vocabulary "wales-safeguarding-procedures.policy"\n}\n`, "Q008").map((f) => f.message)).toEqual([
      "`wales-safeguarding-procedures.policy` is a base policy, not a vocabulary",
    ]);
  });

  it("Q009: a reference outside the policy's folder is refused, relative or absolute", () => {
    const outside = diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "../secrets/base.policy"\n  vocabulary "/etc/passwd"\n}\n`, "Q009");
    expect(outside.map((f) => [f.line, f.column])).toEqual([
      [2, 11],
      [3, 14],
    ]);
    expect(outside[0]?.message).toBe("the base policy `../secrets/base.policy` is outside the folder of this policy");
  });

  it("Q009: a file whose name only begins with two dots is inside the folder, and a path out and back in is too", () => {
    const files = { "policies/..shared.policy": base("dotted") };
    expect(diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "..shared.policy"\n}\n`, "Q009", files)).toEqual([]);
    expect(diagnosticsWithCode(`policy test_board "Test Board" {\n  extends "..shared.policy"\n}\n`, "Q006", files)).toEqual([]);
    expect(diagnosticsWithCode(`policy test_board "Test Board" {\n  vocabulary "../policies/vocabulary.policy"\n}\n`, "Q009")).toEqual([]);
    expect(diagnosticsWithCode(`policy test_board "Test Board" {\n  vocabulary "sub/../../vocabulary.policy"\n}\n`, "Q009")).toHaveLength(1);
  });

  it("errors in a base are reported in the base's own file, and the policy is not compiled", () => {
    const files = { "policies/broken-base.policy": `base broken "Broken" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majorty decides\n}\n` };
    const result = compileText(`policy test_board "Test Board" {\n  extends "broken-base.policy"\n}\n`, files);
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.file, d.code, d.range.start.line])).toEqual([["policies/broken-base.policy", "Q002", 5]]);
    expect(result.sources.map((s) => s.path)).toContain("policies/broken-base.policy");
  });

  it("a policy inherits its base's rules, and its own statements replace them", () => {
    const files = {
      "policies/national.policy": `base national "National" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majority decides cite "N1"\n  tie: chair decides cite "N2"\n}\n`,
    };
    const result = compileText(
      `
      policy test_board "Test Board" {
        extends "national.policy"
      }
      decision {
        no majority: chair decides cite "R1"
      }
      voting { vote by individual }
      eligibility { silent "s" }
      quorum { silent "s" }
      categories { silent "s" }
      `,
      files,
    );
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    const decision = result.ir?.decision;
    expect(result.ir?.lineage).toEqual(["national"]);
    expect(result.ir?.vocabulary).toBe("shared");
    expect(decision?.rule).toBe("majority");
    expect(decision?.ruleAt).toEqual({ file: "national.policy", line: 5, cite: "N1" });
    expect(decision?.tieBreak).toEqual({ on: "no_majority", by: "chair", at: { file: "test.policy", line: 5, cite: "R1" } });
  });

  describe("a policy's rule replaces its base's alternative", () => {
    const sections = "voting { vote by individual }\neligibility { silent \"s\" }\nquorum { silent \"s\" }\ncategories { silent \"s\" }\n";
    const compileOver = (decision: string) =>
      compileText(`policy test_board "Test Board" {\n  extends "wales-safeguarding-procedures.policy"\n}\n${sections}decision {\n  ${decision}\n}\n`);

    it("an executive decision replaces the base's vote: consensus, majority, tie and bound chair", () => {
      const result = compileOver('executive decision by chair cite "P1"');
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.ir?.decision).toMatchObject({ rule: "chair_executive", consensusFirst: null, tieBreak: null, chairBoundByMajority: null, override: null });
      expect(result.ir?.decision.ruleAt).toEqual({ file: "test.policy", line: 9, cite: "P1" });
    });

    it("an override replaces the base's bound chair, and keeps the rest of the base's decision", () => {
      const result = compileOver("chair may override majority");
      expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(result.ir?.decision.chairBoundByMajority).toBeNull();
      expect(result.ir?.decision.override?.at.file).toBe("test.policy");
      expect(result.ir?.decision).toMatchObject({ rule: "majority", tieBreak: { on: "tie" } });
      expect(result.ir?.decision.consensusFirst?.file).toBe("wales-safeguarding-procedures.policy");
    });

    it("within one file the alternatives still contradict each other", () => {
      const result = compileOver("executive decision by chair\n  majority decides");
      expect(result.diagnostics.filter((d) => d.code === "Q041").map((d) => [d.file, d.range.start.line])).toEqual([["policies/test.policy", 10]]);
    });

    it("a grouping vote inherited from the base with no groupings is reported in the policy", () => {
      const result = compileText(`policy test_board "Test Board" {\n  extends "wales-safeguarding-procedures.policy"\n}\n`);
      const q033 = result.diagnostics.filter((d) => d.code === "Q033");
      expect(q033.map((d) => [d.file, d.range.start.line, d.range.start.column])).toEqual([["policies/test.policy", 1, 8]]);
      expect(q033[0]?.message).toContain("(as wales-safeguarding-procedures.policy says)");
      expect(q033[0]?.related?.[0]?.file).toBe("policies/wales-safeguarding-procedures.policy");
    });
  });
});

describe("files reached through extends and vocabulary are parsed once per process", () => {
  const policy = `policy test_board "Test Board" {\n  extends "shared.policy"\n}\n`;
  const shared = (extra: string) => base("shared", extra);

  it("an edited base is read afresh, not taken from an earlier compile", () => {
    const inShared = (d: { file: string }) => d.file === "policies/shared.policy";
    const first = compileText(policy, { "policies/shared.policy": shared("") });
    expect(first.diagnostics.filter(inShared)).toEqual([]);
    const broken = compileText(policy, { "policies/shared.policy": shared("  jurisdiction {\n") });
    expect(broken.diagnostics.filter(inShared).map((d) => d.severity)).toContain("error");
    const fixed = compileText(policy, { "policies/shared.policy": shared("") });
    expect(fixed.diagnostics).toEqual(first.diagnostics);
  });

  it("compiling from a warm cache gives the same result as from scratch", () => {
    clearImportCache();
    const fresh = compileText(policy, { "policies/shared.policy": shared("") });
    const again = compileText(policy, { "policies/shared.policy": shared("") });
    expect(again.ir).toEqual(fresh.ir);
    expect(again.diagnostics).toEqual(fresh.diagnostics);
    expect(again.sources.map((s) => [s.path, s.lines.text])).toEqual(fresh.sources.map((s) => [s.path, s.lines.text]));
  });
});
