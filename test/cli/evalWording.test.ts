/**
 * `quorate eval` says what happened in words that fit it: a chair who decides where there
 * is no majority is not said to break a tie, a vote left open says plainly what would
 * settle it, and a conference problem names the attendee by id as well as by place.
 */
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli, scratchFixture } from "../helpers/runCli.js";

const write = (dir: string, name: string, value: unknown) => writeFileSync(path.join(dir, name), JSON.stringify(value));
const practitioner = (id: string, role: string, view?: string) => ({ id, role, ...(view ? { views: { amy: view } } : {}) });

describe("quorate eval's words", () => {
  it("a tie broken by the chair is a tie; a decision with no majority is not", async () => {
    const dir = scratchFixture("regions");
    const policy = path.join(dir, "policies/board-a.policy");
    writeFileSync(policy, readFileSync(policy, "utf8").replace("tie: chair decides", "no majority: chair decides"));
    const room = [practitioner("sw", "children_social_worker"), practitioner("pc", "police_officer"), practitioner("hv", "health_visitor")];
    write(dir, "silent.json", { children: [{ id: "amy" }], attendees: room, chair: { decides: { amy: "register" } } });
    const silent = await runCli(["eval", "policies/board-a.policy", "silent.json"], dir);
    expect(silent.stdout).toContain("amy: REGISTER by the chair, as there is no majority\n");
    expect(silent.stdout).not.toContain("breaking a tie");

    const tied = [practitioner("sw", "children_social_worker", "register"), practitioner("pc", "police_officer", "not_register"), practitioner("hv", "health_visitor")];
    write(dir, "tied.json", { children: [{ id: "amy" }], attendees: tied, chair: { decides: { amy: "register" } } });
    const tie = await runCli(["eval", "policies/board-a.policy", "tied.json"], dir);
    expect(tie.stdout).toContain("amy: REGISTER by the chair, breaking a tie\n");
  });

  it("a vote that turns on a unit whose members disagree says what would settle it", async () => {
    const dir = scratchFixture("regions");
    const room = [practitioner("sw", "children_social_worker", "register"), practitioner("asw", "adult_social_worker", "not_register"), practitioner("pc", "police_officer", "register"), practitioner("hv", "health_visitor", "not_register")];
    write(dir, "split.json", { children: [{ id: "amy" }], attendees: room });
    const run = await runCli(["eval", "policies/board-a.policy", "split.json"], dir);
    expect(run.stdout).toContain("so it is not decided until the conference says who speaks for each (an attendee with `nominatedLead`)");
  });

  it("a quorum of groupings, or of required attendees only, is not called no quorum", async () => {
    const dir = scratchFixture("regions");
    const policy = path.join(dir, "policies/board-a.policy");
    const original = readFileSync(policy, "utf8");
    const room = [practitioner("sw", "children_social_worker", "register"), practitioner("pc", "police_officer", "register"), practitioner("hv", "health_visitor", "register")];
    write(dir, "room.json", { children: [{ id: "amy" }], attendees: room });

    writeFileSync(policy, original.replace("vote by agency", "vote by grouping").replace("at least 3 agencies taking part", "at least 2 groupings present").replace('cite "voting clause"', 'cite "voting clause"\n  grouping child_health "Child health" { health_visitor }'));
    const groupings = await runCli(["eval", "policies/board-a.policy", "room.json"], dir);
    expect(groupings.stderr).toBe("");
    expect(groupings.stdout).toContain("  quorum     met: 3 groupings (2 needed)\n");
    expect(groupings.stdout).not.toContain("states no quorum");

    writeFileSync(policy, original.replace("at least 3 agencies taking part", "require role police_officer"));
    const required = await runCli(["eval", "policies/board-a.policy", "room.json"], dir);
    expect(required.stdout).toContain("  quorum     met: 3 agencies\n");
    expect(required.stdout).not.toContain("states no quorum");

    writeFileSync(policy, original.replace('at least 3 agencies taking part cite "quorum clause"', 'silent "the protocol states no quorum"'));
    const silent = await runCli(["eval", "policies/board-a.policy", "room.json"], dir);
    expect(silent.stdout).toContain("  quorum     met: 3 agencies, the policy states no quorum\n");
  });

  it("a problem in the conference names the attendee by id as well as by place", async () => {
    const dir = scratchFixture("regions");
    write(dir, "bad.json", { children: [{ id: "amy" }], attendees: [practitioner("sw", "children_social_worker"), practitioner("pc", "polise_officer")] });
    const run = await runCli(["eval", "policies/board-a.policy", "bad.json"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("attendees[1].role (attendee `pc`): `polise_officer` is not a role in the vocabulary of board_a\n    help: did you mean `police_officer`?");
  });
});
