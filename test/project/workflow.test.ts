/**
 * The shipped CI workflow (.github/workflows/policies.yml) works: each step's commands run
 * under `bash -e -o pipefail`, as GitHub runs them, in a board repository (the fixture
 * regions) whose pull request changes two policies. The comparison step must go through
 * both (`quorate diff` exits 1 when policies differ) and comment once with both diffs.
 * `npx quorate` stands for this repository's bin, and `gh` for a stand-in that keeps the
 * comment it is given.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, scratchFolders } from "../helpers/scratch.js";

const workflow = readFileSync(path.join(REPO, ".github/workflows/policies.yml"), "utf8");

interface Step {
  name: string;
  run: string;
}

/** The steps with a `run:`, read from the workflow's own lines: `run: command`, or `run: |` and the block under it. */
function runSteps(yaml: string): Step[] {
  const lines = yaml.split("\n");
  const steps: Step[] = [];
  let name = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    const named = /^\s+- name: (.*)$/.exec(line) ?? /^\s+- (run): /.exec(line);
    if (named) name = named[1] === "run" ? "" : (named[1] ?? "");
    const run = /^(\s+)(?:- )?run: (.*)$/.exec(line);
    if (!run) continue;
    if (run[2] !== "|") {
      steps.push({ name, run: run[2] ?? "" });
      continue;
    }
    const block: string[] = [];
    const indent = (lines[i + 1] ?? "").length - (lines[i + 1] ?? "").trimStart().length;
    while (i + 1 < lines.length && ((lines[i + 1] ?? "").trim() === "" || (lines[i + 1] ?? "").length - (lines[i + 1] ?? "").trimStart().length >= indent)) {
      block.push((lines[++i] ?? "").slice(indent));
    }
    steps.push({ name, run: block.join("\n") });
  }
  return steps;
}

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@t", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@t" } }).trim();

/** A board repository on a pull request branch: main has the fixture regions; the branch changes two boards' quorum. */
function boardRepository(root: string): { repo: string; base: string } {
  const repo = path.join(root, "repo");
  cpSync(path.join(REPO, "test/fixtures/regions"), path.join(repo, "policies"), { recursive: true });
  mkdirSync(path.join(repo, "policies/scenarios"));
  const scenarios = { policy: "../board-a.policy", scenarios: [{ name: "three agencies agree", clause: "quorum clause", conference: { children: [{ id: "amy" }], attendees: ["children_social_worker", "police_officer", "health_visitor"].map((role, i) => ({ id: `p${i}`, role, views: { amy: "register" } })) }, expect: { amy: { outcome: "register" } } }] };
  writeFileSync(path.join(repo, "policies/scenarios/board-a.scenarios.json"), JSON.stringify(scenarios, null, 2));
  git(repo, "init", "-q", "-b", "main");
  git(repo, "add", ".");
  git(repo, "commit", "-q", "-m", "main");
  const base = git(repo, "rev-parse", "HEAD");
  for (const board of ["board-b", "board-c"]) {
    const file = path.join(repo, `policies/${board}.policy`);
    writeFileSync(file, readFileSync(file, "utf8").replace(/at least \d agencies/, "at least 1 agencies"));
  }
  git(repo, "commit", "-q", "-am", "lower two quorums");
  return { repo, base };
}

describe("the CI workflow", () => {
  const steps = runSteps(workflow);

  it("has the steps the docs describe, and docs/ci.md shows the file as it is", () => {
    expect(steps.map((s) => s.name)).toEqual(["", "Check the policies", "Check the layout", "Run the scenario tests", "Compare changed policies with the main branch"]);
    expect(readFileSync(path.join(REPO, "docs/ci.md"), "utf8")).toContain("```yaml\n" + workflow + "```\n");
  });

  it("runs every step under bash -e on a pull request that changes two policies, commenting both comparisons", () => {
    const root = mkdtempSync(path.join(tmpdir(), "quorate-workflow-"));
    scratchFolders.push(root);
    const { repo, base } = boardRepository(root);
    const bin = path.join(root, "bin");
    mkdirSync(bin);
    // Stand-ins: `npx quorate` runs this repository's quorate; `gh` keeps the comment's body.
    writeFileSync(path.join(bin, "npx"), `#!/usr/bin/env bash\n[ "$1" = quorate ] || exit 127\nshift\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(REPO, "bin/quorate.js"))} "$@"\n`);
    writeFileSync(path.join(bin, "gh"), `#!/usr/bin/env bash\necho "$@" > ${JSON.stringify(path.join(root, "gh-args"))}\ncp "$5" ${JSON.stringify(path.join(root, "comment.md"))}\n`);
    for (const tool of ["npx", "gh"]) chmodSync(path.join(bin, tool), 0o755);
    const runner = path.join(root, "runner");
    mkdirSync(runner);
    const env = { ...process.env, PATH: `${bin}:${process.env["PATH"] ?? ""}`, RUNNER_TEMP: runner, BASE: base, PR: "7", GH_TOKEN: "token", NO_COLOR: "1" };

    for (const step of steps.filter((s) => s.run !== "npm ci")) {
      const run = spawnSync("bash", ["--noprofile", "--norc", "-e", "-o", "pipefail", "-c", step.run], { cwd: repo, encoding: "utf8", env });
      expect(run.status, `${step.name}\n${run.stdout}\n${run.stderr}`).toBe(0);
    }
    expect(readFileSync(path.join(root, "gh-args"), "utf8").trim()).toBe(`pr comment 7 --body-file ${path.join(runner, "diff.md")}`);
    const comment = readFileSync(path.join(root, "comment.md"), "utf8");
    // Both changed policies are compared (the loop is not stopped by the first exit 1).
    // Each comparison is headed by both sides, named by board and file.
    for (const board of ["board-b", "board-c"]) expect(comment, board).toMatch(new RegExp(`^## .+ \\(main-branch/policies/${board}\\.policy\\) and .+ \\(policies/${board}\\.policy\\)$`, "m"));
    expect(comment.match(/at least 1 agenc/g)?.length).toBeGreaterThanOrEqual(2);
  }, 60_000);
});
