import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { styleFor } from "../../cli/style.js";
import { diff } from "../../diff/diff.js";
import { renderDiffText } from "../../diff/render/text.js";
import { boardIR, policyIR } from "../helpers/conferences.js";
import { ENGINE, runCli, scratchPolicies } from "../helpers/runCli.js";
import { bundledDiff, POLICY_FILE, TEST_SEARCH } from "./helpers.js";

describe("Mid and West Wales against Cwm Taf Morgannwg", () => {
  const report = diff([boardIR("mid-and-west-wales"), boardIR("cwm-taf-morgannwg")], { search: TEST_SEARCH });
  const subjects = report.changes.map((c) => c.subject);

  it("reports the GP, paediatrician and school groupings as different", () => {
    for (const s of ["grouping gp", "grouping paediatrician", "grouping primary_school", "grouping secondary_school", "grouping education"]) expect(subjects).toContain(s);
    const gp = report.changes.find((c) => c.subject === "grouping gp");
    expect(gp).toMatchObject({ kind: "removed", severity: "outcome", aspect: "groupings" });
    // Shown by name: the General practitioner votes in Child Health Services, or may sit with Adult Health Services.
    expect(gp?.b).toContain("General practitioner votes in grouping Child Health Services (or Adult Health Services)");
    expect(report.changes.find((c) => c.subject === "role gp")?.b).toContain("may sit with Child Health Services and Adult Health Services");
  });

  it("reports the quorum rule, per-child eligibility and categories as different, citing each side", () => {
    const quorum = report.changes.find((c) => c.subject === "quorum minimum");
    expect(quorum).toMatchObject({ a: "no quorum number stated", b: "at least 3 agencies with direct contact with the child", severity: "outcome" });
    expect(quorum?.cite.b?.cite).toMatch(/^§2 para 5/);
    expect(report.changes.filter((c) => c.aspect === "eligibility").map((c) => c.subject)).toEqual(expect.arrayContaining(["siblings without consensus", "roles voting only on their own children"]));
    expect(report.changes.find((c) => c.subject === "categories")).toMatchObject({ a: "no list given", b: "physical, emotional, sexual, financial, neglect", severity: "procedure" });
  });

  it("finds conferences the two decide differently, the smallest first", () => {
    const decided = report.counterexamples.filter((c) => c.follows === undefined);
    const [first] = decided;
    expect(first?.attendees).toBe(1);
    expect(report.pairs[0]?.semantic?.differing).toBeGreaterThan(0);
    const sizes = decided.map((c) => c.attendees * 10 + c.children);
    expect([...sizes].sort((x, y) => x - y)).toEqual(sizes);
  });
});

describe("a protocol silent on how a decision is reached", () => {
  const board = (decision: string) => `
    policy silent_board "Silent Board" {
      jurisdiction england
      vocabulary "vocabulary.policy"
      version dated 2026-01-01
    }
    categories { silent "no list" }
    voting { silent "not stated" }
    eligibility { silent "not stated" }
    quorum { silent "not stated" }
    decision {
      ${decision}
    }
  `;

  it("is compared as silent, not as a rule that takes no vote", () => {
    const silent = policyIR(board(`silent "the protocol does not say how a decision is reached"`));
    const chair = policyIR(board("executive decision by chair").replace("silent_board", "chair_board"));
    const report = diff([silent, chair]);
    expect(report.changes.find((c) => c.subject === "decision rule")).toMatchObject({ a: "the protocol is silent: no decision is reached" });
    expect(report.changes.find((c) => c.subject === "tie-break")).toMatchObject({ a: "not stated: the protocol is silent on how a decision is reached", b: "not needed: no vote is taken" });
  });
});

describe("every pair of the five bundled policies", () => {
  const report = bundledDiff();

  it("compares all ten pairs and finds a counterexample for each", () => {
    expect(report.pairs).toHaveLength(10);
    for (const pair of report.pairs) expect(pair.semantic?.counterexamples, pair.between.join(" vs ")).toBeGreaterThan(0);
  });

  it("gives counterexamples that `quorate eval` really decides differently under each policy", async () => {
    const dir = scratchPolicies();
    for (const pair of report.pairs) {
      const c = report.counterexamples.find((x) => x.between[0] === pair.between[0] && x.between[1] === pair.between[1]);
      if (!c) throw new Error(`no counterexample for ${pair.between.join(" vs ")}`);
      const file = path.join(dir, `${pair.between.join("-")}.json`);
      writeFileSync(file, JSON.stringify(c.conference));
      const outcomes: string[] = [];
      for (const key of pair.between) {
        const run = await runCli(["eval", POLICY_FILE[key] ?? "", file, "--format", "json"], ENGINE);
        expect(run.code, run.stderr).toBe(0);
        const decided = JSON.parse(run.stdout) as { children: { child: string; outcome: string }[] };
        outcomes.push(decided.children[0]?.outcome ?? "");
        expect(Object.fromEntries(decided.children.map((ch) => [ch.child, ch.outcome]))).toEqual(c.outcomes[key]);
      }
      expect(outcomes[0]).not.toBe(outcomes[1]);
      expect(outcomes).toEqual([c.differs.a, c.differs.b]);
    }
  });

  it("gives a matrix row for every aspect with one cell per policy", () => {
    const quorum = report.matrix.find((r) => r.subject === "quorum minimum");
    expect(quorum?.cells.map((c) => c.policy)).toEqual(report.policies.map((p) => p.key));
    expect(quorum?.same).toBe(false);
    expect(report.matrix.find((r) => r.subject === "jurisdiction")?.same).toBe(false);
  });
});

