/**
 * The bundled policies themselves, board by board: each compiles without errors, and each
 * board's scenarios pass. These are the only tests besides the golden IR
 * (`test/golden/`) and the layout check (`test/format/bundled.test.ts`) that read the
 * repository's `policies/`: a board's edit to its own policy can fail its own tests here
 * and nothing else (the engine's tests read `test/fixtures/boards/`).
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/runCli.js";

const policies = readdirSync(path.join(REPO, "policies")).filter((f) => f.endsWith(".policy")).sort();
const scenarioFiles = readdirSync(path.join(REPO, "policies/scenarios")).filter((f) => f.endsWith(".scenarios.json")).sort();

describe("the bundled policies", () => {
  it.each(policies)("policies/%s compiles without errors", async (file) => {
    const run = await runCli(["check", `policies/${file}`, "--quiet"], REPO);
    expect(run.stdout, run.stdout).toMatch(/✓ no errors/);
    expect(run.code).toBe(0);
  });

  it.each(scenarioFiles)("the scenarios of policies/scenarios/%s pass", async (file) => {
    const run = await runCli(["test", `policies/scenarios/${file}`], REPO);
    expect(run.stdout, run.stdout).toMatch(/^✓ \d+ scenarios? in 1 file: \d+ passed, 0 failed\n$/);
    expect(run.code).toBe(0);
  });
});
