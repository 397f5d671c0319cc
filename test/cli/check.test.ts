import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE, runCli, scratchFixture, scratchPolicies } from "../helpers/runCli.js";

const TODAY = ["--today", "2026-11-24"];

/** Board A of the fixtures with, in reading order, a warning, a note and then an error. */
function boardWithEveryKind(dir: string): string {
  const file = path.join(dir, "policies/board-a.policy");
  const text = readFileSync(file, "utf8")
    .replace('vote by agency cite "voting clause"', 'vote by agency cite "voting clause"\n  ambiguity "whose votes count" reading "each agency\'s" cite "voting clause"')
    .replace('at least 3 agencies taking part cite "quorum clause"', 'at least 3 agencies taking part cite "quorum clause"\n  silent "no rule for unborn children" cite "quorum clause"')
    .replace('neglect "Neglect"', 'neglect "Neglect"\n  nonsense "Nonsense"');
  writeFileSync(file, text);
  return "policies/board-a.policy";
}

describe("quorate check: errors first, then warnings, then notes", () => {
  it("shows the error first though it comes last in the file, and ends with the counts", async () => {
    const dir = scratchFixture("regions");
    const run = await runCli(["check", boardWithEveryKind(dir), ...TODAY], dir);
    expect(run.code).toBe(1);
    const heads = run.stdout.split("\n").filter((line) => /^policies\/board-a\.policy:\d+:\d+: /.test(line));
    expect(heads.map((line) => /: (error|warning|note) Q\d+/.exec(line)?.[1])).toEqual(["error", "warning", "note"]);
    expect(run.stdout).toMatch(/\n1 file checked: 1 error, 1 warning, 1 note\n$/);
  });

  it("--quiet shows errors only, and says what it left out", async () => {
    const dir = scratchFixture("regions");
    const run = await runCli(["check", boardWithEveryKind(dir), "--quiet", ...TODAY], dir);
    expect(run.stdout).toContain("error Q012");
    expect(run.stdout).not.toMatch(/warning Q|note Q/);
    expect(run.stdout).toMatch(/\n1 file checked: 1 error, 1 warning, 1 note \(warnings and notes not shown: --quiet\)\n$/);
  });

  it("--no-notes shows errors and warnings", async () => {
    const dir = scratchFixture("regions");
    const run = await runCli(["check", boardWithEveryKind(dir), "--no-notes", ...TODAY], dir);
    expect(run.stdout).toMatch(/error Q012[\s\S]*warning Q080/);
    expect(run.stdout).not.toContain("note Q081");
    expect(run.stdout).toContain("(notes not shown: --no-notes)");
  });

  it("confirms a change that worked: no errors, the file compiles", async () => {
    const dir = scratchFixture("regions");
    const run = await runCli(["check", "policies/board-a.policy", ...TODAY], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("1 file checked: no errors, no warnings, no notes\n✓ no errors: policies/board-a.policy compiles\n");
  });

  it("--quiet and --no-notes are for people and annotations, not for json or sarif", async () => {
    const run = await runCli(["check", "policies", "--quiet", "--format", "json"], ENGINE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("`--quiet` is for text and github output");
  });
});

describe("quorate check --strict: readings await the board's sign-off", () => {
  it("fails while a reading is not confirmed, and passes once the board confirms it", async () => {
    const dir = scratchFixture("regions");
    const file = path.join(dir, "policies/board-a.policy");
    const read = readFileSync(file, "utf8");
    writeFileSync(file, read.replace('vote by agency cite "voting clause"', 'vote by agency cite "voting clause"\n  ambiguity "whose votes count" reading "each agency\'s" cite "voting clause"'));
    const plain = await runCli(["check", "policies/board-a.policy", ...TODAY], dir);
    expect(plain.code).toBe(0);
    const strict = await runCli(["check", "policies/board-a.policy", "--strict", ...TODAY], dir);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toMatch(/✗ --strict: 1 reading awaits the board's sign-off/);
    const json = await runCli(["check", "policies/board-a.policy", "--strict", "--format", "json", ...TODAY], dir);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ awaitingSignOff: 1 });

    writeFileSync(file, read.replace('vote by agency cite "voting clause"', 'vote by agency cite "voting clause"\n  ambiguity "whose votes count" reading "each agency\'s" confirmed by "Board business group" on 2026-11-01 cite "voting clause"'));
    const signed = await runCli(["check", "policies/board-a.policy", "--strict", ...TODAY], dir);
    expect(signed.code).toBe(0);
    expect(signed.stdout).toContain("note Q082: the protocol is ambiguous (voting clause): whose votes count");
    expect(signed.stdout).not.toContain("--strict");
  });

  it("counts a rule Quorate supplies by default as awaiting sign-off", async () => {
    const dir = scratchFixture("regions");
    const file = path.join(dir, "policies/board-a.policy");
    writeFileSync(file, readFileSync(file, "utf8").replace("at least 3 agencies taking part", "at least 3 agencies"));
    const strict = await runCli(["check", "policies/board-a.policy", "--strict", ...TODAY], dir);
    expect(strict.stdout).toContain("note Q088");
    expect(strict.code).toBe(1);
  });

  it("is a flag of check alone", async () => {
    const run = await runCli(["summary", "policies", "--strict"], ENGINE);
    expect(run.code).toBe(2);
  });
});

describe("quorate check", () => {
  it("passes the bundled policies (exit 0), showing warnings and notes", async () => {
    const run = await runCli(["check", "policies", ...TODAY], ENGINE);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\d+ files checked: no errors, \d+ warnings, \d+ notes\n✓ no errors: all \d+ files compile\n$/);
    expect(run.stdout).toContain("warning Q070: the review date 2025-03-21 has passed");
    expect(run.stdout).toContain("warning Q080: the protocol is ambiguous (§8, groupings 3 and 5): GP is listed under both");
  });

  it("--format json gives the stable machine-readable shape", async () => {
    const run = await runCli(["check", "policies", "--format", "json", ...TODAY], ENGINE);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      version: number;
      files: { path: string; ok: boolean; errors: number }[];
      diagnostics: { code: string; severity: string; file: string; range: { start: { line: number; column: number } } }[];
      counts: { errors: number; warnings: number; infos: number };
    };
    expect(out.version).toBe(1);
    expect(out.files.map((f) => f.path)).toEqual([
      "policies/cwm-taf-morgannwg.policy",
      "policies/lancashire.policy",
      "policies/mid-and-west-wales.policy",
      "policies/south-ayrshire.policy",
      "policies/vocabulary.policy",
      "policies/wakefield.policy",
      "policies/wales-safeguarding-procedures.policy",
    ]);
    expect(out.files.every((f) => f.ok && f.errors === 0)).toBe(true);
    expect(out.counts.errors).toBe(0);
    expect(out.counts.warnings).toBe(out.diagnostics.filter((d) => d.severity === "warning").length);
    const overdue = out.diagnostics.find((d) => d.code === "Q070" && d.file === "policies/wakefield.policy");
    expect(overdue?.range.start).toMatchObject({ line: 16, column: 29 });
  });

  it("a misspelt role in a board policy: exit 1, located error naming it, and a suggestion", async () => {
    const dir = scratchPolicies();
    const file = path.join(dir, "policies/cwm-taf-morgannwg.policy");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace("paediatrician health_visitor school_nurse", "paediatrician helth_visitor school_nurse"));
    const lineNo = text.split("\n").findIndex((l) => l.includes("paediatrician health_visitor")) + 1;
    const column = (text.split("\n")[lineNo - 1]?.indexOf("health_visitor") ?? 0) + 1;
    const run = await runCli(["check", "policies/cwm-taf-morgannwg.policy", ...TODAY], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`policies/cwm-taf-morgannwg.policy:${lineNo}:${column}: error Q010: unknown role \`helth_visitor\``);
    expect(run.stdout).toMatch(new RegExp(`${lineNo} \\|\\s+paediatrician helth_visitor school_nurse`));
    expect(run.stdout).toContain(" ".repeat(column - 1) + "^".repeat("helth_visitor".length));
    expect(run.stdout).toContain("help: did you mean `health_visitor`?");
    expect(run.stdout).toMatch(/1 file checked: 1 error/);
  });

  it("a policy truncated in the middle: exit 1, located errors, no stack trace", async () => {
    const dir = scratchPolicies();
    const file = path.join(dir, "policies/wakefield.policy");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.slice(0, Math.floor(text.length / 2)));
    const run = await runCli(["check", "policies/wakefield.policy"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/policies\/wakefield\.policy:\d+:\d+: error Q002: /);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  });

  it("checks a folder's policies and reports errors in each file", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/broken.policy"), 'policy broken "Broken" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majority decides\n}\n');
    const run = await runCli(["check", "policies", ...TODAY], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("policies/broken.policy:5:3: error Q042: votes can tie under `majority decides`");
    expect(run.stdout).toMatch(/8 files checked: \d+ errors/);
  });

  it("usage problems exit 2 with a message and a hint", async () => {
    const cases: [string[], RegExp][] = [
      [["check", "no-such-folder"], /cannot read `no-such-folder`: the file does not exist/],
      [["check", "policies", "--format", "xml"], /unknown format `xml`/],
      [["check", "--bogus"], /unknown option `--bogus`/],
      [["check", "policies", "--today", "2026-13-01"], /`--today 2026-13-01` is not a date/],
      [["frobnicate"], /unknown command `frobnicate`/],
      [["check", "policies/scenarios"], /no `.policy` files in `policies\/scenarios`/],
    ];
    for (const [args, message] of cases) {
      const run = await runCli(args, ENGINE);
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).toContain("help:");
    }
  });

  it("--help and --version", async () => {
    const help = await runCli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("quorate check [paths…]");
    const version = await runCli(["--version"]);
    expect(version.stdout).toMatch(/^quorate \d+\.\d+\.\d+\n$/);
    expect((await runCli([])).code).toBe(2);
  });
});
