/**
 * What `compile -o`, `diff -o` and `fmt --write` write over. A link is written through to
 * the file it leads to and stays a link; a pipe, a device or a folder is refused and left
 * as it was; a file keeps its permissions, its owner and its other names (hard links); and
 * no command writes over a file it reads. Pipes and devices are made in scratch folders
 * (`mkfifo`, `mknod`), never the system's own /dev entries.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { temporaryFileOf } from "../../cli/io.js";
import { REPO, runCli, scratchPolicies } from "../helpers/runCli.js";

const COMPILE = ["compile", "policies/lancashire.policy"];
const DIFF = ["diff", "policies/lancashire.policy", "policies/wakefield.policy", "--structural-only", "--format", "json"];
const WRITERS = [
  ["compile -o", COMPILE],
  ["diff -o", DIFF],
] as const;

/** A copy of a bundled policy laid out badly, so `fmt --write` has something to write. */
function untidy(dir: string, name: string): string {
  const text = readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8").replace(/\n {2}/g, "\n    ");
  writeFileSync(path.join(dir, "policies", name), text);
  return text;
}

const canMakeDevices = (() => {
  const dir = scratchPolicies();
  return spawnSync("mknod", [path.join(dir, "probe"), "c", "1", "3"]).status === 0;
})();

describe("-o through a link", () => {
  it.each(WRITERS)("%s writes the file the link leads to, and the link stays a link", async (_, args) => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "reports"));
    writeFileSync(path.join(dir, "reports/real.json"), "old\n");
    symlinkSync("reports/real.json", path.join(dir, "out.json"));
    const run = await runCli([...args, "-o", "out.json"], dir);
    expect(run.code, run.stderr).toBeLessThan(2);
    expect(lstatSync(path.join(dir, "out.json")).isSymbolicLink()).toBe(true);
    expect(readlinkSync(path.join(dir, "out.json"))).toBe("reports/real.json");
    expect(JSON.parse(readFileSync(path.join(dir, "reports/real.json"), "utf8"))).toBeTypeOf("object");
  });

  it.each(WRITERS)("%s refuses a link that leads nowhere, and leaves it", async (_, args) => {
    const dir = scratchPolicies();
    symlinkSync("missing/real.json", path.join(dir, "out.json"));
    const run = await runCli([...args, "-o", "out.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot write `out.json`: it is a link to `missing/real.json`, which does not exist");
    expect(run.stderr).toMatch(/help: /);
    expect(readlinkSync(path.join(dir, "out.json"))).toBe("missing/real.json");
  });
});

describe("a link leading out of the working folder", () => {
  it.each(WRITERS)("%s refuses to write through a link, to the file or to a folder on the way, that leads outside; an explicit path outside is written", async (_, args) => {
    const outside = scratchPolicies();
    writeFileSync(path.join(outside, "bashrc"), "keep me\n");
    const dir = scratchPolicies();
    symlinkSync(path.join(outside, "bashrc"), path.join(dir, "report.json"));
    symlinkSync(outside, path.join(dir, "reports"));
    for (const name of ["report.json", "reports/new.json"]) {
      const run = await runCli([...args, "-o", name], dir);
      expect(run.code, name).toBe(2);
      expect(run.stderr).toContain(`error: cannot write \`${name}\`: it leads, through a link, to`);
      expect(run.stderr).toContain("outside this folder");
    }
    expect(readFileSync(path.join(outside, "bashrc"), "utf8")).toBe("keep me\n");
    expect(() => statSync(path.join(outside, "new.json"))).toThrow();
    const explicit = await runCli([...args, "-o", path.join(outside, "chosen.json")], dir);
    expect(explicit.code).toBeLessThan(2);
    expect(statSync(path.join(outside, "chosen.json")).isFile()).toBe(true);
  });
});

