/** The installed binary itself (bin/quorate.js over the built dist/), as CI and users run it. */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE, REPO } from "../helpers/runCli.js";

function quorate(args: string[]) {
  const run = spawnSync(process.execPath, [path.join(REPO, "bin/quorate.js"), ...args], { cwd: ENGINE, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe("bin/quorate.js", () => {
  it("checks the bundled policies with exit code 0", () => {
    const run = quorate(["check", "policies"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/7 files checked: no errors/);
  });

  it("exits 2 on a missing file with a message and no stack trace", () => {
    const run = quorate(["compile", "policies/missing.policy"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("cannot read `policies/missing.policy`");
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  it("does not load zod to check policies", () => {
    // zod took some 50 ms of every start; only eval, test, diff and the like need it.
    const dir = path.join(REPO, "dist/cli-bundle");
    const main = readFileSync(path.join(dir, "main.js"), "utf8");
    const check = /import\("\.\/(check-[\w-]+\.js)"\)/.exec(main)?.[1];
    expect(check).toBeDefined();
    const seen = new Set<string>();
    const loaded = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(path.join(dir, file), "utf8").matchAll(/^import (?:[^"]* from )?"([^"]+)";/gm)) {
        if (spec?.startsWith("./")) loaded(spec.slice(2));
        else if (spec) seen.add(spec);
      }
    };
    loaded(check as string);
    expect([...seen].filter((s) => !s.startsWith("node:") && !s.endsWith(".js"))).toEqual([]);
  });
});
