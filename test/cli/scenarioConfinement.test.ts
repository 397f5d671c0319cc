/**
 * A scenario file comes with a pull request, like a policy: the policy it names must be a
 * `.policy` file near it, never a file elsewhere on the machine, whose lines a syntax
 * error would print into the CI log.
 */
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, scratchPolicies } from "../helpers/runCli.js";

const SECRET = "TOPSECRET=hunter2";

function scenarioNaming(policy: string): { dir: string; run: () => ReturnType<typeof runCli> } {
  const dir = scratchPolicies();
  mkdirSync(path.join(dir, "outside"));
  writeFileSync(path.join(dir, "outside/creds.env"), `${SECRET}\n`);
  writeFileSync(path.join(dir, "outside/creds.policy"), `${SECRET}\n`);
  const scenarios = [{ name: "one", clause: "§1", conference: "conferences/health-split.json", expect: { amy: { outcome: "register" } } }];
  writeFileSync(path.join(dir, "policies/scenarios/mine.scenarios.json"), JSON.stringify({ policy, scenarios }));
  return { dir, run: () => runCli(["test", "policies/scenarios/mine.scenarios.json"], dir) };
}

describe("the policy a scenario file names", () => {
  it.each([
    ["a path that climbs out", "../../outside/creds.policy", "is outside the folder"],
    ["an absolute path", "/proc/self/environ", "is not a `.policy` file"],
    ["a file that is not a policy", "../../outside/creds.env", "is not a `.policy` file"],
  ])("%s is refused at `policy` (exit 2), and nothing of it is shown", async (_, policy, message) => {
    const { run } = scenarioNaming(policy);
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toContain(`cannot run: policy: \`${policy}\` ${message}`);
    expect(result.stdout).toMatch(/help: /);
    expect(result.stdout + result.stderr).not.toContain(SECRET);
    expect(result.stdout + result.stderr).not.toContain("TOPSECRET");
  });

  it("a link inside the folder to a policy outside it is refused, and the file never read", async () => {
    const { dir, run } = scenarioNaming("../linked.policy");
    symlinkSync(path.join(dir, "outside/creds.policy"), path.join(dir, "policies/linked.policy"));
    const result = await run();
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("cannot run: policy: `../linked.policy` is a link to a file outside the folder");
    expect(result.stdout + result.stderr).not.toContain("TOPSECRET");
  });

  it("the board's policy beside the scenarios folder (`../board.policy`) is still read", async () => {
    const { run } = scenarioNaming("../cwm-taf-morgannwg.policy");
    const result = await run();
    expect(result.stdout).toContain("(cwm_taf_morgannwg)");
    expect(result.code).toBe(1);
  });
});
