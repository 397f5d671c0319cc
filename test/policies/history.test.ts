/**
 * examples/history.jsonl, the sample history the docs' `eval --batch` and `impact`
 * examples read, is what `npm run history` makes of the bundled scenarios, and those
 * examples run as written (with `npx quorate` standing for this repository's bin).
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runChild, type ChildRun } from "../helpers/childRun.js";
import { REPO, scratchFolders } from "../helpers/scratch.js";

const history = readFileSync(path.join(REPO, "examples/history.jsonl"), "utf8");

/** The shell lines of a Markdown text that read the sample history: in ```sh blocks, or after `$ `. */
function historyCommands(markdown: string): string[] {
  const out: string[] = [];
  let language: string | undefined;
  for (const line of markdown.split("\n")) {
    const fence = /^```(\w*)/.exec(line);
    if (fence) language = language === undefined ? (fence[1] ?? "") : undefined;
    else if (language !== undefined && (language === "sh" || line.startsWith("$ ")) && line.includes("examples/history.jsonl")) out.push(line.replace(/^\$ /, "").replace(/\s+#.*$/, ""));
  }
  return out;
}

describe("the sample history", () => {
  it("is what `npm run history` makes of the bundled scenarios", () => {
    const made = spawnSync(process.execPath, [path.join(REPO, "scripts/write-history.mjs"), "--print"], { encoding: "utf8" });
    expect(history === made.stdout, "examples/history.jsonl is stale: run `npm run history`").toBe(true);
    const lines = history.trimEnd().split("\n");
    expect(lines.length).toBeGreaterThan(50);
    expect(JSON.parse(lines[lines.length - 1] ?? "{}")).toMatchObject({ title: "Misspelt role" });
  });

  it("the README's and docs' commands that read it run as written", async () => {
    const pages = [path.join(REPO, "README.md"), ...readdirSync(path.join(REPO, "docs")).filter((f) => f.endsWith(".md")).map((f) => path.join(REPO, "docs", f))];
    const commands = pages.flatMap((page) => historyCommands(readFileSync(page, "utf8")));
    expect(commands.length).toBeGreaterThanOrEqual(5);
    // A copy of the repository's policies and history, with the README guide's `../policies-before` beside it.
    const root = mkdtempSync(path.join(tmpdir(), "quorate-history-"));
    scratchFolders.push(root);
    const repo = path.join(root, "repo");
    for (const entry of ["policies", "examples"]) cpSync(path.join(REPO, entry), path.join(repo, entry), { recursive: true });
    cpSync(path.join(REPO, "policies"), path.join(root, "policies-before"), { recursive: true });
    const quorate = `${JSON.stringify(process.execPath)} ${JSON.stringify(path.join(REPO, "bin/quorate.js"))}`;
    // The commands only read the copy (each writes, if at all, a file of its own), so they run side by side.
    const runs = await Promise.all(commands.map((command) => runChild("bash", ["-o", "pipefail", "-c", command.replaceAll("npx quorate", quorate)], { cwd: repo, stdio: ["ignore", "ignore", "pipe"] })));
    commands.forEach((command, i) => {
      const run = runs[i] as ChildRun;
      // 1 is an answer here (a decision changes, or the misspelt line cannot be decided); 2 would be a mistake in the command.
      expect([0, 1], `${command}\n${run.stderr}`).toContain(run.status);
      expect(run.stderr, command).not.toMatch(/^error:/m);
    });
  });
});
