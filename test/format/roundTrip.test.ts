/**
 * The acceptance test: a policy with its whitespace mangled comes back from
 * `quorate fmt --write` byte for byte, compiling to the same IR; and the repository's
 * .prettierrc lays policies out through the plugin. Both on the engine's copy of the
 * boards (`test/fixtures/boards/`).
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import { ENGINE, REPO, runCli, scratchPolicies } from "../helpers/runCli.js";

const ENGINE_POLICIES = readdirSync(path.join(ENGINE, "policies")).filter((f) => f.endsWith(".policy"));

/**
 * Indentation removed, every other pair of statement lines joined into one, and every
 * blank line doubled. Lines holding a comment are not joined to the next (the comment
 * would swallow it); no quoted text in the bundled policies holds a `#`.
 */
export function mangle(text: string): string {
  const out: string[] = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trimStart();
    const previous = out[out.length - 1];
    if (line === "") out.push("", "");
    else if (i % 2 === 0 && previous && !previous.includes("#") && !line.startsWith("#")) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  });
  return out.join("\n");
}

describe("the boards' policies", () => {
  it("come back byte for byte from `quorate fmt --write` after their whitespace is mangled, with the same IR", async () => {
    const dir = scratchPolicies();
    const original = new Map(ENGINE_POLICIES.map((f) => [f, readFileSync(path.join(dir, "policies", f), "utf8")]));
    for (const [file, text] of original) {
      const mangled = mangle(text);
      expect(mangled).not.toBe(text);
      writeFileSync(path.join(dir, "policies", file), mangled);
    }
    const run = await runCli(["fmt", "--write", "policies"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    for (const [file, text] of original) {
      expect(readFileSync(path.join(dir, "policies", file), "utf8"), file).toBe(text);
      const ir = (root: string) => compileFile(`policies/${file}`, { host: fileSystemHost(root), today: "2026-11-24" }).ir;
      expect(ir(dir), file).toEqual(ir(ENGINE));
    }
  });

  it("pass `npx prettier --check \"policies/**/*.policy\"` with the repository's .prettierrc", () => {
    const prettier = path.join(REPO, "node_modules", "prettier", "bin", "prettier.cjs");
    const out = execFileSync(process.execPath, [prettier, "--check", "policies/**/*.policy"], { cwd: ENGINE, encoding: "utf8" });
    expect(out).toContain("All matched files use Prettier code style!");
  });
});
