import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileSchema } from "../../runtime/validateConference.js";
import { decisionJsonSchema } from "../../runtime/decision.js";
import { ENGINE, runCli, scratchPolicies } from "../helpers/runCli.js";

const SPLIT = "policies/scenarios/conferences/health-split.json";

describe("quorate eval", () => {
  it("explains the decision for a chair: outcome, units, duties and every step with its clause", async () => {
    const run = await runCli(["eval", "policies/cwm-taf-morgannwg.policy", SPLIT], ENGINE);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(run.stdout).toContain("amy: NOT REGISTER by majority");
    expect(run.stdout).toMatch(/Child Health Services\s+register\s+\(hv, sn, dr agree\)/);
    expect(run.stdout).toContain("dissent    Child Health Services");
    expect(run.stdout).toContain("vote: 1 unit for register, 2 for not register: a majority for not register [§6 para 9: if consensus is still not possible the decision on registration should be subject to a vote; cwm-taf-morgannwg.policy:");
  });

  it("a unit whose two nominated leads disagree is shown as having no one member speaking for it, not as none leading", async () => {
    const dir = scratchPolicies();
    const conference = {
      children: [{ id: "amy" }],
      attendees: [
        { id: "sw", role: "children_social_worker", nominatedLead: true, views: { amy: "register" } },
        { id: "fs", role: "family_support_worker", nominatedLead: true, views: { amy: "not_register" } },
        { id: "pc", role: "police_officer", views: { amy: "register" } },
        { id: "hv", role: "health_visitor", views: { amy: "not_register" } },
      ],
    };
    writeFileSync(path.join(dir, "two-leads.json"), JSON.stringify(conference));
    const run = await runCli(["eval", "policies/mid-and-west-wales.policy", "two-leads.json"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("members disagree, and no one member speaks for them: sw, fs");
    expect(run.stdout).not.toContain("none leads");
  });

  it("--format json writes the decision contract, valid against schemas/decision.schema.json", async () => {
    const run = await runCli(["eval", "policies/mid-and-west-wales.policy", SPLIT, "--format", "json"], ENGINE);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout) as { policy: string; children: { outcome: string; tally: object }[] };
    expect(compileSchema(decisionJsonSchema())(result)).toBe(true);
    expect(result.policy).toBe("mid_and_west_wales");
    expect(result.children[0]).toMatchObject({ outcome: "chair_decision_required", tally: { register: 2, not_register: 2, abstain: 0 } });
  });

  it("a malformed conference file exits 2 with its line and column, and nothing on standard output", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "bad.json"), '{\n  "children": [{ "id": "amy" }]\n  "attendees": []\n}\n');
    const run = await runCli(["eval", "policies/wakefield.policy", "bad.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("bad.json is not a conference Quorate can decide:\n  line 3, column 3: the file is not valid JSON: a comma was expected");
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it("an invalid conference names every JSON path at fault, with suggestions", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "a", role: "polise_officer", views: { amie: "register" } }, { id: "a", role: "gp" }] }));
    const run = await runCli(["eval", "policies/wakefield.policy", "bad.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("attendees[0].role (attendee `a`): `polise_officer` is not a role in the vocabulary of wakefield\n    help: did you mean `police_officer`?");
    expect(run.stderr).toContain("attendees[0].views.amie (attendee `a`): a view on child `amie`, but the conference has no child with that id");
    expect(run.stderr).toContain("attendees[1].id (attendee `a`): attendee `a` is listed twice");
  });

  it("hostile ids decide like any other, and a __proto__ key does not reach Object.prototype", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "hostile.json"), '{"children":[{"id":"__proto__"}],"attendees":[{"id":"constructor","role":"police_officer","views":{"__proto__":"register"}}],"chair":{"decides":{"__proto__":"register"}}}');
    const run = await runCli(["eval", "policies/lancashire.policy", "hostile.json", "--format", "json"], dir);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ children: [{ child: "__proto__", outcome: "register", decidedBy: "consensus" }] });
    expect(Object.keys(Object.prototype)).toEqual([]);
  });

  it("absurdly deep nesting is refused with a message, not a crash", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "deep.json"), "[".repeat(200_000));
    writeFileSync(path.join(dir, "deep2.json"), "[".repeat(200_000) + "]".repeat(200_000));
    const unclosed = await runCli(["eval", "policies/wakefield.policy", "deep.json"], dir);
    expect(unclosed.code).toBe(2);
    expect(unclosed.stderr).toContain("the file is not valid JSON");
    expect(unclosed.stderr).not.toContain("internal error");
    const closed = await runCli(["eval", "policies/wakefield.policy", "deep2.json"], dir);
    expect(closed.code).toBe(2);
    expect(closed.stderr).toContain("(the whole file): the file should be an object, not a list");
  });

  it("explains a conference of 150,000 individual professionals without running out of stack", async () => {
    const dir = scratchPolicies();
    const attendees = Array.from({ length: 150_000 }, (_, i) => ({ id: `p${i}`, role: "health_visitor", views: { amy: i % 3 === 0 ? "not_register" : "register" } }));
    writeFileSync(path.join(dir, "huge.json"), JSON.stringify({ children: [{ id: "amy" }], attendees }));
    const run = await runCli(["eval", "policies/lancashire.policy", "huge.json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("amy: REGISTER by majority");
    expect(run.stdout).toContain("and 149970 more");
  });

  it("usage problems exit 2: a missing conference, a folder, a base policy, a pipe-like path", async () => {
    expect((await runCli(["eval", "policies/wakefield.policy"], ENGINE)).code).toBe(2);
    const missing = await runCli(["eval", "policies/wakefield.policy", "nope.json"], ENGINE);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("cannot read `nope.json`: the file does not exist");
    expect((await runCli(["eval", "policies/wakefield.policy", "policies"], ENGINE)).stderr).toContain("this is a folder, not a file");
    const base = await runCli(["eval", "policies/wales-safeguarding-procedures.policy", SPLIT], ENGINE);
    expect(base.code).toBe(2);
    expect(base.stderr).toContain("is a base, not a board's policy");
  });

  it("a policy with errors decides nothing and exits 1", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "policies/wakefield.policy"), "policy wakefield {\n");
    const run = await runCli(["eval", "policies/wakefield.policy", SPLIT], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("has errors, so it cannot decide a conference");
  });
});
