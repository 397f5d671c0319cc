/** `quorate fmt`: check, write and print, with the exit codes the README gives. */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import { irWithoutLines } from "../../format/meaning.js";
import { runCli, scratchPolicies } from "../helpers/runCli.js";

const TIDY = `policy scratch "Scratch" {
  vocabulary "vocabulary.policy"
  version "1" dated 2025-01-01 review 2030-01-01
}

voting {
  vote by agency cite "§1"
}

decision {
  majority decides
  tie: chair decides
}

quorum {
  silent "nothing"
}

eligibility {
  silent "nothing"
}

categories {
  silent "nothing"
}
`;
const UNTIDY = TIDY.replace(/\n {2}/g, "\n").replace("vote by agency", "vote   by\tagency").replace("decision {", "\n\n\ndecision {");

/** A scratch copy of the bundled policies with two policies of our own in a folder beside them. */
function scratch(files: Record<string, string>): string {
  const dir = scratchPolicies();
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "policies", name), text);
  return dir;
}

const read = (dir: string, name: string) => readFileSync(path.join(dir, "policies", name), "utf8");

describe("quorate fmt", () => {
  it("--check passes a policy in the canonical layout", async () => {
    const dir = scratch({ "tidy.policy": TIDY });
    const run = await runCli(["fmt", "--check", "policies/tidy.policy"], dir);
    expect(run).toMatchObject({ code: 0, stderr: "" });
    expect(run.stdout).toBe("1 file checked: all in the canonical layout\n");
  });

  it("--check lists the files that are not in the canonical layout and exits 1, writing nothing", async () => {
    const dir = scratch({ "tidy.policy": TIDY, "untidy.policy": UNTIDY });
    const run = await runCli(["fmt", "--check", "policies/tidy.policy", "policies/untidy.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("policies/untidy.policy\n1 file not in the canonical layout; run `quorate fmt --write` to format it\n");
    expect(read(dir, "untidy.policy")).toBe(UNTIDY);
  });

  it("--write formats a file in place, keeping its compiled meaning", async () => {
    const dir = scratch({ "untidy.policy": UNTIDY });
    const before = compileFile("policies/untidy.policy", { host: fileSystemHost(dir) }).ir;
    const run = await runCli(["fmt", "--write", "policies/untidy.policy"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("formatted policies/untidy.policy\n1 file checked: 1 formatted, 0 already in the canonical layout\n");
    expect(read(dir, "untidy.policy")).toBe(TIDY);
    const after = compileFile("policies/untidy.policy", { host: fileSystemHost(dir) }).ir;
    expect(irWithoutLines(after)).toEqual(irWithoutLines(before));
    expect((await runCli(["fmt", "--check", "policies/untidy.policy"], dir)).code).toBe(0);
  });

  it("prints the formatted text of one policy when given neither --check nor --write", async () => {
    const dir = scratch({ "untidy.policy": UNTIDY });
    const run = await runCli(["fmt", "policies/untidy.policy"], dir);
    expect(run).toMatchObject({ code: 0, stdout: TIDY, stderr: "" });
    expect(read(dir, "untidy.policy")).toBe(UNTIDY);
  });

  it("does not format a policy with syntax errors: shows them, exits 1, writes nothing", async () => {
    const broken = UNTIDY.replace("majority decides", "majorty decides");
    const dir = scratch({ "broken.policy": broken });
    const run = await runCli(["fmt", "--write", "policies/broken.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("policies/broken.policy:14:1: error Q002:");
    expect(run.stderr).toContain("error: `policies/broken.policy` was not formatted because it has syntax errors");
    expect(read(dir, "broken.policy")).toBe(broken);
  });

  it("rejects usage mistakes with exit 2", async () => {
    const dir = scratch({ "tidy.policy": TIDY });
    for (const [args, message] of [
      [["fmt", "--check", "--write", "policies/tidy.policy"], /either --check or --write/],
      [["fmt", "policies"], /prints one policy at a time, and 8 files were named/],
      [["fmt", "--format", "json", "policies/tidy.policy"], /does not take --format/],
      [["fmt", "--check", "policies/missing.policy"], /cannot read `policies\/missing.policy`/],
      [["check", "--write", "policies/tidy.policy"], /does not take --write/],
    ] as const) {
      const run = await runCli([...args], dir);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
    }
    // Nothing named, in a folder of policies: it says none was named, not that several were.
    const inFolder = await runCli(["fmt"], path.join(dir, "policies"));
    expect(inFolder.code).toBe(2);
    expect(inFolder.stderr).toMatch(/prints one policy at a time, but none was named \(this folder holds \d+ policy files\)/);
  });
});
