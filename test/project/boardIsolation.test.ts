/**
 * Following "Adding a board's policy" leaves `npm test` green apart from that board's own
 * tests: a board's edit to its own policy (or a new board) fails only its scenarios and its
 * golden IR, and `npm run golden` accepts the golden change.
 *
 * Two halves. First, no test outside the board tests reads the repository's `policies/`
 * (the engine's tests read their own copy, `test/fixtures/boards/`). Then, in a temporary
 * copy of the repository with a new board added and Wakefield's quorum changed, the board
 * tests (the only ones that read `policies/`) fail exactly for those two boards, and pass
 * again after `npm run golden` but for the scenario whose expectation the board must
 * now change.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { boardNames, compileBoard, goldenPath, goldenText } from "../helpers/golden.js";
import { REPO, scratchFolders } from "../helpers/scratch.js";

/** The test files that may read the repository's `policies/`: they test the boards themselves. */
const BOARD_TESTS = ["test/policies/", "test/golden/", "test/format/bundled.test.ts", "test/project/"];
/** Ways a test file could reach the repository's `policies/` folder. */
const READS_POLICIES = [/\.\.\/\.\.\/policies\b/, /REPO, ["'`]policies/, /cwd: REPO\b/, /fileSystemHost\(REPO\)/, /\], REPO\)/, /compileBoard\(REPO\b/, /boardNames\(REPO\b/];

function testFiles(folder: string): string[] {
  return readdirSync(path.join(REPO, folder)).flatMap((name) => {
    const relative = path.posix.join(folder, name);
    if (statSync(path.join(REPO, relative)).isDirectory()) return name === "fixtures" ? [] : testFiles(relative);
    return name.endsWith(".ts") ? [relative] : [];
  });
}

interface VitestReport {
  testResults: { name: string; assertionResults: { status: string; fullName: string }[] }[];
}

/** The board tests that fail in `copy`, run there as `npm test` would run them. */
function failingTests(copy: string): string[] {
  const tests = BOARD_TESTS.filter((t) => t !== "test/project/");
  const out = path.join(copy, "results.json");
  // One worker: the board tests are a handful of files, and a second worker would only load the compiler again.
  spawnSync(process.execPath, [path.join(REPO, "node_modules/vitest/vitest.mjs"), "run", ...tests, "--maxWorkers=1", "--reporter=json", `--outputFile=${out}`], { cwd: copy, encoding: "utf8", env: { ...process.env, UPDATE_GOLDEN: "" } });
  const report = JSON.parse(readFileSync(out, "utf8")) as VitestReport;
  return report.testResults.flatMap((file) => file.assertionResults.filter((a) => a.status === "failed").map((a) => a.fullName)).sort();
}

describe("a board's edit fails only that board's tests", () => {
  it("no test outside the board tests reads the repository's policies/", () => {
    const offenders = testFiles("test")
      .filter((file) => !BOARD_TESTS.some((allowed) => file.startsWith(allowed)))
      .flatMap((file) => {
        const text = readFileSync(path.join(REPO, file), "utf8");
        return READS_POLICIES.filter((pattern) => pattern.test(text)).map((pattern) => `${file}: ${String(pattern)}`);
      });
    expect(offenders).toEqual([]);
  });

  it("a new board and a changed quorum fail only those boards' golden IR and scenarios, and `npm run golden` accepts the IR", () => {
    const copy = mkdtempSync(path.join(tmpdir(), "quorate-repo-"));
    scratchFolders.push(copy);
    // The built engine, without what the board tests never load (the Studio, the compiled tests, the extension).
    const skipped = new Set(["dist/studio", "dist/test", "dist/bench", "dist/quorate-policy.vsix"]);
    for (const entry of ["package.json", "tsconfig.json", "vitest.config.ts", ".prettierrc", "README.md", "docs", "examples", "scripts", "bin", "grammar", "compiler", "runtime", "diff", "format", "cli", "index.ts", "policies", "schemas", "test", "dist"]) {
      cpSync(path.join(REPO, entry), path.join(copy, entry), { recursive: true, filter: (from) => !skipped.has(path.relative(REPO, from)) });
    }
    symlinkSync(path.join(REPO, "node_modules"), path.join(copy, "node_modules"));
    const wakefield = readFileSync(path.join(copy, "policies/wakefield.policy"), "utf8");
    writeFileSync(path.join(copy, "policies/new-board.policy"), wakefield.replace('policy wakefield "Wakefield Safeguarding and Review Unit"', 'policy new_board "New Board"'));
    expect(wakefield).toMatch(/\n {2}at least 3 agencies present\n/);
    writeFileSync(path.join(copy, "policies/wakefield.policy"), wakefield.replace(/\n {2}at least 3 agencies present\n/, "\n  at least 2 agencies present\n"));

    expect(failingTests(copy)).toEqual([
      "golden IR of the bundled policies new-board compiles to its reviewed IR, valid against the published schema",
      "golden IR of the bundled policies wakefield compiles to its reviewed IR, valid against the published schema",
      "the bundled policies the scenarios of policies/scenarios/wakefield.scenarios.json pass",
    ]);

    const golden = spawnSync("npm", ["run", "golden", "--", "--maxWorkers=1"], { cwd: copy, encoding: "utf8" });
    expect(golden.status, golden.stdout + golden.stderr).toBe(0);
    expect(readFileSync(path.join(copy, "test/golden/new-board.ir.json"), "utf8")).toContain('"id": "new_board"');
    // The golden files now hold what every board's policy compiles to, as the golden test
    // compares them (checked here rather than by a third run of vitest); what remains is
    // Wakefield's own scenario (found above), whose expectation the board now changes.
    const boards = boardNames(copy);
    expect(boards).toContain("new-board");
    const stale = boards.filter((name) => readFileSync(goldenPath(copy, name), "utf8") !== goldenText(compileBoard(copy, name).ir));
    expect(stale).toEqual([]);
  }, 120_000);
});