describe("-o onto something that is not an ordinary file", () => {
  it.each(WRITERS)("%s refuses a pipe and leaves it a pipe", async (_, args) => {
    const dir = scratchPolicies();
    execMkfifo(path.join(dir, "pipe"));
    const run = await runCli([...args, "-o", "pipe"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot write `pipe`: it is a pipe, not an ordinary file");
    expect(run.stderr).toMatch(/help: /);
    expect(lstatSync(path.join(dir, "pipe")).isFIFO()).toBe(true);
  });

  it.skipIf(!canMakeDevices).each(WRITERS)("%s refuses a device (one made here), directly or through a link, and leaves it a device", async (_, args) => {
    const dir = scratchPolicies();
    expect(spawnSync("mknod", [path.join(dir, "null"), "c", "1", "3"]).status).toBe(0);
    symlinkSync("null", path.join(dir, "linked"));
    for (const name of ["null", "linked"]) {
      const run = await runCli([...args, "-o", name], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`error: cannot write \`${name}\`: it is a device, not an ordinary file`);
    }
    expect(lstatSync(path.join(dir, "null")).isCharacterDevice()).toBe(true);
  });

  it.each(WRITERS)("%s refuses a folder", async (_, args) => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "reports"));
    const run = await runCli([...args, "-o", "reports"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot write `reports`: it is a folder, not a file");
  });
});

function execMkfifo(file: string): void {
  expect(spawnSync("mkfifo", [file]).status).toBe(0);
}

describe("a file written over keeps its permissions, owner and other names", () => {
  it.each(WRITERS)("%s over a 0600 file owned by someone else with a second name: all kept", async (_, args) => {
    const dir = scratchPolicies();
    const out = path.join(dir, "out.json");
    writeFileSync(out, "old\n");
    chmodSync(out, 0o600);
    linkSync(out, path.join(dir, "other-name.json"));
    const owned = process.getuid?.() === 0;
    if (owned) chownSync(out, 1234, 1234);
    const before = statSync(out);
    const run = await runCli([...args, "-o", "out.json"], dir);
    expect(run.code, run.stderr).toBeLessThan(2);
    const after = statSync(out);
    expect(after.mode & 0o777).toBe(0o600);
    expect(after.ino).toBe(before.ino);
    expect(after.nlink).toBe(2);
    if (owned) expect([after.uid, after.gid]).toEqual([1234, 1234]);
    expect(readFileSync(path.join(dir, "other-name.json"), "utf8")).toBe(readFileSync(out, "utf8"));
    expect(readFileSync(out, "utf8")).not.toBe("old\n");
  });

  it("compile -o over a 0600 file (one name) keeps 0600", async () => {
    const dir = scratchPolicies();
    const out = path.join(dir, "out.json");
    writeFileSync(out, "old\n");
    chmodSync(out, 0o600);
    const run = await runCli([...COMPILE, "-o", "out.json"], dir);
    expect(run.code).toBe(0);
    expect(statSync(out).mode & 0o777).toBe(0o600);
  });

  it("a hard-linked file that fails halfway is put back as it was", async () => {
    const dir = scratchPolicies();
    const out = path.join(dir, "out.json");
    writeFileSync(out, "the previous output\n");
    linkSync(out, path.join(dir, "other-name.json"));
    const run = await runCli([...COMPILE, "-o", "out.json"], dir, { QUORATE_TEST_INTERRUPT: "mid-write" });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: cannot write `out.json`: the disk is full");
    expect(readFileSync(out, "utf8")).toBe("the previous output\n");
    expect(readFileSync(path.join(dir, "other-name.json"), "utf8")).toBe("the previous output\n");
  });
});

describe("a hard-linked file's write killed outright", () => {
  it("leaves the file as it was and its old text in a hidden `.old` copy beside it; the next run writes it", () => {
    const dir = scratchPolicies();
    const out = path.join(dir, "out.json");
    writeFileSync(out, "the previous output\n");
    linkSync(out, path.join(dir, "other-name.json"));
    const bin = path.join(REPO, "bin/quorate.js");
    const killed = spawnSync(process.execPath, [bin, ...COMPILE, "-o", "out.json"], { cwd: dir, env: { ...process.env, QUORATE_TEST_INTERRUPT: "before-rename" } });
    expect(killed.signal).toBe("SIGKILL");
    expect(readFileSync(out, "utf8")).toBe("the previous output\n");
    const copies = readdirSync(dir).filter((name) => temporaryFileOf(name)?.kind === "old");
    expect(copies).toHaveLength(1);
    expect(readFileSync(path.join(dir, copies[0] as string), "utf8")).toBe("the previous output\n");
    rmSync(path.join(dir, copies[0] as string));
    const again = spawnSync(process.execPath, [bin, ...COMPILE, "-o", "out.json"], { cwd: dir });
    expect(again.status).toBe(0);
    expect(readFileSync(path.join(dir, "other-name.json"), "utf8")).toContain('"id": "lancashire"');
  });
});

describe("a hard-linked file's rewrite interrupted by a signal", () => {
  it("SIGTERM half-way is held back until the file is complete (never the new text with the old one's tail), then ends the run", () => {
    const dir = scratchPolicies();
    const out = path.join(dir, "out.json");
    writeFileSync(out, "x".repeat(500_000));
    linkSync(out, path.join(dir, "other-name.json"));
    const run = spawnSync(process.execPath, [path.join(REPO, "bin/quorate.js"), ...COMPILE, "-o", "out.json"], { cwd: dir, env: { ...process.env, QUORATE_TEST_INTERRUPT: "signal-mid-rewrite" } });
    expect(run.signal).toBe("SIGTERM");
    expect(JSON.parse(readFileSync(path.join(dir, "other-name.json"), "utf8"))).toMatchObject({ id: "lancashire" });
    expect(readdirSync(dir).filter((name) => temporaryFileOf(name) !== undefined)).toEqual([]);
  });
});

describe("fmt --write", () => {
  it("through a link: formats the real file and keeps the link", async () => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "drafts"));
    const original = untidy(dir, "../drafts/real.policy");
    symlinkSync("../drafts/real.policy", path.join(dir, "policies/linked.policy"));
    const run = await runCli(["fmt", "--write", "policies/linked.policy"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("formatted policies/linked.policy");
    expect(lstatSync(path.join(dir, "policies/linked.policy")).isSymbolicLink()).toBe(true);
    const now = readFileSync(path.join(dir, "drafts/real.policy"), "utf8");
    expect(now).not.toBe(original);
    expect(now).toBe(readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8"));
  });

  it("keeps a 0600 file 0600, and its hard link pointing at the formatted text", async () => {
    const dir = scratchPolicies();
    untidy(dir, "untidy.policy");
    const file = path.join(dir, "policies/untidy.policy");
    chmodSync(file, 0o600);
    linkSync(file, path.join(dir, "other-name.policy"));
    const run = await runCli(["fmt", "--write", "policies/untidy.policy"], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(statSync(file).nlink).toBe(2);
    const formatted = readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8");
    expect(readFileSync(file, "utf8")).toBe(formatted);
    expect(readFileSync(path.join(dir, "other-name.policy"), "utf8")).toBe(formatted);
  });
});

describe("no command writes over a file it reads", () => {
  it("diff -o onto one of the policies compared is refused, and the policy kept", async () => {
    const dir = scratchPolicies();
    const before = readFileSync(path.join(dir, "policies/wakefield.policy"), "utf8");
    const run = await runCli([...DIFF, "-o", "policies/wakefield.policy"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: `-o policies/wakefield.policy` would write over `policies/wakefield.policy`, which this command reads");
    expect(run.stderr).toMatch(/help: /);
    expect(readFileSync(path.join(dir, "policies/wakefield.policy"), "utf8")).toBe(before);
  });

  it.each([
    ["the vocabulary it reads", COMPILE, "policies/vocabulary.policy"],
    ["the base a policy extends", ["compile", "policies/mid-and-west-wales.policy"], "policies/wales-safeguarding-procedures.policy"],
    ["diff: the vocabulary", DIFF, "policies/vocabulary.policy"],
  ])("%s is refused", async (_, args, target) => {
    const dir = scratchPolicies();
    const before = readFileSync(path.join(dir, target), "utf8");
    const run = await runCli([...args, "-o", target], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`would write over \`${target}\`, which this command reads`);
    expect(readFileSync(path.join(dir, target), "utf8")).toBe(before);
  });

  it("a link to, or another name of, a file it reads is refused too", async () => {
    const dir = scratchPolicies();
    symlinkSync("policies/vocabulary.policy", path.join(dir, "linked.json"));
    linkSync(path.join(dir, "policies/lancashire.policy"), path.join(dir, "same-file.json"));
    for (const name of ["linked.json", "same-file.json"]) {
      const run = await runCli([...COMPILE, "-o", name], dir);
      expect(run.code, name).toBe(2);
      expect(run.stderr).toContain(`\`-o ${name}\` would write over`);
    }
    expect(readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8")).toContain("policy lancashire");
  });
});

describe("the name given to -o", () => {
  it("`-o \"\"` is a usage error, not a quiet write to standard output", async () => {
    for (const args of [COMPILE, DIFF]) {
      const run = await runCli([...args, "-o", ""], scratchPolicies());
      expect(run.code).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr).toContain("error: `-o` was given an empty file name");
    }
  });

  it("`-o -` means standard output, and makes no file named `-`", async () => {
    for (const args of [COMPILE, DIFF]) {
      const dir = scratchPolicies();
      const run = await runCli([...args, "-o", "-"], dir);
      expect(run.code).toBeLessThan(2);
      expect(JSON.parse(run.stdout)).toBeTypeOf("object");
      expect(() => statSync(path.join(dir, "-"))).toThrow();
    }
  });

  it("a name of 250 characters, valid on the disk, is written (its temporary file's name is shortened)", async () => {
    const dir = scratchPolicies();
    const name = `${"n".repeat(245)}.json`;
    const run = await runCli([...COMPILE, "-o", name], dir);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(readFileSync(path.join(dir, name), "utf8"))).toMatchObject({ id: "lancashire" });
  });

  it("a name too long for the disk is said so in words", async () => {
    const run = await runCli([...COMPILE, "-o", `${"n".repeat(300)}.json`], scratchPolicies());
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("the name is too long for the file system");
    expect(run.stderr).not.toContain("ENAMETOOLONG");
  });
});
