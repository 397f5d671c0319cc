/**
 * Output that cannot be written (a full disk, `> /dev/full`, a device error) is one message
 * and exit 2, never a stack trace. The failures come from a stream that errors, and, for
 * the installed binary, from a copy of the "full" device made in a scratch folder: never
 * the system's own /dev entries.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, describe, expect, it } from "vitest";
import { guardOutput } from "../../cli/outputErrors.js";
import { main } from "../../cli/main.js";
import { runChild, type ChildRun } from "../helpers/childRun.js";
import { ENGINE, REPO } from "../helpers/runCli.js";

/** A stream whose every write fails with `code`. */
function failingStream(code: string): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback(Object.assign(new Error(`${code}: write failed`), { code, syscall: "write" }));
    },
  });
}

async function runFailing(code: string, args: string[]): Promise<{ exit: number | undefined; stderr: string }> {
  const stdout = failingStream(code);
  let stderr = "";
  const stderrStream = { on: () => undefined, write: (t: string) => (stderr += t), isTTY: false };
  let exit: number | undefined;
  let returned = 0;
  guardOutput({ stdout, stderr: stderrStream, exit: (c) => void (exit ??= c), codeSoFar: () => returned });
  returned = await main(args, { stdout, stderr: stderrStream, cwd: ENGINE, env: { NO_COLOR: "1" } });
  await new Promise((resolve) => setImmediate(resolve));
  return { exit: exit ?? returned, stderr };
}

describe("standard output that cannot be written", () => {
  it.each([
    ["ENOSPC", "the disk is full"],
    ["EIO", "the device it goes to reported an error"],
    ["EDQUOT", "the disk quota is used up"],
  ])("%s: one message naming the reason, exit 2, no stack trace", async (code, reason) => {
    for (const args of [["check", "policies"], ["summary", "policies"], ["compile", "policies/wakefield.policy"], ["eval", "policies/wakefield.policy", "policies/scenarios/conferences/health-split.json"]]) {
      const run = await runFailing(code, args);
      expect(run.exit, args.join(" ")).toBe(2);
      const message = `error: the output could not be written: ${reason}\n  help: what was written is incomplete; check where the output goes (the disk, its space), then run the command again\n`;
      expect(run.stderr.endsWith(message), run.stderr).toBe(true);
      expect(run.stderr.split("could not be written")).toHaveLength(2);
    }
  });

  it("a reader that stopped early (EPIPE) ends quietly with the code reached so far", async () => {
    const run = await runFailing("EPIPE", ["check", "policies"]);
    expect(run.exit).toBe(0);
    expect(run.stderr).toBe("");
  });
});

describe("the installed binary writing to a full device", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "quorate-full-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  // A "full" device (character device 1,7) made here; where nodes cannot be made, the stream tests above stand.
  const full = path.join(dir, "full");
  const made = spawnSync("mknod", [full, "c", "1", "7"]).status === 0;

  it.skipIf(!made)("every command says the output could not be written, exit 2, with no stack trace", async () => {
    const commands = [
      ["check", "policies"],
      ["summary", "policies"],
      ["test", "policies"],
      ["fmt", "policies/wakefield.policy"],
      ["diff", "policies/wakefield.policy", "policies/lancashire.policy", "--structural-only"],
      ["eval", "policies/wakefield.policy", "--batch", path.join(REPO, "bench/realistic-conference.json")],
    ];
    // Each command writes to a descriptor of its own, so they run side by side.
    const runs = await Promise.all(
      commands.map(async (args) => {
        const fd = openSync(full, "w");
        try {
          return await runChild(process.execPath, [path.join(REPO, "bin/quorate.js"), ...args], { cwd: ENGINE, stdio: ["ignore", fd, "pipe"], env: { ...process.env, NO_COLOR: "1" } });
        } finally {
          closeSync(fd);
        }
      }),
    );
    commands.forEach((args, i) => {
      const run = runs[i] as ChildRun;
      expect(run.status, args.join(" ")).toBe(2);
      expect(run.stderr).toContain("error: the output could not be written: the disk is full");
      expect(run.stderr).not.toMatch(/^\s+at /m);
    });
  });
});
