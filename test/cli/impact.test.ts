import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ImpactReport } from "../../cli/impact/report.js";
import { createEvaluator } from "../../runtime/evaluator.js";
import { compileSchema, validateConference } from "../../runtime/validateConference.js";
import { boardIR } from "../helpers/conferences.js";
import { ENGINE, REPO, runCli, scratchPolicies } from "../helpers/runCli.js";
import { jsonLines, runCliWithStdin, scenarioConferences } from "../helpers/batch.js";

const OLD = "policies/mid-and-west-wales.policy";
const NEW = "policies/cwm-taf-morgannwg.policy";
const validateReport = compileSchema(JSON.parse(readFileSync(path.join(REPO, "schemas/impact.schema.json"), "utf8")) as Record<string, unknown>);

function report(stdout: string): ImpactReport {
  const value = JSON.parse(stdout) as ImpactReport;
  expect(validateReport(value), JSON.stringify(validateReport.errors)).toBe(true);
  return value;
}

/** What the report should say, worked out by deciding each conference under each policy on its own. */
function expectedCounts(conferences: unknown[]) {
  const oldIr = boardIR("mid-and-west-wales");
  const newIr = boardIR("cwm-taf-morgannwg");
  const transitions = new Map<string, number>();
  let compared = 0;
  let childrenChanged = 0;
  let conferencesChanged = 0;
  const changed: [number, string][] = [];
  conferences.forEach((value, i) => {
    const a = validateConference(oldIr, value);
    const b = validateConference(newIr, value);
    if (!a.ok || !b.ok) return;
    compared++;
    const before = createEvaluator(oldIr)(a.conference).children;
    const after = createEvaluator(newIr)(b.conference).children;
    let any = false;
    before.forEach((child, j) => {
      const to = after[j]?.outcome as string;
      const key = `${child.outcome} → ${to}`;
      transitions.set(key, (transitions.get(key) ?? 0) + 1);
      if (child.outcome !== to) {
        childrenChanged++;
        any = true;
        changed.push([i + 1, child.child]);
      }
    });
    if (any) conferencesChanged++;
  });
  return { compared, childrenChanged, conferencesChanged, transitions, changed };
}

