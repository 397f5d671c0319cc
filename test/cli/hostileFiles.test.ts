/** Files that are not what they seem: pipes, folders, links out of the folder, output over input. */
import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE, REPO, runCli, scratchPolicies } from "../helpers/runCli.js";

describe("hostile files", () => {
  it("a pipe named like a policy is refused at once, not read for ever (exit 2)", async () => {
    const dir = scratchPolicies();
    execFileSync("mkfifo", [path.join(dir, "policies/pipe.policy")]);
    const named = await runCli(["check", "policies/pipe.policy"], dir);
    expect(named.code).toBe(2);
    expect(named.stderr).toContain("`policies/pipe.policy` is not an ordinary file");
    const inFolder = await runCli(["check", "policies"], dir);
    expect(inFolder.code).toBe(2);
    expect(inFolder.stderr).toContain("`policies/pipe.policy` is not an ordinary file");
  });

  it("a folder named like a policy inside a checked folder is a usage error (exit 2)", async () => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "policies/odd.policy"));
    const run = await runCli(["check", "policies"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("`policies/odd.policy` is not an ordinary file");
  });

  it("a vocabulary linked from outside the folder is refused, and its contents never shown", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "secret.txt"), "TOPSECRET=hunter2\n");
    symlinkSync(path.join(dir, "secret.txt"), path.join(dir, "policies/linked.policy"));
    writeFileSync(path.join(dir, "policies/uses-link.policy"), 'policy uses_link "Uses link" {\n  vocabulary "linked.policy"\n}\n');
    const run = await runCli(["check", "policies/uses-link.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("error Q009: the vocabulary `linked.policy` is a link to a file outside the folder of this policy");
    expect(run.stdout + run.stderr).not.toContain("TOPSECRET");
  });

  it("a base linked from outside the folder, or reached through a linked folder, is refused (Q009)", async () => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "elsewhere"));
    writeFileSync(path.join(dir, "elsewhere/base.policy"), 'base elsewhere "Elsewhere" {\n  vocabulary "vocabulary.policy"\n}\n');
    symlinkSync(path.join(dir, "elsewhere/base.policy"), path.join(dir, "policies/linked-base.policy"));
    symlinkSync(path.join(dir, "elsewhere"), path.join(dir, "policies/shared"));
    writeFileSync(path.join(dir, "policies/via-file.policy"), 'policy via_file "Via a linked file" {\n  extends "linked-base.policy"\n}\n');
    writeFileSync(path.join(dir, "policies/via-folder.policy"), 'policy via_folder "Via a linked folder" {\n  extends "shared/base.policy"\n}\n');
    const run = await runCli(["check", "policies/via-file.policy", "policies/via-folder.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("policies/via-file.policy:2:11: error Q009: the base policy `linked-base.policy` is a link to a file outside the folder of this policy");
    expect(run.stdout).toContain("policies/via-folder.policy:2:11: error Q009: the base policy `shared/base.policy` is a link to a file outside the folder of this policy");
  });

  it("a base in a real subfolder of the policy's folder may name the vocabulary beside the policy", async () => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "policies/national"));
    writeFileSync(path.join(dir, "policies/national/base.policy"), 'base national "National" {\n  vocabulary "../vocabulary.policy"\n}\n');
    writeFileSync(path.join(dir, "policies/regional.policy"), 'policy regional "Regional" {\n  extends "national/base.policy"\n}\n');
    const run = await runCli(["check", "policies/regional.policy"], dir);
    expect(run.stdout).not.toMatch(/Q00[6-9]/);
  });

  it("a chain of bases that returns to itself through a link is reported as a cycle (Q007), not followed for ever", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/a.policy"), 'base a "A" {\n  vocabulary "vocabulary.policy"\n  extends "b.policy"\n}\n');
    symlinkSync(path.join(dir, "policies/a.policy"), path.join(dir, "policies/b.policy"));
    writeFileSync(path.join(dir, "policies/board.policy"), 'policy board "Board" {\n  extends "a.policy"\n}\n');
    const run = await runCli(["check", "policies/board.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/error Q007: `b\.policy` leads back to a file already in this chain/);
  });

  it("a file that is not UTF-8 is refused with a clear reason", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/latin1.policy"), Buffer.from([0x70, 0x6f, 0x6c, 0x69, 0x63, 0x79, 0x20, 0xe9, 0x0a]));
    const run = await runCli(["compile", "policies/latin1.policy"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the file is not UTF-8 text");
  });

  it("compile -o onto the policy itself is refused and the policy kept", async () => {
    const dir = scratchPolicies();
    const before = readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8");
    const run = await runCli(["compile", "policies/lancashire.policy", "-o", "policies/lancashire.policy"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the output would overwrite the policy itself");
    expect(readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8")).toBe(before);
  });

  it("a policy that fails through its base is reported as not compiled, with the base's errors counted", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/broken-base.policy"), 'base broken "Broken" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majority decides\n  executive decision by chair\n}\n');
    writeFileSync(path.join(dir, "policies/child.policy"), 'policy child_board "Child board" {\n  extends "broken-base.policy"\n}\n');
    const run = await runCli(["check", "policies/child.policy", "--format", "json"], dir);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { files: { path: string; ok: boolean; errors: number }[] };
    expect(out.files[0]?.ok).toBe(false);
    expect(out.files[0]?.errors).toBeGreaterThan(0);
  });

  it("output cut short by its reader ends quietly, without a stack trace", async () => {
    const child = spawn(`${process.execPath} ${path.join(REPO, "bin/quorate.js")} check policies | head -1`, { cwd: ENGINE, shell: true });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    await new Promise((resolve) => child.on("close", resolve));
    expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
  });

  it("a batch cut short by its reader exits 1 when it had already met a line it could not decide, and 0 when not", async () => {
    // The reader takes the first records and closes while the batch is still reading its
    // input: the batch must stop at once, with the exit code it had reached.
    const cutShort = async (firstLine: string) => {
      const child = spawn(process.execPath, [path.join(REPO, "bin/quorate.js"), "eval", "policies/lancashire.policy", "--batch", "-"], { cwd: ENGINE, stdio: ["pipe", "pipe", "pipe"] });
      let stderr = "";
      child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
      child.stdout.once("data", () => child.stdout.destroy());
      child.stdin.on("error", () => {}); // the batch stops reading once its output is gone
      const conference = JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "a", role: "police_officer", organisation: "Police", views: { amy: "register" } }] });
      const feed = (async () => {
        child.stdin.write(firstLine + "\n");
        for (let i = 0; i < 2_000 && !child.stdin.destroyed; i++) {
          if (!child.stdin.write((conference + "\n").repeat(100))) await new Promise((resolve) => child.stdin.once("drain", resolve).once("close", resolve));
        }
        child.stdin.end();
      })();
      const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
      await feed;
      expect(stderr).not.toMatch(/EPIPE|^\s+at /m);
      // Cut short: the closing summary of a finished run never came.
      expect(stderr).not.toMatch(/decided under|Quorate can decide/);
      return code;
    };
    expect(await cutShort("{ not a conference")).toBe(1);
    expect(await cutShort(JSON.stringify({ children: [{ id: "ben" }], attendees: [] }))).toBe(0);
  }, 60_000);
});
