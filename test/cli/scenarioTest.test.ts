import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ENGINE, runCli, scratchPolicies } from "../helpers/runCli.js";

const scenario = (expectation: object, conference: object | string = "conferences/health-split.json") =>
  JSON.stringify({ policy: "../cwm-taf-morgannwg.policy", scenarios: [{ name: "health folds into one vote", clause: "§8", conference, expect: { amy: expectation } }] });

function scratchScenario(text: string): string {
  const dir = scratchPolicies();
  writeFileSync(path.join(dir, "policies/scenarios/mine.scenarios.json"), text);
  return dir;
}

describe("quorate test", () => {
  it("a passing scenario exits 0 with the count alone; --verbose ticks it", async () => {
    const dir = scratchScenario(scenario({ outcome: "not_register", decidedBy: "majority" }));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("✓ 1 scenario in 1 file: 1 passed, 0 failed\n");
    const verbose = await runCli(["test", "policies/scenarios/mine.scenarios.json", "--verbose"], dir);
    expect(verbose.stdout).toContain("✓ health folds into one vote [§8]");
  });

  it("by default only the failures are listed, then the count; the passing scenarios only with --verbose", async () => {
    const dir = scratchPolicies();
    const two = JSON.stringify({
      policy: "../cwm-taf-morgannwg.policy",
      scenarios: [
        { name: "passes", clause: "§8", conference: "conferences/health-split.json", expect: { amy: { outcome: "not_register" } } },
        { name: "fails", clause: "§8", conference: "conferences/health-split.json", expect: { amy: { outcome: "register" } } },
      ],
    });
    writeFileSync(path.join(dir, "policies/scenarios/mine.scenarios.json"), two);
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✗ fails [§8]\n      amy outcome: expected register, got not_register\n");
    expect(run.stdout).not.toContain("passes [§8]");
    expect(run.stdout).toMatch(/\n2 scenarios in 1 file: 1 passed, 1 failed\n\(--verbose lists the scenarios that passed too\)\n$/);
    // The duties that follow are not in the reasoning when they are not what differs.
    expect(run.stdout).not.toContain("- obligations:");
    const verbose = await runCli(["test", "policies/scenarios/mine.scenarios.json", "--verbose"], dir);
    expect(verbose.stdout).toContain("✓ passes [§8]");
  });

  it("one mistake in a scenario, one message: a quorum that is not even a word", async () => {
    const dir = scratchScenario(scenario({ outcome: "not_register", quorum: true }));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout.match(/cannot run/g)).toHaveLength(1);
    expect(run.stdout).toContain("cannot run: scenarios[0].expect.amy.quorum: true is not one of met, waived, not_met");
  });

  it("a failing scenario exits 1 and shows expected against actual, with the reasoning", async () => {
    const dir = scratchScenario(scenario({ outcome: "register", dissent: ["police"], obligations: ["record_dissent"] }));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("✗ health folds into one vote");
    expect(run.stdout).toContain("amy outcome: expected register, got not_register");
    expect(run.stdout).toContain("amy dissent: expected police, got child_health");
    expect(run.stdout).toContain("amy obligations: expected record_dissent, got circulate, record_dissent, record_views");
    expect(run.stdout).toContain("why amy was decided so:");
  });

  it("run with nothing named where there is no `policies` folder, it says so rather than that a file is missing", async () => {
    const elsewhere = path.join(scratchPolicies(), "policies");
    const run = await runCli(["test"], elsewhere);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("error: no scenarios were named, and there is no `policies` folder here to look in");
  });

  it("a scenario file that breaks the format exits 2 naming the path", async () => {
    const dir = scratchScenario(JSON.stringify({ policy: "../cwm-taf-morgannwg.policy", scenarios: [{ name: "x", clause: "§1", conference: "conferences/health-split.json", expect: { amy: { outcome: "registered" } } }] }));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('scenarios[0].expect.amy.outcome: "registered" is not one of register');
  });

  it("a scenario that expects nothing, or shares its name with another, exits 2 naming each", async () => {
    const one = { name: "x", clause: "§1", conference: "conferences/health-split.json", expect: { amy: { outcome: "register" } } };
    const dir = scratchScenario(JSON.stringify({ policy: "../cwm-taf-morgannwg.policy", scenarios: [one, { ...one, expect: {} }] }));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("scenarios[1].expect: the scenario expects nothing, so it could never fail");
    expect(run.stdout).toContain("scenarios[1].name: `x` is also the name of scenarios[0]");
  });

  it("an invalid conference inside a scenario exits 2 naming the path within the scenario", async () => {
    const dir = scratchScenario(scenario({ outcome: "register" }, { children: [{ id: "amy" }], attendees: [{ id: "a", role: "helth_visitor" }] }));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("scenarios[0].conference.attendees[0].role: `helth_visitor` is not a role");
  });

  it("a conference file outside the scenario's folder is refused", async () => {
    const dir = scratchScenario(scenario({ outcome: "register" }, "../../outside.json"));
    writeFileSync(path.join(dir, "outside.json"), "{}");
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("is outside the folder of the scenario file");
  });

  it("a conference file whose name starts with two dots, inside the folder, is not mistaken for one outside it", async () => {
    const dir = scratchScenario(scenario({ outcome: "not_register" }, "..split.json"));
    writeFileSync(path.join(dir, "policies/scenarios/..split.json"), readFileSync(path.join(dir, "policies/scenarios/conferences/health-split.json")));
    expect((await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir)).code).toBe(0);
  });

  it("a conference file linked from outside the scenario's folder is refused, and its contents never read", async () => {
    const dir = scratchScenario(scenario({ outcome: "not_register" }, "linked.json"));
    writeFileSync(path.join(dir, "secret.json"), readFileSync(path.join(dir, "policies/scenarios/conferences/health-split.json")));
    symlinkSync(path.join(dir, "secret.json"), path.join(dir, "policies/scenarios/linked.json"));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain("scenarios[0].conference: `linked.json` is a link to a file outside the folder of the scenario file");
  });

  it("children called __proto__ keep their expectations and views (nothing is silently dropped)", async () => {
    const conference = { children: [{ id: "__proto__" }], attendees: [{ id: "sw", role: "children_social_worker", views: { __proto__: "register" } }] };
    const text = `{"policy": "../lancashire.policy", "scenarios": [{"name": "proto", "clause": "§1", "conference": ${JSON.stringify(conference).replace('"views":{}', '"views":{"__proto__":"register"}')}, "expect": {"__proto__": {"outcome": "not_register"}}}]}`;
    expect(text).toContain('"__proto__":"register"');
    const dir = scratchScenario(text);
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json"], dir);
    expect(run.stdout).toContain("__proto__ outcome: expected not_register, got register");
    expect(run.code).toBe(1);
  });

  it("a folder means every scenario file beneath it; a folder with none is a usage error", async () => {
    const dir = scratchPolicies();
    mkdirSync(path.join(dir, "empty"));
    const run = await runCli(["test", "empty"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("no `.scenarios.json` files in `empty`");
  });

  it("--format json reports each scenario and the counts", async () => {
    const dir = scratchScenario(scenario({ outcome: "register" }));
    const run = await runCli(["test", "policies/scenarios/mine.scenarios.json", "--format", "json"], dir);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { counts: object; files: { scenarios: { passed: boolean; mismatches: object[] }[] }[] };
    expect(report.counts).toEqual({ files: 1, scenarios: 1, passed: 0, failed: 1, brokenFiles: 0 });
    expect(report.files[0]?.scenarios[0]?.mismatches[0]).toEqual({ child: "amy", field: "outcome", expected: "register", actual: "not_register" });
  });
});

