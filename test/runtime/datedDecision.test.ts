/**
 * A dated conference's decision: each triggered duty, a route's start and each of its
 * stages get a due date on the policy's working days (its closures included), the
 * decision says which calendar and version it counted on, and a conference's date and
 * time are checked like any other input. Undated conferences are decided as before.
 */
import { describe, expect, it } from "vitest";
import type { PolicyIR } from "../../compiler/ir.js";
import { compileVersions } from "../../compiler/versions.js";
import { memoryHost } from "../../compiler/host.js";
import type { Conference } from "../../runtime/conference.js";
import { createEvaluator } from "../../runtime/evaluator.js";
import { validateConference } from "../../runtime/validateConference.js";
import { createVersionedEvaluator, PolicyVersions } from "../../runtime/versions.js";
import { BUNDLED_FILES, compileText } from "../helpers/compileText.js";
import { attendee, conference } from "../helpers/conferences.js";
import { datedPolicy } from "../helpers/datedPolicy.js";

function compiled(source: string): PolicyIR {
  const result = compileText(source);
  if (!result.ir) throw new Error(result.diagnostics.map((d) => `${d.code} ${d.range.start.line}: ${d.message}`).join("\n"));
  return result.ir;
}

const CLOSED = `calendar {
  closed 2026-12-29 to 2026-12-31 "the council's offices are closed between Christmas and New Year"
}
`;

/** Social care and police for registering, the health visitor against it with a formal dissent. */
const dissenting = (extra: Partial<Conference>): Conference =>
  conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", { amy: "register" }), attendee("hv", "health_visitor", { amy: "not_register" }, { dissent: { amy: "formal" } })], extra);

describe("a dated conference's duties and routes", () => {
  const england = compiled(datedPolicy("jurisdiction england"));

  it("dates each duty from the conference's date and time, and says which calendar it counted", () => {
    const result = createEvaluator(england)(dissenting({ date: "2026-12-04", time: "15:00" }));
    const amy = result.children[0];
    expect(amy?.outcome).toBe("register");
    // Friday 4 December 2026: 15 working days skip Christmas Day and Boxing Day's substitute (Monday 28th).
    expect(amy?.obligations.map((o) => [o.kind, o.due, o.dueTime])).toEqual([
      ["circulate", "2026-12-29", undefined],
      ["convene", "2027-03-04", undefined],
      ["escalate", "2026-12-07", "15:00"],
    ]);
    expect(result.inForce).toEqual({ date: "2026-12-04", time: "15:00", calendar: "England and Wales", closures: 0, version: { label: null, effective: null, review: null, file: null }, notes: [] });
    const trace = amy?.trace.filter((s) => s.step === "obligations").map((s) => s.detail) ?? [];
    expect(trace).toContain('conference held: circulate within 15 working days — by Tuesday 29 December 2026 (the record)');
  });

  it("dates a route's latest start and each stage from the one before, through Christmas and a year end", () => {
    const route = createEvaluator(england)(dissenting({ date: "2026-12-04" })).children[0]?.routes[0];
    expect(route?.startBy).toBe("2026-12-09");
    expect(route?.stages.map((s) => [s.to, s.due])).toEqual([
      ["the conference chair", "2026-12-16"],
      ["the Head of Safeguarding", "2027-01-04"],
    ]);
  });

  it("skips the closure days the policy declares", () => {
    const closed = compiled(datedPolicy("jurisdiction england", CLOSED));
    const result = createEvaluator(closed)(dissenting({ date: "2026-12-04" }));
    expect(result.children[0]?.routes[0]?.stages[1]?.due).toBe("2027-01-07");
    expect(result.children[0]?.obligations[0]?.due).toBe("2027-01-04");
    expect(result.inForce?.closures).toBe(1);
  });

  it("gives no date to hours without a time, and says why once", () => {
    const policy = compiled(datedPolicy("jurisdiction england").replace("within 72 hours", "within 36 hours"));
    const result = createEvaluator(policy)(dissenting({ date: "2026-12-04" }));
    const escalate = result.children[0]?.obligations.find((o) => o.kind === "escalate");
    expect(escalate).toMatchObject({ due: null, dueNote: 'a deadline in hours needs the conference\'s time: give `time` (like "14:00") beside its `date`' });
    expect(result.inForce?.notes).toEqual([escalate?.dueNote]);
  });

  it("counts on Scotland's days for a Scottish policy", () => {
    // Friday 27 November 2026: St Andrew's Day falls on the Monday after.
    const scotland = compiled(datedPolicy("jurisdiction scotland"));
    const result = createEvaluator(scotland)(dissenting({ date: "2026-11-27" }));
    expect(result.children[0]?.routes[0]?.startBy).toBe("2026-12-03");
    expect(createEvaluator(england)(dissenting({ date: "2026-11-27" })).children[0]?.routes[0]?.startBy).toBe("2026-12-02");
  });

  it("notes a conference after the policy's review date", () => {
    const reviewed = compiled(datedPolicy('version "V1" review 2026-06-30\njurisdiction england'));
    expect(createEvaluator(reviewed)(dissenting({ date: "2026-12-04" })).inForce?.notes).toEqual(["the conference is after the review date of version “V1” (2026-06-30): a newer protocol may have been in force, and this policy does not record it"]);
    expect(createEvaluator(reviewed)(dissenting({ date: "2026-06-30" })).inForce?.notes).toEqual([]);
  });

  it("leaves an undated conference's decision as it was", () => {
    const result = createEvaluator(england)(dissenting({}));
    expect(result.inForce).toBeUndefined();
    expect(result.children[0]?.obligations.every((o) => !("due" in o))).toBe(true);
    expect(Object.keys(result)).toEqual(["format", "policy", "title", "notApplied", "children"]);
  });
});

