/**
 * Every command's exit codes, as the README's table gives them: 0 success, 1 a policy
 * with errors, a failed scenario or files to format, 2 a usage, input or output problem.
 * Each row also names what its message must say: the file, the line or JSON path, and
 * what to do; no row may print a stack trace. The table must cover each command with
 * each of the three codes. (`diff` is covered with its own command.) `eval --batch` and
 * `impact` read a history of conferences: 1 there means some lines could not be decided
 * (eval) or some decision changes (impact), and a broken policy is 2, as nothing is decided.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCli, scratchPolicies } from "../helpers/runCli.js";

interface Row {
  command: string;
  args: string[];
  code: 0 | 1 | 2;
  /** Words the output (standard output and error together) must contain. */
  says: string[];
}

const BROKEN = 'policy broken "Broken" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majorty decides\n}\n';
const FAILING_SCENARIO = JSON.stringify({
  policy: "../cwm-taf-morgannwg.policy",
  scenarios: [{ name: "expects the wrong outcome", clause: "§8", conference: "conferences/health-split.json", expect: { amy: { outcome: "register" } } }],
});

const ROWS: Row[] = [
  { command: "check", args: ["check", "policies/wakefield.policy"], code: 0, says: ["1 file checked: no errors"] },
  { command: "check", args: ["check", "policies/broken.policy"], code: 1, says: ["policies/broken.policy:5:3: error Q002", "help:"] },
  { command: "check", args: ["check", "policies/missing.policy"], code: 2, says: ["error: cannot read `policies/missing.policy`: the file does not exist", "help:"] },
  { command: "check", args: ["check", "policies", "--format", "xml"], code: 2, says: ["error: unknown format `xml`", "help: use one of: text, json, sarif, github"] },

  { command: "compile", args: ["compile", "policies/wakefield.policy"], code: 0, says: ['"id": "wakefield"'] },
  { command: "compile", args: ["compile", "policies/broken.policy", "-o", "out.json"], code: 1, says: ["policies/broken.policy:5:3: error Q002", "policies/broken.policy was not compiled: fix the errors above"] },
  { command: "compile", args: ["compile"], code: 2, says: ["error: name the policy to compile", "help: quorate compile policies/wakefield.policy -o wakefield.json"] },
  { command: "compile", args: ["compile", "policies/wakefield.policy", "-o", "no/such/out.json"], code: 2, says: ["error: cannot write `no/such/out.json`: the folder `no/such` does not exist", "help:"] },
  // /proc exists, but no file can be made in it: the reason must not say the folder is missing.
  { command: "compile", args: ["compile", "policies/wakefield.policy", "-o", "/proc/out.json"], code: 2, says: ["error: cannot write `/proc/out.json`: files cannot be made in the folder `/proc`", "help:"] },

  { command: "eval", args: ["eval", "policies/lancashire.policy", "policies/scenarios/conferences/health-split.json"], code: 0, says: ["amy: REGISTER by majority"] },
  { command: "eval", args: ["eval", "policies/broken.policy", "policies/scenarios/conferences/health-split.json"], code: 1, says: ["policies/broken.policy:5:3: error Q002", "policies/broken.policy has errors, so it cannot decide a conference: run `quorate check policies/broken.policy`"] },
  { command: "eval", args: ["eval", "policies/lancashire.policy", "syntax.json"], code: 2, says: ["syntax.json is not a conference Quorate can decide:", "line 2, column 16: the file is not valid JSON", "help:"] },
  { command: "eval", args: ["eval", "policies/lancashire.policy", "invalid.json"], code: 2, says: ["invalid.json is not a conference Quorate can decide:", "attendees[0].role (attendee `a1`): `helth_visitor` is not a role", "help: did you mean `health_visitor`?"] },
  { command: "eval", args: ["eval", "policies/lancashire.policy"], code: 2, says: ["error: name a policy and a conference file", "help:"] },
  { command: "eval", args: ["eval", "policies/lancashire.policy", "-"], code: 2, says: ["error: a single `quorate eval` reads its conference from a file, not standard input", "help: to read conferences from standard input, one per line, use `quorate eval policies/lancashire.policy --batch -`"] },

  { command: "eval", args: ["eval", "policies/lancashire.policy", "--batch", "history.jsonl"], code: 0, says: ['{"line":1,"status":"decided","children":[{"child":"amy","outcome":"register"', "2 conferences decided under policies/lancashire.policy"] },
  { command: "eval", args: ["eval", "policies/lancashire.policy", "--batch", "mixed.jsonl"], code: 1, says: ['{"line":2,"status":"invalid","problems":[{"path":"attendees[0].role","message":"`helth_visitor` is not a role', "1 of 2 lines is not a conference Quorate can decide (line 2)", "help:"] },
  { command: "eval", args: ["eval", "policies/broken.policy", "--batch", "history.jsonl"], code: 2, says: ["policies/broken.policy:5:3: error Q002", "policies/broken.policy has errors, so it cannot decide a conference"] },
  { command: "eval", args: ["eval", "policies/lancashire.policy", "--batch", "missing.jsonl"], code: 2, says: ["error: cannot read `missing.jsonl`: the file does not exist", "help:"] },

  { command: "impact", args: ["impact", "policies/cwm-taf-morgannwg.policy", "policies/cwm-taf-morgannwg.policy", "history.jsonl"], code: 0, says: ["2 conferences decided under both policies", "0 decisions change, in 0 conferences"] },
  { command: "impact", args: ["impact", "policies/mid-and-west-wales.policy", "policies/cwm-taf-morgannwg.policy", "history.jsonl"], code: 1, says: ["1 decision changes, in 1 conference", "line 2 “Social care and police against three health practitioners”, child amy: chair decision required → not register (majority)"] },
  { command: "impact", args: ["impact", "policies/wakefield.policy", "policies/broken.policy", "history.jsonl"], code: 2, says: ["policies/broken.policy:5:3: error Q002"] },
  { command: "impact", args: ["impact", "policies/wakefield.policy", "history.jsonl"], code: 2, says: ["error: name the policy as it was, the policy as it would be, and a file of conferences", "help:"] },

  { command: "test", args: ["test", "policies/scenarios/lancashire.scenarios.json"], code: 0, says: ["0 failed"] },
  { command: "test", args: ["test", "policies/scenarios/failing.scenarios.json"], code: 1, says: ["policies/scenarios/failing.scenarios.json", "✗ expects the wrong outcome [§8]", "amy outcome: expected register, got not_register"] },
  { command: "test", args: ["test", "policies/scenarios/syntax.scenarios.json"], code: 2, says: ["policies/scenarios/syntax.scenarios.json", "line 1, column 2", "the file is not valid JSON"] },
  { command: "test", args: ["test", "no-such-folder"], code: 2, says: ["error: cannot read `no-such-folder`", "help:"] },

  { command: "summary", args: ["summary", "policies/wakefield.policy"], code: 0, says: ["Wakefield"] },
  { command: "summary", args: ["summary", "policies/broken.policy"], code: 1, says: ["policies/broken.policy:5:3: error Q002"] },
  { command: "summary", args: ["summary", "policies", "--format", "json"], code: 2, says: ["error: `quorate summary` does not take --format", "help: run `quorate --help` for the options"] },

  { command: "diff", args: ["diff", "policies/wakefield.policy", "policies/wakefield.policy", "--structural-only"], code: 0, says: ["Equivalent within the bounds."] },
  { command: "diff", args: ["diff", "policies/wakefield.policy", "policies/lancashire.policy", "--structural-only"], code: 1, says: ["quorum minimum", "The policies differ."] },
  { command: "diff", args: ["diff", "policies/wakefield.policy"], code: 2, says: ["error: a diff compares at least two board policies", "help:"] },
  { command: "fmt", args: ["fmt", "--check", "policies/wakefield.policy"], code: 0, says: ["1 file checked: all in the canonical layout"] },
  { command: "fmt", args: ["fmt", "--check", "policies/untidy.policy"], code: 1, says: ["policies/untidy.policy", "1 file not in the canonical layout; run `quorate fmt --write` to format it"] },
  { command: "fmt", args: ["fmt", "--write", "policies/broken.policy"], code: 1, says: ["policies/broken.policy:5:3: error Q002", "error: `policies/broken.policy` was not formatted because it has syntax errors", "help: fix the errors above"] },
  { command: "fmt", args: ["fmt", "--check", "--write", "policies"], code: 2, says: ["error: use either --check or --write, not both", "help:"] },
  { command: "fmt", args: ["fmt", "policies/missing.policy"], code: 2, says: ["error: cannot read `policies/missing.policy`: the file does not exist", "help:"] },

  { command: "(none)", args: [], code: 2, says: ["usage:"] },
  { command: "(none)", args: ["frobnicate"], code: 2, says: ["error: unknown command `frobnicate`", "help: the commands are check, compile, eval, test, summary"] },
  { command: "(none)", args: ["--version"], code: 0, says: ["quorate "] },
];

