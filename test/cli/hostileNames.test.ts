/**
 * Names that break code keying plain objects by ids (`__proto__`, `constructor`,
 * `prototype`, `toString`, `hasOwnProperty`, `valueOf`) as agencies, roles, groupings,
 * categories, children and attendees, through every command: each is decided, tested,
 * described and formatted like any other name, and no built-in prototype changes.
 * (The compiler alone: test/compiler/hostileNames.test.ts.)
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { HOSTILE_CONFERENCE_JSON, HOSTILE_POLICY, HOSTILE_VOCABULARY } from "../helpers/hostilePolicy.js";
import { runCli, scratchPolicies } from "../helpers/runCli.js";
import { changesSince, takeSnapshot } from "../guards/prototypeSnapshot.js";

const SCENARIOS = `{
  "policy": "../proto.policy",
  "scenarios": [{
    "name": "each grouping called after Object's own properties gives one vote",
    "clause": "§1",
    "conference": ${HOSTILE_CONFERENCE_JSON.trim()},
    "expect": {
      "__proto__": { "outcome": "register", "decidedBy": "majority", "units": { "__proto__": "register", "constructor": "register", "valueOf": "register" } },
      "toString": { "outcome": "not_register", "dissent": ["constructor"], "units": { "constructor": "register" } }
    }
  }]
}
`;

describe("hostile names through every command", () => {
  let dir = "";
  const prototypes = takeSnapshot();

  beforeAll(() => {
    dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/odd.policy"), HOSTILE_VOCABULARY);
    writeFileSync(path.join(dir, "policies/proto.policy"), HOSTILE_POLICY);
    writeFileSync(path.join(dir, "conference.json"), HOSTILE_CONFERENCE_JSON);
    writeFileSync(path.join(dir, "policies/scenarios/proto.scenarios.json"), SCENARIOS);
  });

  it("check and compile: no errors, and the IR keeps every name as data", async () => {
    expect((await runCli(["check", "policies/proto.policy"], dir)).code).toBe(0);
    const compiled = await runCli(["compile", "policies/proto.policy"], dir);
    expect(compiled.code).toBe(0);
    const ir = JSON.parse(compiled.stdout) as { id: string; groupings: { id: string }[]; roles: { id: string }[] };
    expect(ir.id).toBe("__proto__");
    expect(ir.groupings.map((g) => g.id)).toEqual(["__proto__", "constructor", "valueOf"]);
    expect(ir.roles.map((r) => r.id)).toEqual(expect.arrayContaining(["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "valueOf"]));
  });

  it("eval: children, attendees, roles, groupings and categories so named are decided like any other", async () => {
    const run = await runCli(["eval", "policies/proto.policy", "conference.json", "--format", "json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // Parsed as JSON text, `__proto__` keys are real keys, as the contract requires.
    const decision = JSON.parse(run.stdout) as { children: { child: string; outcome: string; units: { unit: string; members: string[]; view: string }[]; dissent: string[]; categories: unknown }[] };
    const [proto, toString] = decision.children;
    expect(proto).toMatchObject({ child: "__proto__", outcome: "register", dissent: [] });
    expect(proto?.units.map((u) => [u.unit, u.members, u.view])).toEqual([
      ["__proto__", ["constructor"], "register"],
      ["constructor", ["__proto__", "hasOwnProperty"], "register"],
      ["valueOf", ["valueOf"], "register"],
    ]);
    expect(proto?.categories).toMatchObject({ primary: "__proto__", secondary: ["toString"], valid: true });
    expect(toString).toMatchObject({ child: "toString", outcome: "not_register", dissent: ["constructor"] });
    const text = await runCli(["eval", "policies/proto.policy", "conference.json"], dir);
    expect(text.stdout).toContain("__proto__: REGISTER by majority");
    expect(text.stdout).toContain("toString: NOT REGISTER by majority");
  });

  it("test: scenarios whose expectations are keyed by such names pass, and a wrong one fails", async () => {
    const pass = await runCli(["test", "policies/scenarios/proto.scenarios.json"], dir);
    expect(pass.stdout).toContain("1 scenario in 1 file: 1 passed, 0 failed");
    expect(pass.code).toBe(0);
    writeFileSync(path.join(dir, "policies/scenarios/wrong.scenarios.json"), SCENARIOS.replace('"outcome": "not_register"', '"outcome": "register"'));
    const fail = await runCli(["test", "policies/scenarios/wrong.scenarios.json"], dir);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain("toString outcome: expected register, got not_register");
  });

  it("summary describes the groupings by their names", async () => {
    const run = await runCli(["summary", "policies/proto.policy", "--verbose"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("Groupings   __proto__: __proto__, constructor");
    expect(run.stdout).toContain("hasOwnProperty may sit with __proto__ or constructor (default constructor)");
    expect(run.stdout).toContain("Quorum      at least 1 agency");
  });

  it("fmt --write lays both files out, keeping every name, and --check then passes", async () => {
    const write = await runCli(["fmt", "--write", "policies/proto.policy", "policies/odd.policy"], dir);
    expect(write.code).toBe(0);
    const formatted = readFileSync(path.join(dir, "policies/proto.policy"), "utf8");
    expect(formatted).toContain("  grouping __proto__ \"Proto grouping\" { __proto__ constructor }");
    expect((await runCli(["fmt", "--check", "policies/proto.policy", "policies/odd.policy"], dir)).code).toBe(0);
    expect((await runCli(["check", "policies/proto.policy"], dir)).code).toBe(0);
  });

  it("leave Object.prototype, Array.prototype and Object unchanged", () => {
    expect(changesSince(prototypes)).toEqual([]);
    expect(({} as Record<string, unknown>)["register"]).toBeUndefined();
  });
});