describe("a conference's date and time as input", () => {
  const ir = compiled(datedPolicy("jurisdiction england"));
  const problems = (extra: Record<string, unknown>) => {
    const checked = validateConference(ir, { ...dissenting({}), ...extra });
    return checked.ok ? [] : checked.problems;
  };

  it("refuses a date or time written wrongly, or not on the calendar, naming the field", () => {
    expect(problems({ date: "30/11/2026" })).toEqual([{ path: "date", message: '"30/11/2026" is not a date written year-month-day', hint: "write the day the conference sat as year-month-day, like 2026-11-30" }]);
    expect(problems({ date: "2026-02-29" })).toEqual([{ path: "date", message: "`2026-02-29` is not a real date", hint: "check the month (01–12) and the day; write it as year-month-day, like 2026-11-30" }]);
    expect(problems({ date: "2026-11-30", time: "9:30" })).toEqual([{ path: "time", message: '"9:30" is not a time written hours:minutes', hint: "write the time on the 24-hour clock, like 09:30 or 14:00" }]);
    expect(problems({ date: "2026-11-30", time: "24:00" })).toEqual([{ path: "time", message: "`24:00` is not a time of day", hint: "write the time on the 24-hour clock, from 00:00 to 23:59" }]);
    expect(problems({ time: "10:00" })).toEqual([{ path: "time", message: "the conference gives a time but no date", hint: 'add the day it sat, like `"date": "2026-11-30"`, beside the time' }]);
    expect(problems({ date: "2026-11-30", time: "10:00" })).toEqual([]);
  });
});

describe("versions in force", () => {
  const files = {
    ...BUNDLED_FILES,
    "policies/board-2021.policy": datedPolicy('version "V1" effective 2021-07-01 review 2023-07-01\njurisdiction england', CLOSED, "test_board", 2),
    "policies/board.policy": datedPolicy('supersedes "board-2021.policy"\nversion "V2" effective 2025-04-23 review 2027-04-23\njurisdiction england', "", "test_board", 3),
  };
  const compiledVersions = compileVersions("policies/board.policy", { host: memoryHost(files), today: "2026-11-24" });
  const versions = new PolicyVersions(compiledVersions.versions ?? []);
  const two = (date?: string): Conference => conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", { amy: "register" })], date === undefined ? {} : { date });

  it("compiles the chain oldest first", () => {
    expect(compiledVersions.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(compiledVersions.versions?.map((v) => [v.file, v.ir.metadata.versions[0]?.label])).toEqual([
      ["policies/board-2021.policy", "V1"],
      ["policies/board.policy", "V2"],
    ]);
  });

  it("decides each conference under the version in force on its date, and says which", () => {
    const decide = createVersionedEvaluator(versions);
    // V1 needs two agencies, V2 three.
    const before = decide(two("2025-04-22"));
    expect(before.children[0]?.outcome).toBe("register");
    expect(before.inForce?.version).toEqual({ label: "V1", effective: "2021-07-01", review: "2023-07-01", file: "policies/board-2021.policy" });
    expect(before.inForce?.notes).toEqual(["the conference is after the review date of version “V1” (2023-07-01): a newer protocol may have been in force, and this policy does not record it"]);
    const on = decide(two("2025-04-23"));
    expect(on.children[0]?.outcome).toBe("not_quorate");
    expect(on.inForce?.version?.label).toBe("V2");
    expect(on.inForce?.notes).toEqual([]);
  });

  it("decides a conference before the first version under it, and an undated one under the newest, each with a note", () => {
    const decide = createVersionedEvaluator(versions);
    const early = decide(two("2020-01-06"));
    expect([early.children[0]?.outcome, early.inForce?.version?.label]).toEqual(["register", "V1"]);
    expect(early.inForce?.notes).toEqual(["the conference (Monday 6 January 2020) is before the first version recorded came into force (Thursday 1 July 2021): it is decided under that version, version “V1” of policies/board-2021.policy, as the nearest known"]);
    const undated = decide(two());
    expect([undated.children[0]?.outcome, undated.inForce?.version?.label, undated.inForce?.date]).toEqual(["not_quorate", "V2", null]);
    expect(undated.inForce?.notes).toEqual(["the conference gives no date, so it is decided under the newest, version “V2” of policies/board.policy: give its `date` to decide it under the version in force that day"]);
  });

  it("counts every version's closures, whichever version decides", () => {
    // V1 declares the closure; a conference decided under V2 still skips it.
    const result = createVersionedEvaluator(versions)(conference([attendee("sw", "children_social_worker", { amy: "register" }), attendee("pc", "police_officer", { amy: "register" }), attendee("hv", "health_visitor", { amy: "register" })], { date: "2026-12-04" }));
    expect(result.inForce?.version?.label).toBe("V2");
    expect(result.children[0]?.obligations[0]?.due).toBe("2027-01-04");
  });
});
