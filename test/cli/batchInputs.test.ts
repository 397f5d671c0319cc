/**
 * What `eval --batch` and `impact` read conferences from: a folder given as standard input
 * (`< /tmp`) or a device named as the file (an endless `/dev/zero`) is refused (exit 2)
 * rather than taken for an empty history or read for ever; a byte-order mark is accepted at
 * the start of the input only. Devices are made in a scratch folder, never /dev's own.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliWithStdin } from "../helpers/batch.js";
import { ENGINE, REPO, runCli, scratchPolicies } from "../helpers/runCli.js";

const BIN = path.join(REPO, "bin/quorate.js");
const line = JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "a", role: "health_visitor", views: { amy: "register" } }] });

describe("standard input that is a folder", () => {
  it.each([
    ["eval --batch -", ["eval", "policies/wakefield.policy", "--batch", "-"]],
    ["impact", ["impact", "policies/wakefield.policy", "policies/wakefield.policy", "-"]],
  ])("%s: exit 2 saying so, not `0 conferences decided`", (_, args) => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "folder"));
    const fd = openSync(path.join(dir, "folder"), "r");
    try {
      const run = spawnSync(process.execPath, [BIN, ...args], { cwd: ENGINE, stdio: [fd, "pipe", "pipe"], encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
      expect(run.status).toBe(2);
      expect(run.stderr).toContain("error: standard input is a folder, not a file of conferences");
      expect(run.stderr).toContain("help: ");
      expect(run.stdout).toBe("");
    } finally {
      closeSync(fd);
    }
  });
});

describe("a device named as the file of conferences", () => {
  const probe = scratchPolicies();
  const canMakeDevices = spawnSync("mknod", [path.join(probe, "probe"), "c", "1", "5"]).status === 0;

  it.skipIf(!canMakeDevices)("an endless device (a copy of /dev/zero made here) is refused at once, exit 2", async () => {
    const dir = scratchPolicies();
    expect(spawnSync("mknod", [path.join(dir, "zero"), "c", "1", "5"]).status).toBe(0);
    for (const args of [["eval", "policies/wakefield.policy", "--batch", "zero"], ["impact", "policies/wakefield.policy", "policies/wakefield.policy", "zero"]]) {
      const run = await runCli(args, dir);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toContain("error: cannot read `zero`: this is a device, not a file: it may never end");
    }
  });

  it("a folder named as the file is refused, exit 2", async () => {
    const run = await runCli(["eval", "policies/wakefield.policy", "--batch", "policies"], ENGINE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot read `policies`: this is a folder, not a file");
  });
});

describe("a byte-order mark", () => {
  it("is accepted before the first line, and is a problem of its line anywhere else", async () => {
    const run = await runCliWithStdin(["eval", "policies/wakefield.policy", "--batch", "-"], `\ufeff${line}\n${line}\n\ufeff${line}\n`);
    expect(run.code).toBe(1);
    const records = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { line: number; status: string; problems?: { path: string; message: string }[] });
    expect(records.map((r) => r.status)).toEqual(["decided", "decided", "invalid"]);
    expect(records[2]?.problems?.[0]).toMatchObject({ path: "column 1", message: "the line begins with an invisible byte-order mark (U+FEFF), which only the first line of a file may have" });
  });
});