describe("quorate impact", () => {
  const sample = scenarioConferences();

  it("counts the changed decisions between two boards' policies exactly as deciding each conference under each does", async () => {
    const expected = expectedCounts(sample);
    expect(expected.childrenChanged).toBeGreaterThan(5);
    const run = await runCliWithStdin(["impact", OLD, NEW, "-", "--format", "json", "--examples", "10000"], jsonLines(sample));
    expect(run.code).toBe(1);
    const got = report(run.stdout);
    expect(got.conferences.read).toBe(sample.length);
    expect(got.conferences.compared).toBe(expected.compared);
    expect(got.conferences.changed).toBe(expected.conferencesChanged);
    expect(got.children.changed).toBe(expected.childrenChanged);
    expect(new Map(got.transitions.map((t) => [`${t.from} → ${t.to}`, t.children]))).toEqual(expected.transitions);
    expect(got.changes.map((c) => [c.line, c.child])).toEqual(expected.changed);
    expect(got.changesNotListed).toBe(0);
    expect(got.changed).toBe(true);
  });

  it("in words: the totals, the transitions table and the changed conferences by line, the first twenty by default", async () => {
    const expected = expectedCounts(sample);
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "history.jsonl"), jsonLines(sample));
    const run = await runCli(["impact", OLD, NEW, "history.jsonl"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`Impact of ${path.normalize(NEW)} (new) against ${path.normalize(OLD)} (old), on history.jsonl`);
    expect(run.stdout).toContain(`${expected.compared} conferences decided under both policies`);
    expect(run.stdout).toContain(`${expected.childrenChanged} decisions change, in ${expected.conferencesChanged} conferences`);
    expect(run.stdout).toMatch(/old outcome\s+new outcome\s+children/);
    const listed = run.stdout.split("\n").filter((l) => /^ {2}line \d+.*, child .*→/.test(l));
    expect(listed.length).toBe(Math.min(20, expected.childrenChanged));
    const [line, child] = expected.changed[0] as [number, string];
    expect(listed[0]).toMatch(new RegExp(`^  line ${line}\\b.*, child ${child}: `));
    if (expected.childrenChanged > 20) expect(run.stdout).toContain(`the first 20 of ${expected.childrenChanged}; --examples N lists more`);
  });

  it("a policy against itself changes nothing, and exits 0", async () => {
    const run = await runCliWithStdin(["impact", OLD, OLD, "-", "--format", "json"], jsonLines(sample));
    expect(run.code).toBe(0);
    const got = report(run.stdout);
    expect(got.changed).toBe(false);
    expect(got.children.changed).toBe(0);
    expect(got.changes).toEqual([]);
    expect(got.transitions.every((t) => t.from === t.to)).toBe(true);
    const text = await runCliWithStdin(["impact", OLD, OLD, "-"], jsonLines(sample));
    expect(text.stdout).toContain("0 decisions change, in 0 conferences");
  });

  it("lines that cannot be decided are counted and listed by line, and one only the new policy can decide is a change", async () => {
    const dir = scratchPolicies();
    // The new version of the policy adds a local role the old one does not know.
    writeFileSync(path.join(dir, "policies/lancashire-new.policy"), readFileSync(path.join(dir, "policies/lancashire.policy"), "utf8").replace('policy lancashire "Lancashire"', 'policy lancashire_new "Lancashire, new"'));
    appendFileSync(path.join(dir, "policies/lancashire-new.policy"), '\nroles {\n  hospital_social_worker "Hospital social worker" agency health\n}\n');
    const onlyNew = { title: "Hospital social worker present", children: [{ id: "amy" }], attendees: [{ id: "h", role: "hospital_social_worker", views: { amy: "register" } }] };
    writeFileSync(path.join(dir, "h.jsonl"), [JSON.stringify(sample[0]), "not json", "", JSON.stringify(onlyNew)].join("\n"));
    const run = await runCli(["impact", "policies/lancashire.policy", "policies/lancashire-new.policy", "h.jsonl", "--format", "json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(1);
    const got = report(run.stdout);
    expect(got.children.changed).toBe(0);
    expect(got.conferences).toMatchObject({ read: 3, compared: 1, invalidUnderBoth: 1, invalidUnderOld: 1, invalidUnderNew: 0 });
    expect(got.uncompared).toEqual([
      { line: 2, invalidUnder: "both", problems: [{ path: "column 1", message: "the line is not valid JSON: an unexpected character", hint: "check for a missing comma, quote or closing bracket near that place" }] },
      { line: 4, title: "Hospital social worker present", invalidUnder: "old", problems: [{ path: "attendees[0].role", message: "`hospital_social_worker` is not a role in the vocabulary of lancashire", hint: expect.any(String) as string }] },
    ]);
    const text = await runCli(["impact", "policies/lancashire.policy", "policies/lancashire-new.policy", "h.jsonl"], dir);
    expect(text.stdout).toContain("2 lines could not be compared: 1 decidable under neither policy, 1 only under the new");
    expect(text.stdout).toContain("line 4 “Hospital social worker present”: the old policy cannot decide it: attendees[0].role:");
  });

  it("--examples bounds the list, not the counts", async () => {
    const run = await runCliWithStdin(["impact", OLD, NEW, "-", "--format", "json", "--examples", "2"], jsonLines(sample));
    const got = report(run.stdout);
    expect(got.changes.length).toBe(2);
    expect(got.changesNotListed).toBe(got.children.changed - 2);
    const bad = await runCli(["impact", OLD, NEW, "-", "--examples", "lots"], ENGINE);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("`--examples lots` is not a number from 0 to 10000");
  });

  it("an empty history, a missing file or a base instead of a board's policy exit 2", async () => {
    const empty = await runCliWithStdin(["impact", OLD, NEW, "-"], "\n\n");
    expect(empty).toMatchObject({ code: 2, stdout: "" });
    expect(empty.stderr).toContain("error: `-` holds no conferences");
    // A file neither policy can read is not "no decision changes".
    const unreadable = await runCliWithStdin(["impact", OLD, NEW, "-"], 'garbage\n{"x":1}\n');
    expect(unreadable).toMatchObject({ code: 2, stdout: "" });
    expect(unreadable.stderr).toContain("error: none of the 2 lines of `-` is a conference either policy can decide");
    expect(unreadable.stderr).toContain("help: line 1: column 1: the line is not valid JSON");
    const missing = await runCli(["impact", OLD, NEW, "none.jsonl"], ENGINE);
    expect(missing).toMatchObject({ code: 2, stdout: "" });
    expect(missing.stderr).toContain("cannot read `none.jsonl`: the file does not exist");
    const base = await runCliWithStdin(["impact", OLD, "policies/wales-safeguarding-procedures.policy", "-"], jsonLines(sample.slice(0, 1)));
    expect(base.code).toBe(2);
    expect(base.stderr).toContain("is a base, not a board's policy");
  });
});
