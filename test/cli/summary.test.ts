import { describe, expect, it } from "vitest";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { runCli, scratchFixture } from "../helpers/runCli.js";

describe("quorate summary (what npm start shows)", () => {
  it("fits a screen or two: each board in five lines, the rules by region as a grid, one line per pair", async () => {
    const run = await runCli(["summary", "policies", "--today", "2026-11-24"], scratchFixture("regions"));
    expect(run.code).toBe(0);
    // 4 files; 3 boards of 5 lines; the grid (2 heading lines, a row per differing rule and
    // one line for the rest); a heading and 3 pairs; 3 lines of pointers; each part after a blank.
    expect(run.stdout.trimEnd().split("\n").length).toBe(4 + 3 * 6 + 5 + 5 + 4);
    expect(run.stdout).toContain("1. Board A (board_a) — Wales\n   Voting      one vote per agency\n   Quorum      at least 3 agencies\n");
    expect(run.stdout).toMatch(/\n {2}quorum minimum +A {2}B {2}A\n {2}alike in every region: voting unit, /);
    expect(run.stdout).toMatch(/\n {2}1–2 {2}board_a \/ board_b: 1 rule that can change an outcome, 2 other differences; \d+\.\d% of conferences decided differently\n/);
    expect(run.stdout).toMatch(/\n {2}1–3 {2}board_a \/ board_c: no rule that can change an outcome, 2 other differences; no conference decided differently\n/);
    expect(run.stdout).toContain("`npx quorate diff policies`");
  });

  it("a board silent on how it decides is said to be silent, not to take no vote", async () => {
    const dir = scratchFixture("regions");
    const policy = path.join(dir, "policies/board-a.policy");
    const original = readFileSync(policy, "utf8");
    const silent = (consensus: string) => original.replace(/decision \{[^}]*\}/, `decision {\n  ${consensus}\n  silent "the protocol does not say how a decision is reached"\n}`);
    // Board A's own block: from its heading to the blank line after it.
    const boardA = (out: string) => out.slice(out.indexOf("Board A (board_a)"), out.indexOf("\n\n", out.indexOf("Board A (board_a)")));

    writeFileSync(policy, silent(""));
    const bare = await runCli(["summary", "policies", "--verbose", "--today", "2026-11-24"], dir);
    expect(bare.stderr).toBe("");
    expect(boardA(bare.stdout)).toContain("  Decision    the protocol is silent on how a decision is reached\n  Tie-break   not stated (the protocol is silent on how a decision is reached)\n");

    writeFileSync(policy, silent("consensus first"));
    const short = await runCli(["summary", "policies", "--today", "2026-11-24"], dir);
    expect(boardA(short.stdout)).toContain("   Decision    consensus first, the protocol is silent on how a decision is reached without consensus\n");
    expect(boardA(short.stdout)).not.toContain("no vote is taken");
  });

  it("--verbose describes every board in full, with the clauses, and each pair's smallest counterexample", async () => {
    const run = await runCli(["summary", "policies", "--verbose", "--today", "2026-11-24"], scratchFixture("regions"));
    expect(run.code).toBe(0);
    for (const label of ["Source", "Voting", "Eligibility", "Quorum", "Decision", "Tie-break", "Override", "Categories"]) expect(run.stdout).toContain(`  ${label}`);
    expect(run.stdout).toContain("  Quorum      at least 3 agencies [quorum clause]");
    expect(run.stdout).toContain("The smallest conference decided differently");
  });
});