describe("a policy against itself and against a one-word change", () => {
  it("reports no change and no counterexample for a policy diffed with itself", () => {
    const ir = boardIR("cwm-taf-morgannwg");
    const report = diff([{ ir, file: "a.policy" }, { ir, file: "b.policy" }], { search: TEST_SEARCH });
    expect(report.changes).toEqual([]);
    expect(report.counterexamples).toEqual([]);
    expect(report.pairs[0]?.semantic?.differing).toBe(0);
    expect(report.pairs[0]?.semantic?.conferences).toBeGreaterThan(1000);
    expect(report.equivalent).toBe(true);
    expect(report.policies.map((p) => p.key)).toEqual(["a.policy", "b.policy"]);
  });

  const CTM = readFileSync(path.join(ENGINE, "policies/cwm-taf-morgannwg.policy"), "utf8");
  /** A policy text with one passage replaced; the passage must be there. */
  const edited = (text: string, from: string, to: string) => {
    expect(text, from).toContain(from);
    return text.replace(from, to);
  };
  /** Cwm Taf Morgannwg as written (`old.policy`) against an edited text of it (`new.policy`). */
  const againstCtm = (changed: string, options: Parameters<typeof diff>[1]) => diff([{ ir: policyIR(CTM), file: "old.policy" }, { ir: policyIR(changed), file: "new.policy" }], options);

  it("reports quorum 3 → 4 as exactly that change, and finds a conference it decides differently", () => {
    const changed = edited(CTM, "at least 3 agencies with direct contact", "at least 4 agencies with direct contact");
    // Three agencies with direct contact meet the old quorum and not the new one: search rooms of three.
    const report = againstCtm(changed, { search: { maxAttendees: 3 } });
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({ subject: "quorum minimum", kind: "changed", severity: "outcome", a: "at least 3 agencies with direct contact with the child", b: "at least 4 agencies with direct contact with the child" });
    const decided = report.counterexamples.filter((c) => c.follows === undefined);
    const first = decided[0];
    expect(first?.differs.b).toBe("not_quorate");
    expect(first?.attendees).toBe(3);
    expect(decided.every((c) => c.differs.b === "not_quorate")).toBe(true);
  });

  it("reports `services within local authority count separately` as a recorded rule that decides nothing differently", () => {
    const changed = edited(CTM, "  unborn child requires midwife\n", '  services within local authority count separately cite "a test clause"\n  unborn child requires midwife\n');
    // Organisations are never what an agency count reads, so no room of up to three is decided differently.
    const report = againstCtm(changed, { search: { maxAttendees: 3 } });
    expect(report.changes).toHaveLength(1);
    expect(report.changes[0]).toMatchObject({ subject: "local authority services", kind: "changed", severity: "metadata", a: "not stated" });
    expect(report.pairs[0]?.semantic?.differing).toBe(0);
  });

  it("shows a change of wording: a duty's words, a category's name, a reading taken, a grouping's name and the title", () => {
    const before = policyIR(CTM);
    const obligation = before.obligations.find((o) => o.description !== null);
    const ambiguity = before.ambiguities[0];
    expect(obligation && ambiguity).toBeTruthy();
    const duty = [`"${obligation?.description}"`, '"something else entirely"'] as const;
    const category = ['neglect "Neglect"', 'neglect "Neglect of a child"'] as const;
    const edits: (readonly [string, string])[] = [category, ['"Child Health Services"', '"Child health"'], duty, [`"${ambiguity?.reading}"`, '"another reading"'], [`"${before.title}"`, '"A new title"']];
    const report = againstCtm(
      edits.reduce((text, [from, to]) => edited(text, from, to), CTM),
      { semantic: false },
    );
    const subjects = report.changes.map((c) => `${c.severity} ${c.subject}`);
    expect(subjects).toEqual(
      expect.arrayContaining(["metadata category names", "metadata grouping child_health", "metadata title", expect.stringMatching(/^procedure duty: /), expect.stringMatching(/^metadata ambiguity in /)]),
    );
    expect(report.changes).toHaveLength(5);
    expect(report.changes.find((c) => c.subject.startsWith("duty: "))?.b).toContain('"something else entirely"');
    expect(report.changes.find((c) => c.subject.startsWith("ambiguity "))?.b).toBe("reading taken: another reading");
    expect(report.equivalent).toBe(false);
    // A duty's words are what must be done: a procedure change, so the policies differ. One change is counted in the singular.
    const one = againstCtm(edited(CTM, ...duty), { semantic: false });
    const text = renderDiffText(one, styleFor(false));
    expect(text).toContain("Why: no rule that can change an outcome differs.");
    expect(text).toContain("Also 1 difference in duties, routes and records, listed below.");
    expect(one.equivalent).toBe(false);
    // A category renamed is wording only: the policies are still equivalent.
    const renamed = againstCtm(edited(CTM, ...category), { semantic: false });
    expect(renamed.changes.map((c) => `${c.severity} ${c.subject}`)).toEqual(["metadata category names"]);
    expect(renamed.equivalent).toBe(true);
  });
});
