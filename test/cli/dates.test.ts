/**
 * Dates at the command line: `eval` dates each duty and names the version and calendar,
 * `eval --batch` names the version per line, `impact` over a history that spans a change
 * of version decides each conference under its own version, `quorate calendar` lists the
 * days counted, and a calendar file's closures count, its mistakes named by JSON path.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ImpactReport } from "../../cli/impact/report.js";
import type { DecisionResult } from "../../runtime/decision.js";
import { compileSchema } from "../../runtime/validateConference.js";
import { datedPolicy } from "../helpers/datedPolicy.js";
import { jsonLines, runCliWithStdin } from "../helpers/batch.js";
import { ENGINE, REPO, runCli, scratchFolders } from "../helpers/runCli.js";

const schema = (name: string) => compileSchema(JSON.parse(readFileSync(path.join(REPO, "schemas", name), "utf8")) as Record<string, unknown>);

/** Social care and police agree; with a quorum of three agencies that is not enough. */
const twoAgencies = (date?: string, title?: string) => ({
  ...(title ? { title } : {}),
  ...(date ? { date } : {}),
  children: [{ id: "amy" }],
  attendees: [
    { id: "sw", role: "children_social_worker", views: { amy: "register" } },
    { id: "pc", role: "police_officer", views: { amy: "register" } },
  ],
});

/**
 * A board with two versions (V1 from 1 July 2021, a quorum of two agencies; V2 from
 * 23 April 2025, three), and a proposal (two agencies, one version).
 */
function boardFolder(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "quorate-test-"));
  scratchFolders.push(dir);
  mkdirSync(path.join(dir, "policies"));
  copyFileSync(path.join(ENGINE, "policies/vocabulary.policy"), path.join(dir, "policies/vocabulary.policy"));
  const write = (name: string, text: string) => writeFileSync(path.join(dir, name), text);
  write("policies/board-2021.policy", datedPolicy('jurisdiction england\nversion "V1" effective 2021-07-01 review 2025-07-01', "", "test_board", 2));
  write("policies/board.policy", datedPolicy('jurisdiction england\nsupersedes "board-2021.policy"\nversion "V2" effective 2025-04-23 review 2027-04-23', "", "test_board", 3));
  write("policies/proposed.policy", datedPolicy('jurisdiction england\nversion "proposal" review 2027-04-23', "", "test_board", 2));
  return dir;
}

