/**
 * No lost work: `compile -o` and `fmt --write` write a temporary file beside the target and
 * rename it into place. A run killed outright (SIGKILL) before the rename, or failing
 * halfway through a write (a full disk), leaves the original byte for byte; a temporary
 * file a killed run could not remove is cleared by the next write to the same file.
 */
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFileOf } from "../../cli/io.js";
import { REPO, runCli, scratchPolicies } from "../helpers/runCli.js";
import { faultyPlugin } from "../helpers/faultyPlugin.js";
import { runFmt } from "../../cli/commands/fmt.js";

const BIN = path.join(REPO, "bin/quorate.js");

function quorate(args: string[], cwd: string, interrupt?: string) {
  return spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", ...(interrupt ? { QUORATE_TEST_INTERRUPT: interrupt } : {}) } });
}

const temporaries = (dir: string) => readdirSync(dir).filter((name) => temporaryFileOf(name) !== undefined);

/** A copy of a bundled policy laid out badly, so `fmt --write` has something to write. */
function untidy(dir: string, name: string, from = "lancashire"): string {
  const text = readFileSync(path.join(dir, `policies/${from}.policy`), "utf8").replace(/\n {2}/g, "\n    ");
  writeFileSync(path.join(dir, `policies/${name}`), text);
  return text;
}

describe("a write killed before its rename", () => {
  it("compile -o: the previous output is kept byte for byte, and the next run clears the temporary file", () => {
    const dir = scratchPolicies();
    const out = path.join(dir, "out.json");
    writeFileSync(out, "the previous output\n");
    const killed = quorate(["compile", "policies/lancashire.policy", "-o", "out.json"], dir, "before-rename");
    expect(killed.signal).toBe("SIGKILL");
    expect(readFileSync(out, "utf8")).toBe("the previous output\n");
    // SIGKILL gives no chance to clean up: the complete temporary file is left, hidden.
    expect(temporaries(dir)).toHaveLength(1);
    const again = quorate(["compile", "policies/lancashire.policy", "-o", "out.json"], dir);
    expect(again.status).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toMatchObject({ id: "lancashire" });
    expect(temporaries(dir)).toEqual([]);
  });

  it("fmt --write: the policy is kept byte for byte, and the next run formats it and clears the temporary file", () => {
    const dir = scratchPolicies();
    const original = untidy(dir, "untidy.policy");
    const killed = quorate(["fmt", "--write", "policies/untidy.policy"], dir, "before-rename");
    expect(killed.signal).toBe("SIGKILL");
    expect(readFileSync(path.join(dir, "policies/untidy.policy"), "utf8")).toBe(original);
    expect(temporaries(path.join(dir, "policies"))).toHaveLength(1);
    const again = quorate(["fmt", "--write", "policies/untidy.policy"], dir);
    expect(again.status).toBe(0);
    expect(readFileSync(path.join(dir, "policies/untidy.policy"), "utf8")).toBe(readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8"));
    expect(temporaries(path.join(dir, "policies"))).toEqual([]);
  });
});

describe("a write that fails halfway (the disk is full)", () => {
  it("compile -o: exit 2 naming the file, the previous output kept, no temporary file left", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "out.json"), "the previous output\n");
    const run = await runCli(["compile", "policies/lancashire.policy", "-o", "out.json"], dir, { QUORATE_TEST_INTERRUPT: "mid-write" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot write `out.json`: the disk is full");
    expect(run.stderr).toContain("help: check that the folder exists, can be written to and has room; a file already there is unchanged");
    expect(readFileSync(path.join(dir, "out.json"), "utf8")).toBe("the previous output\n");
    expect(temporaries(dir)).toEqual([]);
  });

  it("fmt --write: exit 2 naming the file, the policy kept, no temporary file left", async () => {
    const dir = scratchPolicies();
    const original = untidy(dir, "untidy.policy");
    const run = await runCli(["fmt", "--write", "policies/untidy.policy"], dir, { QUORATE_TEST_INTERRUPT: "mid-write" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot write `policies/untidy.policy`: the disk is full; the file is unchanged");
    expect(readFileSync(path.join(dir, "policies/untidy.policy"), "utf8")).toBe(original);
    expect(temporaries(path.join(dir, "policies"))).toEqual([]);
  });
});

describe("fmt --write killed at a moment nobody chose", () => {
  it("leaves every policy either as it was or completely formatted, never half-written", async () => {
    const dir = scratchPolicies();
    const formatted = readFileSync(path.join(dir, "policies/cwm-taf-morgannwg.policy"), "utf8");
    const originals = new Map<string, string>();
    for (let i = 0; i < 30; i++) originals.set(`policies/untidy-${String(i).padStart(2, "0")}.policy`, untidy(dir, `untidy-${String(i).padStart(2, "0")}.policy`, "cwm-taf-morgannwg"));
    const child = spawn(process.execPath, [BIN, "fmt", "--write", "policies"], { cwd: dir, env: { ...process.env, NO_COLOR: "1" } });
    // Killed as soon as the first file is reported written, while the next is being formatted or written.
    await new Promise<void>((resolve) => {
      child.stdout.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("formatted ")) child.kill("SIGKILL");
      });
      child.on("close", () => resolve());
    });
    let done = 0;
    for (const [file, original] of originals) {
      const now = readFileSync(path.join(dir, file), "utf8");
      expect([original, formatted], file).toContain(now);
      if (now === formatted) done++;
    }
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(originals.size);
    // The next run finishes the job and leaves no temporary file behind.
    const again = quorate(["fmt", "--write", "policies"], dir);
    expect(again.status).toBe(0);
    for (const file of originals.keys()) expect(readFileSync(path.join(dir, file), "utf8")).toBe(formatted);
    expect(temporaries(path.join(dir, "policies"))).toEqual([]);
  });
});

describe("fmt --write never writes a layout that would change the policy's meaning", () => {
  it("refuses the file, names it, exits 1 and leaves it byte for byte", async () => {
    const dir = scratchPolicies();
    const original = untidy(dir, "untidy.policy");
    copyFileSync(path.join(dir, "policies/untidy.policy"), path.join(dir, "before.policy"));
    let stderr = "";
    const code = await runFmt(
      { paths: ["policies/untidy.policy"], mode: "write", plugin: faultyPlugin(original, (t) => t.replace("vote by individual", "vote by agency")) },
      { stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) }, cwd: dir, env: { NO_COLOR: "1" } },
    );
    expect(code).toBe(1);
    expect(stderr).toContain("error: `policies/untidy.policy` was not formatted: formatting would change what the policy means");
    expect(readFileSync(path.join(dir, "policies/untidy.policy"), "utf8")).toBe(original);
    expect(temporaries(path.join(dir, "policies"))).toEqual([]);
  });
});
