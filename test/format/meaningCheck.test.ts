/**
 * The guard that stops the formatter from ever changing a policy: a layout that reads
 * differently, loses a comment, or compiles differently is refused, not returned.
 */
import { describe, expect, it } from "vitest";
import { memoryHost } from "../../compiler/host.js";
import { parse } from "../../grammar/parse.js";
import { formatPolicy } from "../../format/formatPolicy.js";
import { syntaxDifference } from "../../format/meaning.js";
import { parsePolicy, PolicySyntaxError } from "../../format/plugin.js";
import { BUNDLED_FILES, dedent, HEADER } from "../helpers/compileText.js";
import { faultyPlugin } from "../helpers/faultyPlugin.js";

const host = memoryHost(BUNDLED_FILES);
const POLICY = dedent(`
  ${HEADER}
  voting {
    vote by agency # one vote each
  }
  decision {
    majority decides
    tie: chair decides cite "§6"
  }
  quorum { silent "none" }
  eligibility { silent "none" }
  categories { silent "none" }
`);


const ast = (text: string) => {
  const tree = parse(text, "t.policy").ast;
  if (!tree) throw new Error("test policy does not parse");
  return tree;
};

describe("the meaning check", () => {
  it("accepts a layout that only moves words between lines", () => {
    expect(syntaxDifference(ast(POLICY), ast(POLICY.replace(/\n {4}/g, "\n").replace("tie:", "tie :")))).toBeUndefined();
  });

  it("notices a changed word, a lost citation and a lost comment", () => {
    expect(syntaxDifference(ast(POLICY), ast(POLICY.replace("vote by agency", "vote by individual")))).toMatch(/read differently/);
    expect(syntaxDifference(ast(POLICY), ast(POLICY.replace(' cite "§6"', "")))).toMatch(/read differently/);
    expect(syntaxDifference(ast(POLICY), ast(POLICY.replace(" # one vote each", "")))).toMatch(/comment/);
  });

  it("refuses a formatted text that would compile to a different policy, and returns nothing to write", async () => {
    const outcome = await formatPolicy(POLICY.replace("    ", "      "), { filename: "policies/test.policy", host, plugin: faultyPlugin(POLICY, (t) => t.replace("vote by agency", "vote by individual")) });
    expect(outcome).toEqual({ kind: "refused", reason: "the compiled policy would differ" });
  });

  it("refuses a formatted text that no longer parses", async () => {
    const outcome = await formatPolicy(POLICY + "\n", { filename: "policies/test.policy", host, plugin: faultyPlugin(POLICY, (t) => t.replace("decision {", "decision")) });
    expect(outcome.kind).toBe("refused");
  });

  it("gives back syntax errors instead of formatting a policy that does not parse", async () => {
    const outcome = await formatPolicy(POLICY.replace("majority decides", "majorty decides"), { filename: "policies/test.policy", host });
    expect(outcome.kind).toBe("syntax-errors");
    if (outcome.kind === "syntax-errors") expect(outcome.diagnostics[0]?.code).toBe("Q002");
  });

  it("reports a syntax error to Prettier with its line and column", () => {
    expect(() => parsePolicy('policy x "X" {\n  jurisdiction\n}\n')).toThrow(PolicySyntaxError);
    try {
      parsePolicy('policy x "X" {\n  owner @"Board"\n}\n');
    } catch (error) {
      expect((error as PolicySyntaxError).loc.start).toEqual({ line: 2, column: 9 });
      expect((error as Error).message).toMatch(/^Q001: /);
    }
  });

  it("formats a policy whose checks fail, as long as it parses, and keeps its meaning", async () => {
    const broken = POLICY.replace("vote by agency # one vote each", "vote   by agency # one vote each\n  not voting: nobody_known");
    const outcome = await formatPolicy(broken, { filename: "policies/test.policy", host });
    expect(outcome.kind).toBe("formatted");
    if (outcome.kind === "formatted") expect(outcome.text).toContain("  vote by agency # one vote each\n  not voting: nobody_known\n");
  });
});