describe("quorate eval with a dated conference", () => {
  it("gives each duty its date in the issue's words, and names the version and calendar", async () => {
    const dir = boardFolder();
    const room = { ...twoAgencies("2026-11-30"), attendees: [...twoAgencies().attendees, { id: "hv", role: "health_visitor", views: { amy: "register" } }] };
    writeFileSync(path.join(dir, "conference.json"), JSON.stringify(room));
    const run = await runCli(["eval", "policies/board.policy", "conference.json"], dir);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[1]).toBe("  for a conference on Monday 30 November 2026, under version “V2” (in force from Wednesday 23 April 2025) in policies/board.policy; due dates count the working days of England and Wales");
    expect(lines.find((l) => l.includes("circulate"))).toMatch(/^ {2}duties {5}circulate within 15 working days — by Monday 21 December 2026 \[board\.policy:\d+\]$/);
    const json = await runCli(["eval", "policies/board.policy", "conference.json", "--format", "json"], dir);
    const decision = JSON.parse(json.stdout) as DecisionResult;
    expect(schema("decision.schema.json")(decision)).toBe(true);
    expect(decision.children[0]?.obligations[0]).toMatchObject({ kind: "circulate", due: "2026-12-21" });
  });

  it("takes a calendar file's closures, and names each mistake in it by JSON path", async () => {
    const dir = boardFolder();
    writeFileSync(path.join(dir, "conference.json"), JSON.stringify({ ...twoAgencies("2026-12-04"), attendees: [...twoAgencies().attendees, { id: "hv", role: "health_visitor", views: { amy: "register" } }] }));
    writeFileSync(path.join(dir, "closures.json"), JSON.stringify({ format: "quorate.calendar/1", jurisdiction: "wales", closures: [{ from: "2026-12-29", to: "2026-12-31", reason: "offices closed" }] }));
    const json = await runCli(["eval", "policies/board.policy", "conference.json", "--format", "json", "--calendar", "closures.json"], dir);
    const decision = JSON.parse(json.stdout) as DecisionResult;
    // Without the closure: Tuesday 29 December; with it, past New Year's Day to Monday 4 January.
    expect(decision.children[0]?.obligations[0]?.due).toBe("2027-01-04");
    expect(decision.inForce?.closures).toBe(1);

    writeFileSync(path.join(dir, "bad.json"), JSON.stringify({ jurisdiction: "scotland", closures: [{ from: "2026-12-31", to: "2026-12-29" }, { date: "2026-02-30" }, { date: "2026-12-24", to: "2026-12-25" }] }));
    const bad = await runCli(["eval", "policies/board.policy", "conference.json", "--calendar", "bad.json"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe(
      [
        "error: bad.json is not a calendar Quorate can use:",
        "  jurisdiction: the calendar is for Scotland, and test_board is a policy of England",
        "    help: pass the calendar of the policy's own jurisdiction, or correct `jurisdiction`",
        "  closures[0].to: the closure ends (2026-12-29) before it begins (2026-12-31)",
        "    help: give the first day closed as `from` and the last as `to`",
        "  closures[1].date: `2026-02-30` is not a real date",
        "    help: check the month (01–12) and the day; write it as year-month-day, like 2026-12-29",
        "  closures[2]: a closure gives either `date` or `from` and `to`, not both",
        '    help: write `{ "date": "2026-12-24" }` or `{ "from": "2026-12-29", "to": "2026-12-31" }`',
        "",
      ].join("\n"),
    );
    const shape = await runCli(["eval", "policies/board.policy", "conference.json", "--calendar", "conference.json"], dir);
    expect(shape.stderr).toContain('error: conference.json is not a calendar Quorate can use:\n  (the whole file): the file has no `closures`\n    help: list the days closed: `"closures": [{ "date": "2026-12-29", "reason": "…" }]`\n');
    expect(shape.stderr).toContain("  children: `children` is not a field at the top of the file\n    help: the fields are: $schema, format, jurisdiction, closures\n");
  });

  it("refuses --calendar where no deadline is dated", async () => {
    const run = await runCli(["check", "policies", "--calendar", "closures.json"], boardFolder());
    expect([run.code, run.stderr]).toEqual([2, "error: `quorate check` does not take --calendar\n  help: run `quorate --help` for the options\n"]);
  });
});

describe("quorate eval --batch and impact over a history that spans a change of version", () => {
  const history = [twoAgencies("2024-03-12", "under V1"), twoAgencies("2025-04-22", "the day before V2"), twoAgencies("2025-04-23", "V2's first day"), twoAgencies("2026-11-30", "under V2"), twoAgencies("2020-01-06", "before V1"), twoAgencies(undefined, "no date")];

  it("names the version each line was decided under", async () => {
    const run = await runCliWithStdin(["eval", "policies/board.policy", "--batch", "-"], jsonLines(history), { cwd: boardFolder() });
    expect(run.code).toBe(0);
    const records = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { title: string; version: Record<string, unknown>; children: { outcome: string }[] });
    const validate = schema("batch-line.schema.json");
    for (const r of records) expect(validate(r), JSON.stringify(validate.errors)).toBe(true);
    const v1 = { label: "V1", effective: "2021-07-01", file: "policies/board-2021.policy" };
    const v2 = { label: "V2", effective: "2025-04-23", file: "policies/board.policy" };
    expect(records.map((r) => [r.title, r.version, r.children[0]?.outcome])).toEqual([
      ["under V1", v1, "register"],
      ["the day before V2", v1, "register"],
      ["V2's first day", v2, "not_quorate"],
      ["under V2", v2, "not_quorate"],
      ["before V1", { ...v1, beforeFirst: true }, "register"],
      ["no date", { ...v2, undated: true }, "not_quorate"],
    ]);
    expect(run.stderr).toBe(
      '6 conferences decided under policies/board.policy\nnote: 1 conference dated before the first version came into force ("beforeFirst"), decided under it as the nearest known\nnote: 1 conference with no date ("undated"), decided under the newest version: give each its `date`\n',
    );
  });

  it("impact decides each conference under its own version on each side, and counts them", async () => {
    const run = await runCliWithStdin(["impact", "policies/board.policy", "policies/proposed.policy", "-", "--format", "json"], jsonLines(history), { cwd: boardFolder() });
    const report = JSON.parse(run.stdout) as ImpactReport;
    expect(schema("impact.schema.json")(report)).toBe(true);
    // Only the conferences V2 decided change: the proposal's two agencies are V1's rule.
    expect(report.changes.map((c) => [c.title, c.old.outcome, c.old.version, c.new.outcome])).toEqual([
      ["V2's first day", "not_quorate", "V2", "register"],
      ["under V2", "not_quorate", "V2", "register"],
      ["no date", "not_quorate", "V2", "register"],
    ]);
    expect(run.code).toBe(1);
    expect(report.versions?.old).toEqual([
      { label: "V1", effective: "2021-07-01", file: "policies/board-2021.policy", conferences: 3, beforeEffective: 1, pastReview: 0, undated: 0 },
      { label: "V2", effective: "2025-04-23", file: "policies/board.policy", conferences: 3, beforeEffective: 0, pastReview: 0, undated: 1 },
    ]);
    expect(report.versions?.new).toEqual([{ label: "proposal", effective: null, file: "policies/proposed.policy", conferences: 6, beforeEffective: 0, pastReview: 0, undated: 1 }]);
    const text = await runCliWithStdin(["impact", "policies/board.policy", "policies/proposed.policy", "-"], jsonLines(history), { cwd: boardFolder() });
    expect(text.stdout).toContain("  Each conference is decided under the version in force on its date:\n    old: V1 (from 2021-07-01): 3 conferences, 1 dated before it came into force; V2 (from 2025-04-23): 3 conferences, 1 with no date\n    new: proposal: 6 conferences, 1 with no date\n");
    expect(text.stdout).toContain("line 3 “V2's first day”, child amy: not quorate (under V2) → register (consensus)");
  });
});

