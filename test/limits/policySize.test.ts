/**
 * Size limits on a policy file: a 10 MB policy is refused with a located error (Q005)
 * rather than read, a file too large to be text of that limit is refused unread (exit 2),
 * and a single line of a megabyte, valid or broken, is handled in bounded work and
 * shown as a short excerpt.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_POLICY_CHARACTERS, parse } from "../../grammar/parse.js";
import { MAX_RECORDED_SYNTAX_ERRORS, sharedParser } from "../../grammar/parser.js";
import { runCli, scratchPolicies } from "../helpers/runCli.js";
import { BIG_HEADER, compileLarge, policyWithBrokenLine, policyWithLongLine } from "./largeInputs.js";

const MEGABYTE = 1024 * 1024;

describe("a policy file larger than the limit", () => {
  it(`a 10 MB policy is refused with Q005 at its first line: at most ${MAX_POLICY_CHARACTERS} characters`, () => {
    const text = BIG_HEADER + "# padding\n".repeat(MEGABYTE);
    expect(text.length).toBeGreaterThan(10 * 1000 * 1000);
    const result = compileLarge(text);
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics.map((d) => [d.code, d.range.start.line, d.range.start.column, d.message])).toEqual([
      ["Q005", 1, 1, `this file has ${text.length} characters; a policy may have at most ${MAX_POLICY_CHARACTERS}`],
    ]);
  });

  it("`quorate check` of a 10 MB policy exits 1 naming the file, the limit and what to do", async () => {
    const dir = scratchPolicies();
    const text = BIG_HEADER + "# padding\n".repeat(MEGABYTE);
    writeFileSync(path.join(dir, "policies/huge.policy"), text);
    const run = await runCli(["check", "policies/huge.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`policies/huge.policy:1:1: error Q005: this file has ${text.length} characters; a policy may have at most ${MAX_POLICY_CHARACTERS}`);
    expect(run.stdout).toContain("help: check that this is the policy file you meant");
    // The source line shown is the policy's first line, not ten megabytes of it.
    expect(run.stdout.length).toBeLessThan(2000);
  });

  it("a file of more bytes than the limit's characters could ever take is refused unread (exit 2)", async () => {
    const dir = scratchPolicies();
    const bytes = MAX_POLICY_CHARACTERS * 4 + 1;
    writeFileSync(path.join(dir, "policies/enormous.policy"), Buffer.alloc(bytes, 0x23));
    for (const command of [["check"], ["compile"], ["fmt", "--check"]]) {
      const run = await runCli([...command, "policies/enormous.policy"], dir);
      expect(run.code, command.join(" ")).toBe(2);
      expect(run.stderr).toContain(`cannot read \`policies/enormous.policy\`: the file is ${bytes} bytes, far more than a policy can be`);
      expect(run.stderr).toContain("help:");
    }
  });
});

describe("a single line of a megabyte", () => {
  it("a quoted text of a million characters on one line compiles and keeps every character", () => {
    const result = compileLarge(policyWithLongLine(MEGABYTE));
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.ir?.silences[0]?.text.length).toBe(MEGABYTE);
  });

  it("a megabyte line of broken statements is abandoned after a bounded number of errors, at a located point", () => {
    const text = policyWithBrokenLine(500_000);
    expect(text.length).toBeGreaterThan(MEGABYTE - 100_000);
    const result = parse(text, "policies/broken.policy");
    // Counted, not timed: recovering from each error costs the same, so bounding their
    // number bounds the work (without the bound this line took 24 s to parse).
    expect(sharedParser().errors.length).toBeLessThanOrEqual(MAX_RECORDED_SYNTAX_ERRORS);
    const last = result.diagnostics.at(-1);
    expect(last?.message).toBe("there are so many syntax errors that Quorate stopped reading the file here");
    expect(last?.range.start.line).toBe(6);
    expect(last?.range.start.offset).toBeGreaterThan(BIG_HEADER.length);
    expect(last?.range.end.offset).toBeLessThanOrEqual(text.length);
  });

  it("`quorate check` shows a megabyte line as a short excerpt around the error", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/long.policy"), `${BIG_HEADER}voting {\n  vote by individual ${'cite "x" '.repeat(120_000)}\n}\n`);
    const run = await runCli(["check", "policies/long.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("policies/long.policy:7:31: error Q002");
    expect(run.stdout.length).toBeLessThan(5000);
    expect(run.stderr).not.toContain("internal error");
  });
});