describe("the bundled scenarios", () => {
  it("every board's scenarios pass (`quorate test policies`)", async () => {
    const run = await runCli(["test", "policies", "--format", "json"], ENGINE);
    const report = JSON.parse(run.stdout) as { files: { path: string; policy: string; scenarios: { name: string; clause: string; passed: boolean; mismatches: object[]; problems: object[] }[] }[] };
    const failures = report.files.flatMap((f) => f.scenarios.filter((s) => !s.passed).map((s) => ({ file: f.path, name: s.name, mismatches: s.mismatches, problems: s.problems })));
    expect(failures).toEqual([]);
    expect(run.code).toBe(0);
  });

  it("each of the five boards ships at least 12 scenarios, each naming its clause", async () => {
    const run = await runCli(["test", "policies", "--format", "json"], ENGINE);
    const report = JSON.parse(run.stdout) as { files: { policy: string; scenarios: { clause: string }[] }[] };
    const count = new Map<string, number>();
    for (const f of report.files) count.set(f.policy, (count.get(f.policy) ?? 0) + f.scenarios.length);
    for (const board of ["mid_and_west_wales", "cwm_taf_morgannwg", "lancashire", "south_ayrshire", "wakefield"]) expect(count.get(board) ?? 0, board).toBeGreaterThanOrEqual(12);
    for (const f of report.files) for (const s of f.scenarios) expect(s.clause.trim()).not.toBe("");
  });
});