describe("quorate calendar", () => {
  it("lists the working days and holidays a policy counts, with the closures", async () => {
    const dir = boardFolder();
    writeFileSync(path.join(dir, "closures.json"), JSON.stringify({ closures: [{ date: "2026-12-24", reason: "Christmas Eve" }] }));
    const run = await runCli(["calendar", "policies/board.policy", "--from", "2026-12-23", "--to", "2026-12-29", "--calendar", "closures.json"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        "Test Board (test_board) counts deadlines on the working days of England and Wales",
        "from Wednesday 23 December 2026 to Tuesday 29 December 2026: 2 working days of 7",
        "",
        "  Wednesday 23 December 2026  working day",
        "  Thursday 24 December 2026   closed: Christmas Eve [closures.json closures[0]]",
        "  Friday 25 December 2026     public holiday: Christmas Day",
        "  Saturday 26 December 2026   weekend",
        "  Sunday 27 December 2026     weekend",
        "  Monday 28 December 2026     public holiday: Boxing Day (substitute day)",
        "  Tuesday 29 December 2026    working day",
        "",
        "Public holidays from date-holidays 3.37.0, confirmed to the end of 2027.",
        "",
      ].join("\n"),
    );
    const json = await runCli(["calendar", "policies/board.policy", "--from", "2027-12-31", "--to", "2028-01-03", "--format", "json"], dir);
    const report = JSON.parse(json.stdout) as { workingDays: number; days: unknown[]; notes: string[] };
    expect(schema("working-days.schema.json")(report)).toBe(true);
    // New Year's Day 2028 is a Saturday: Monday 3 January is the holiday.
    expect(report.workingDays).toBe(1);
    expect(report.days[1]).toEqual({ date: "2028-01-01", working: false, why: "weekend" });
    expect(report.days[3]).toEqual({ date: "2028-01-03", working: false, why: "holiday", name: "New Year's Day (substitute day)" });
    expect(report.notes).toEqual([expect.stringMatching(/^public holidays after 2027 are not yet confirmed/)]);
  });

  it("says what is wrong with the range", async () => {
    const dir = boardFolder();
    const errors = await Promise.all([
      runCli(["calendar", "policies/board.policy", "--to", "2026-12-29"], dir),
      runCli(["calendar", "policies/board.policy", "--from", "2026-12-31", "--to", "2026-12-29"], dir),
      runCli(["calendar", "policies/board.policy", "--from", "2026-12-01", "--to", "2046-12-29"], dir),
      runCli(["calendar", "policies/board.policy", "--from", "2026-13-01", "--to", "2026-12-29"], dir),
    ]);
    expect(errors.map((e) => [e.code, e.stderr.split("\n")[0]])).toEqual([
      [2, "error: name the first day to list with `--from`"],
      [2, "error: `--to 2026-12-29` is before `--from 2026-12-31`"],
      [2, "error: from 2026-12-01 to 2046-12-29 is 7,334 days, more than the 3,660 (ten years) listed at once"],
      [2, "error: `--from 2026-13-01` is not a date"],
    ]);
  });
});
