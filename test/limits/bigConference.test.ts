/**
 * Conference files from case systems can be large: 100,000 attendees are decided (each
 * from an organisation of their own, so per-organisation policies see tens of thousands
 * of units), and a file over the 32 MiB limit is refused unread, naming the limit.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_CONFERENCE_BYTES } from "../../runtime/validateConference.js";
import { runCli, scratchPolicies } from "../helpers/runCli.js";
import { conferenceWithAttendees } from "./largeInputs.js";

const COUNT = 100_000;

describe(`a conference of ${COUNT.toLocaleString("en-GB")} attendees`, () => {
  const dir = scratchPolicies();
  writeFileSync(path.join(dir, "crowd.json"), JSON.stringify(conferenceWithAttendees(COUNT)));

  it("is decided under a policy where each school votes apart (JSON output)", async () => {
    const run = await runCli(["eval", "policies/cwm-taf-morgannwg.policy", "crowd.json", "--format", "json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const decision = JSON.parse(run.stdout) as { children: { child: string; outcome: string; units: unknown[] }[] };
    expect(decision.children.map((c) => c.child)).toEqual(["amy", "ben"]);
    // One unit per school (a quarter of the room), beside the groupings of everyone else.
    expect(decision.children[0]?.units.length).toBeGreaterThan(COUNT / 4);
    for (const child of decision.children) expect(["register", "not_register", "unresolved"]).toContain(child.outcome);
  });

  it("is explained in text whose lists name a few and count the rest", async () => {
    const run = await runCli(["eval", "policies/wakefield.policy", "crowd.json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/amy: (NOT )?REGISTER/);
    // The trace does not grow with the room: one line per step, not per attendee.
    const trace = run.stdout.slice(run.stdout.indexOf("Why:"));
    expect(trace.length).toBeLessThan(20_000);
  });
});

describe("a conference file over the size limit", () => {
  it(`is refused unread with exit 2, naming the file and its size (limit ${MAX_CONFERENCE_BYTES} bytes)`, async () => {
    const dir = scratchPolicies();
    const bytes = MAX_CONFERENCE_BYTES + 1;
    writeFileSync(path.join(dir, "enormous.json"), Buffer.alloc(bytes, 0x20));
    const run = await runCli(["eval", "policies/wakefield.policy", "enormous.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`cannot read \`enormous.json\`: the file is ${bytes} bytes, far more than a conference file can be`);
    expect(run.stderr).toContain("help:");
  });
});
