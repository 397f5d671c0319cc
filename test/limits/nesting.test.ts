/**
 * Deep nesting: the grammar has no nested blocks, so 100,000 braces in a row are a syntax
 * error found at the first brace, reported once; nothing recurses on the depth, in the
 * parser, the error recovery, the checks or the formatter.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LineMap } from "../../grammar/location.js";
import { runCli, scratchPolicies } from "../helpers/runCli.js";
import { BIG_HEADER, compileLarge, policyWithNestedBraces } from "./largeInputs.js";

const DEPTH = 100_000;

const cases: [string, string][] = [
  ["inside a section", policyWithNestedBraces(DEPTH)],
  ["inside the header", `policy deep "Deep" ${"{".repeat(DEPTH)}${"}".repeat(DEPTH)}\n`],
  ["between sections", `${BIG_HEADER}${"{".repeat(DEPTH)}${"}".repeat(DEPTH)}\n`],
  ["never closed", `${BIG_HEADER}voting ${"{".repeat(DEPTH)}\n`],
  ["closed but never opened", `${BIG_HEADER}${"}".repeat(DEPTH)}\n`],
];

describe(`${DEPTH.toLocaleString("en-GB")} nested braces`, () => {
  for (const [where, text] of cases) {
    it(`${where}: a few located syntax errors, no crash`, () => {
      const result = compileLarge(text);
      expect(result.ir).toBeUndefined();
      const lines = new LineMap(text);
      expect(result.diagnostics.length).toBeGreaterThan(0);
      expect(result.diagnostics.length).toBeLessThanOrEqual(5);
      for (const d of result.diagnostics) {
        expect(d.code).toMatch(/^Q00[1-4]$/);
        expect(d.range.end.offset).toBeLessThanOrEqual(text.length);
        expect(d.range.start.line).toBeLessThanOrEqual(lines.lineCount);
      }
    });
  }

  it("every command that reads policies exits 1 with the located error, never a stack trace", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/deep.policy"), policyWithNestedBraces(DEPTH));
    for (const command of [["check"], ["compile"], ["summary"], ["fmt", "--check"], ["fmt"]]) {
      const run = await runCli([...command, "policies/deep.policy"], dir);
      expect(run.code, command.join(" ")).toBe(1);
      expect(run.stdout + run.stderr).toContain("policies/deep.policy:6:9: error Q002: `{` does not begin a statement in the `voting` section");
      expect(run.stderr).not.toMatch(/internal error|^\s+at /m);
    }
  });

  it("a scenario file nested 100,000 lists deep is refused as input (exit 2), not a crash", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/scenarios/deep.scenarios.json"), "[".repeat(DEPTH) + "]".repeat(DEPTH));
    const run = await runCli(["test", "policies/scenarios/deep.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("policies/scenarios/deep.scenarios.json\n  cannot run: (the whole file): the file should be an object, not a list");
    expect(run.stdout + run.stderr).not.toMatch(/internal error|^\s+at /m);
  });
});