describe("exit codes of every command", () => {
  let dir = "";
  beforeAll(() => {
    dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/broken.policy"), BROKEN);
    writeFileSync(path.join(dir, "policies/untidy.policy"), 'policy untidy "Untidy" {\n    vocabulary   "vocabulary.policy"\n}\n');
    writeFileSync(path.join(dir, "syntax.json"), '{\n  "children": [}\n');
    writeFileSync(path.join(dir, "invalid.json"), JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "a1", role: "helth_visitor" }] }));
    writeFileSync(path.join(dir, "policies/scenarios/failing.scenarios.json"), FAILING_SCENARIO);
    writeFileSync(path.join(dir, "policies/scenarios/syntax.scenarios.json"), "{{");
    const agreed = JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "sw", role: "children_social_worker", views: { amy: "register" } }, { id: "pc", role: "police_officer", views: { amy: "register" } }, { id: "hv", role: "health_visitor", views: { amy: "register" } }] });
    const split = readFileSync(path.join(dir, "policies/scenarios/conferences/health-split.json"), "utf8").replace(/\n\s*/g, " ");
    writeFileSync(path.join(dir, "history.jsonl"), `${agreed}\n${split}\n`);
    writeFileSync(path.join(dir, "mixed.jsonl"), `${agreed}\n${JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "a1", role: "helth_visitor" }] })}\n`);
  });

  it("the table covers every command with each exit code", () => {
    for (const command of ["check", "compile", "eval", "test", "summary", "fmt", "impact"]) {
      expect(new Set(ROWS.filter((r) => r.command === command).map((r) => r.code)), command).toEqual(new Set([0, 1, 2]));
    }
  });

  for (const row of ROWS) {
    it(`quorate ${row.args.join(" ")} exits ${row.code}`, async () => {
      const run = await runCli(row.args, dir);
      const output = run.stdout + run.stderr;
      expect(run.code, output).toBe(row.code);
      for (const words of row.says) expect(output).toContain(words);
      expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
      expect(output).not.toContain("internal error");
    });
  }
});
