/**
 * Text written for a person (a terminal, a CI log) never carries a control character from
 * the input: a policy's quoted texts (a raw ESC, a `\n` escape), a conference's ids, a
 * scenario's names and file names can all hold them, and printed raw they could retitle
 * the terminal (`ESC ] 0 ;`), hide text, or start a line `::error` that GitHub Actions
 * reads as an annotation of its own. Each is shown escaped, as `\u001b`, on the line it
 * belongs to.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCliWithStdin } from "../helpers/batch.js";
import { runCli, scratchPolicies } from "../helpers/runCli.js";

const ESC = "\u001b";
const FORGED = "::error title=forged::PWNED";
/** A control character other than a line break (the output's own), or a line that GitHub would read as a command. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|^::/m;

function unsafeIn(text: string): string | undefined {
  const found = UNSAFE.exec(text);
  if (!found) return undefined;
  const at = found.index;
  return JSON.stringify(text.slice(Math.max(0, at - 60), at + 40));
}

/** A board's copy whose title, citations and a silence carry an ESC sequence and a forged annotation, in a folder whose names do too. */
function hostileBoard(): { dir: string; policy: string } {
  const dir = scratchPolicies();
  const source = readFileSync(path.join(dir, "policies/wakefield.policy"), "utf8");
  const hostile = source
    .replace(/^(policy wakefield ")([^"]*)"/m, `$1${ESC}]0;PWNED\\u0007 $2\\n${FORGED}"`)
    .replace(/cite "([^"]*)"/, `cite "$1 ${ESC}[2J\\n${FORGED}"`);
  const policy = `policies/odd${ESC}[31m\nname.policy`;
  writeFileSync(path.join(dir, policy), hostile);
  return { dir, policy };
}

const hostileConference = {
  title: `meeting${ESC}]0;PWNED\u0007\n${FORGED}`,
  children: [{ id: `amy${ESC}[2J`, name: `Amy\n${FORGED}` }, { id: `ben\n${FORGED}` }],
  attendees: [
    { id: `a1${ESC}[8m`, role: "children_social_worker", organisation: `Social care\n${FORGED}`, views: { [`amy${ESC}[2J`]: "register" } },
    { id: "a2", role: `helth${ESC}]0;x\u0007visitor\n${FORGED}` },
  ],
};

describe("control characters from the input are shown escaped, never raw", () => {
  it("check (text and github), summary and compile, with the hostile strings in the policy and its file name", async () => {
    const { dir, policy } = hostileBoard();
    // The summary compares the hostile board with one other: its pair's line names it too.
    for (const args of [["check", policy], ["check", "policies"], ["summary", policy, "policies/lancashire.policy"], ["compile", policy, "-o", "out.json"]]) {
      const run = await runCli(args, dir);
      expect(unsafeIn(run.stdout), `${args.join(" ")} stdout`).toBeUndefined();
      expect(unsafeIn(run.stderr), `${args.join(" ")} stderr`).toBeUndefined();
    }
    const summary = await runCli(["summary", policy], dir);
    expect(summary.stdout).toContain("\\u001b]0;PWNED\\u0007");
    expect(summary.stdout).toContain(`\\u000a${FORGED}`);
    // Annotations are the one output whose lines begin `::`: one per finding, each on its own line.
    const github = await runCli(["check", "policies", "--format", "github"], dir);
    const lines = github.stdout.trimEnd().split("\n");
    expect(lines.slice(0, -1).every((line) => /^::(error|warning|notice) file=/.test(line))).toBe(true);
    expect(unsafeIn(lines.map((line) => line.replace(/^::/, "")).join("\n"))).toBeUndefined();
  });

  it("a policy file name in a syntax error and in `fmt` output", async () => {
    const { dir } = hostileBoard();
    writeFileSync(path.join(dir, `policies/broken${ESC}]0;x\u0007\n${FORGED}.policy`), 'policy broken "Broken" {\n  owner "x\n}\n');
    // (`quorate fmt <file>` prints the policy itself, as data: it is not among these.)
    for (const args of [["check", "policies"], ["fmt", "--check", "policies"], ["fmt", "--write", "policies"]]) {
      const run = await runCli(args, dir);
      expect(unsafeIn(run.stdout), `${args.join(" ")} stdout`).toBeUndefined();
      expect(unsafeIn(run.stderr), `${args.join(" ")} stderr`).toBeUndefined();
    }
  });

  it("eval (text) and its problems with a conference's ids, and eval --batch's summary", async () => {
    const { dir, policy } = hostileBoard();
    const valid = { ...hostileConference, attendees: [hostileConference.attendees[0]] };
    writeFileSync(path.join(dir, "valid.json"), JSON.stringify(valid));
    writeFileSync(path.join(dir, "invalid.json"), JSON.stringify(hostileConference));
    for (const args of [["eval", policy, "valid.json"], ["eval", policy, "invalid.json"], ["eval", "policies/wakefield.policy", "invalid.json"]]) {
      const run = await runCli(args, dir);
      expect(unsafeIn(run.stdout), `${args.join(" ")} stdout`).toBeUndefined();
      expect(unsafeIn(run.stderr), `${args.join(" ")} stderr`).toBeUndefined();
    }
    const decided = await runCli(["eval", policy, "valid.json"], dir);
    expect(decided.stdout).toContain("amy\\u001b[2J");
    const batch = await runCliWithStdin(["eval", policy, "--batch", "-"], `${JSON.stringify(valid)}\n${JSON.stringify(hostileConference)}\n`, { cwd: dir });
    expect(unsafeIn(batch.stderr)).toBeUndefined();
  });

  it("test: scenario names, clauses, children and problems", async () => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, `policies/scenarios/odd${ESC}[2J\n${FORGED}`));
    const scenarios = {
      policy: "../wakefield.policy",
      scenarios: [
        { name: `one${ESC}]0;PWNED\u0007\n${FORGED}`, clause: `§1${ESC}[8m\n${FORGED}`, conference: { ...hostileConference, attendees: [hostileConference.attendees[0]] }, expect: { [`amy${ESC}[2J`]: { outcome: "not_register" }, [`zed\n${FORGED}`]: { outcome: "register" } } },
        { name: "two", clause: "§2", conference: hostileConference, expect: { amy: { outcome: "register" } } },
      ],
    };
    writeFileSync(path.join(dir, "policies/scenarios/hostile.scenarios.json"), JSON.stringify(scenarios));
    const run = await runCli(["test", "policies/scenarios/hostile.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(unsafeIn(run.stdout)).toBeUndefined();
    expect(unsafeIn(run.stderr)).toBeUndefined();
    expect(run.stdout).toContain("one\\u001b]0;PWNED\\u0007\\u000a::error");
  });

  it("impact (text) and diff (text, md)", async () => {
    const { dir, policy } = hostileBoard();
    const line = JSON.stringify({ ...hostileConference, attendees: [hostileConference.attendees[0]] });
    const impact = await runCliWithStdin(["impact", "policies/wakefield.policy", policy, "-"], `${line}\n${JSON.stringify(hostileConference)}\n`, { cwd: dir });
    expect(unsafeIn(impact.stdout)).toBeUndefined();
    expect(unsafeIn(impact.stderr)).toBeUndefined();
    for (const format of ["text", "md"]) {
      const run = await runCli(["diff", "policies/lancashire.policy", policy, "--format", format, "--structural-only"], dir);
      expect(unsafeIn(run.stdout), format).toBeUndefined();
      expect(unsafeIn(run.stderr), format).toBeUndefined();
    }
  });

  it("usage errors naming a file or a value", async () => {
    const dir = scratchPolicies();
    for (const args of [["check", `missing${ESC}]0;x\u0007\n${FORGED}.policy`], ["eval", "policies/wakefield.policy", `no${ESC}[2J\n${FORGED}.json`], ["check", "--format", `x${ESC}[2J\n${FORGED}`]]) {
      const run = await runCli(args, dir);
      expect(run.code).toBe(2);
      expect(unsafeIn(run.stderr), args.join(" ")).toBeUndefined();
    }
  });
});
