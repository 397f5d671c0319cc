/**
 * A conference nested thousands of lists deep (a 10 KB file), or one that contains itself
 * (only the library can be handed that), is a located problem with the input: in `eval`,
 * on its own line of `eval --batch` and `impact` (the lines before and after it still
 * decided and written), and from `validateConference` and `evaluate` in the library,
 * which never fail with a stack overflow or a circular-structure error.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { evaluate } from "../../runtime/evaluate.js";
import { ConferenceInputError, validateConference } from "../../runtime/validateConference.js";
import { runCliWithStdin } from "../helpers/batch.js";
import { ENGINE, runCli, scratchPolicies } from "../helpers/runCli.js";

const DEPTH = 5_000;
const deepList = "[".repeat(DEPTH) + "]".repeat(DEPTH);
const deepText = `{"children":[{"id":"amy"}],"attendees":[{"id":"a","role":"health_visitor","views":{"amy":${deepList}}}]}`;
const fine = JSON.stringify({ children: [{ id: "amy" }], attendees: [{ id: "a", role: "health_visitor", views: { amy: "register" } }] });
const { ir } = compileFile(path.join(ENGINE, "policies/wakefield.policy"), { today: "2026-01-01" });
if (!ir) throw new Error("wakefield.policy did not compile");

function nested(depth: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < depth; i++) value = [value];
  return value;
}

describe("a view nested thousands of lists deep", () => {
  it("eval: a problem at its path (exit 2), not an internal error", async () => {
    const dir = scratchPolicies();
    writeFileSync(path.join(dir, "deep.json"), deepText);
    const run = await runCli(["eval", "policies/wakefield.policy", "deep.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("attendees[0].views.amy (attendee `a`): a list is not one of register, not_register, abstain");
    expect(run.stderr).not.toMatch(/internal error|Maximum call stack/);
  });

  it("eval --batch: that line alone is invalid; the 200 lines before it and the line after are decided and written", async () => {
    const input = [...Array<string>(200).fill(fine), deepText, fine].join("\n") + "\n";
    const run = await runCliWithStdin(["eval", "policies/wakefield.policy", "--batch", "-"], input, { cwd: ENGINE });
    expect(run.code).toBe(1);
    const records = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { line: number; status: string; problems?: { path: string; message: string }[] });
    expect(records).toHaveLength(202);
    expect(records.filter((r) => r.status === "decided")).toHaveLength(201);
    expect(records[200]).toMatchObject({ line: 201, status: "invalid" });
    expect(records[200]?.problems).toContainEqual(expect.objectContaining({ path: "attendees[0].views.amy", message: "a list is not one of register, not_register, abstain" }));
    expect(run.stderr).not.toMatch(/internal error|Maximum call stack/);
  });

  it("impact: that line is not compared (invalid under both, so no change: exit 0); the others are", async () => {
    const input = [fine, deepText, fine].join("\n") + "\n";
    const run = await runCliWithStdin(["impact", "policies/wakefield.policy", "policies/wakefield.policy", "-", "--format", "json"], input, { cwd: ENGINE });
    expect(run.stderr).not.toMatch(/internal error|Maximum call stack/);
    expect(run.code).toBe(0);
    const report = JSON.parse(run.stdout) as { conferences: { read: number; compared: number } };
    expect(report.conferences).toMatchObject({ read: 3, compared: 2 });
  });

  it("the library: validateConference returns the problem, evaluate throws ConferenceInputError with it", () => {
    const conference = { children: [{ id: "amy" }], attendees: [{ id: "a", role: "health_visitor", views: { amy: nested(100_000) } }] };
    const checked = validateConference(ir, conference);
    expect(checked).toEqual({
      ok: false,
      problems: [
        // One message: the list of words says all there is to say of a value that is not even text.
        { path: "attendees[0].views.amy", message: "a list is not one of register, not_register, abstain", hint: "write one of: register, not_register, abstain" },
      ],
    });
    expect(() => evaluate(ir, conference)).toThrow(ConferenceInputError);
  });
});

describe("a conference that contains itself (from the library)", () => {
  it("a views object holding itself is a problem at its path", () => {
    const views: Record<string, unknown> = {};
    views["amy"] = views;
    const checked = validateConference(ir, { children: [{ id: "amy" }], attendees: [{ id: "a", role: "health_visitor", views }] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toContainEqual(expect.objectContaining({ path: "attendees[0].views.amy", message: "an object is not one of register, not_register, abstain" }));
  });

  it("a conference listed among its own attendees, and lists sharing one huge list, are problems, found quickly", () => {
    const conference: { children: unknown[]; attendees: unknown[] } = { children: [{ id: "amy" }], attendees: [] };
    conference.attendees.push(conference);
    const wide: unknown[] = [];
    for (let i = 0; i < 1000; i++) wide.push(wide);
    for (const value of [conference, { children: wide, attendees: wide }]) {
      const checked = validateConference(ir, value);
      expect(checked.ok).toBe(false);
      if (!checked.ok) expect(checked.problems.length).toBeLessThanOrEqual(52);
      expect(() => evaluate(ir, value)).toThrow(ConferenceInputError);
    }
  });

  it("a getter that fails is a problem with the input, not a crash", () => {
    const attendee = Object.defineProperty({ id: "a" }, "role", { enumerable: true, get: () => { throw new Error("no role today"); } });
    const checked = validateConference(ir, { children: [{ id: "amy" }], attendees: [attendee] });
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems[0]?.message).toContain("the conference could not be read as plain data (no role today)");
  });
});
