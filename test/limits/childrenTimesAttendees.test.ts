/**
 * Each child is decided with every attendee weighed, and its decision lists a unit per
 * attendee, so the work and the output of a conference grow with children times
 * attendees: 8,000 of each (a 1 MB file, or one line of a batch) took 3 GB and 17 s before
 * failing with an internal error. Past MAX_CHILDREN_TIMES_ATTENDEES the conference is a
 * problem at `children`, in `eval`, on its line of a batch and from the library.
 */
import { describe, expect, it } from "vitest";
import path from "node:path";
import { compileFile } from "../../compiler/compile.js";
import { MAX_CHILDREN_TIMES_ATTENDEES, validateConference } from "../../runtime/validateConference.js";
import { runCliWithStdin } from "../helpers/batch.js";
import { ENGINE } from "../helpers/runCli.js";

function wide(children: number, attendees: number): unknown {
  return {
    children: Array.from({ length: children }, (_, i) => ({ id: `c${i}` })),
    attendees: Array.from({ length: attendees }, (_, i) => ({ id: `a${i}`, role: i % 2 ? "health_visitor" : "police_officer" })),
  };
}

describe("children times attendees", () => {
  const { ir } = compileFile(path.join(ENGINE, "policies/wakefield.policy"), { today: "2026-01-01" });
  if (!ir) throw new Error("wakefield.policy did not compile");

  it(`past ${MAX_CHILDREN_TIMES_ATTENDEES.toLocaleString("en-GB")}, a problem at \`children\`, not gigabytes of work`, () => {
    const checked = validateConference(ir, wide(1_000, 2_000));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toEqual([expect.objectContaining({ path: "children", message: "the conference has 1,000 children and 2,000 attendees: deciding each child with every attendee weighed is 2,000,000 steps, more than the 1,000,000 Quorate takes for one conference" })]);
  });

  it("more than 1,000 children, even with one attendee, is a problem at `children` (a million made an output too long to write)", () => {
    const checked = validateConference(ir, wide(1_001, 1));
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems).toEqual([expect.objectContaining({ path: "children", message: "the conference has 1,001 children, more than the 1,000 Quorate decides in one conference" })]);
  });

  it("within it (10 children, 100,000 attendees or 1,000 and 1,000), valid", () => {
    expect(validateConference(ir, wide(10, 100_000)).ok).toBe(true);
    expect(validateConference(ir, wide(1_000, 1_000)).ok).toBe(true);
  });

  it("as one line of a batch: that line's problem, the next line decided", async () => {
    const small = JSON.stringify(wide(1, 3));
    const run = await runCliWithStdin(["eval", "policies/wakefield.policy", "--batch", "-"], `${JSON.stringify(wide(2_000, 2_000))}\n${small}\n`);
    expect(run.code).toBe(1);
    const records = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { status: string; problems?: { path: string }[] });
    expect(records.map((r) => r.status)).toEqual(["invalid", "decided"]);
    expect(records[0]?.problems?.[0]?.path).toBe("children");
  });
});
