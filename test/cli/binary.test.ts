/** The installed binary itself (bin/quorate.js over the built dist/), as CI and users run it. */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO } from "../helpers/runCli.js";

function quorate(args: string[]) {
  const run = spawnSync(process.execPath, [path.join(REPO, "bin/quorate.js"), ...args], { cwd: REPO, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
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
});
