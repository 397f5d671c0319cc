import { describe, expect, it } from "vitest";
import { REPO, runCli } from "../helpers/runCli.js";

describe("quorate summary (what npm start shows)", () => {
  it("describes every board: groupings, quorum, decision rule, tie-break, override and categories", async () => {
    const run = await runCli(["summary", "policies", "--today", "2026-11-24"], REPO);
    expect(run.code).toBe(0);
    for (const title of ["Mid and West Wales Safeguarding Board", "Cwm Taf Morgannwg Safeguarding Board", "Wakefield", "South Ayrshire", "Lancashire"]) {
      expect(run.stdout).toContain(title);
    }
    for (const label of ["Groupings", "Quorum", "Decision", "Tie-break", "Override", "Categories"]) expect(run.stdout).toContain(label);
    expect(run.stdout).toContain("at least 3 agencies with direct contact [§2 para 5]");
    expect(run.stdout).toContain("the chair decides (executive decision) [bullet 7]");
    expect(run.stdout).toContain("the chair may override a majority or even a unanimous view");
    expect(run.stdout).toContain("the chair may override a majority view, when authorised by the board, recording reasons");
    expect(run.stdout).toContain("gp may sit with child_health or adult_health (default child_health)");
    expect(run.stdout).toContain("primary_school, secondary_school, nursery vote only on children they are involved with [§8, grouping 9]");
    expect(run.stdout).toContain("Eligibility every unit votes on every child [Consensus not reached, para 5]");
  });
});
