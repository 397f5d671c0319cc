/**
 * The reports a board reads first (issue 18): the answer leads (how often two policies
 * decide differently, and the few root differences that explain it, consequences folded
 * under their cause), then the evidence; names, not ids; no internal words; plurals right;
 * and for many policies, how alike each pair decides and which boards decide alike.
 */
import { describe, expect, it } from "vitest";
import { styleFor } from "../../cli/style.js";
import { diff } from "../../diff/diff.js";
import { pairDigest } from "../../diff/render/digest.js";
import { renderDiffHtml } from "../../diff/render/html.js";
import { renderDiffMarkdown } from "../../diff/render/markdown.js";
import { renderDiffText } from "../../diff/render/text.js";
import { boardIR } from "../helpers/conferences.js";
import { bundledDiff, TEST_SEARCH } from "./helpers.js";
import { mini } from "./miniPolicies.js";
import { pairLines } from "../../cli/regionsOverview.js";
import { conferencesWords, percent, shareOf } from "../../diff/render/words.js";

describe("Wakefield against Lancashire", () => {
  const report = diff([boardIR("wakefield"), boardIR("lancashire")], { search: TEST_SEARCH });
  const pair = report.pairs[0];
  if (!pair) throw new Error("no pair");
  const text = renderDiffText(report, styleFor(false));

  it("folds the 31 role entries under the one voting-unit cause", () => {
    const roles = report.changes.filter((c) => c.aspect === "roles");
    expect(roles).toHaveLength(31);
    const voting = pair.causes?.find((c) => report.changes[c.change]?.subject === "voting unit");
    expect(voting?.follows.map((i) => report.changes[i]?.aspect)).toEqual(roles.map(() => "roles"));
    // No role's vote is a root of its own.
    expect(pair.causes?.some((c) => report.changes[c.change]?.aspect === "roles")).toBe(false);
    const d = pairDigest(report, pair);
    expect(d.outcomeCauses.map((c) => c.change.subject).sort()).toEqual(["override", "quorum minimum", "tie-break", "voting unit"]);
  });

  it("says in its first 15 lines how often the two differ and why", () => {
    const lead = text.split("\n").slice(0, 15).join("\n");
    const share = ((pair.semantic?.differing ?? 0) / (pair.semantic?.conferences ?? 1)) * 100;
    expect(lead).toContain(`They decide ${share.toFixed(1)}% of the`);
    expect(lead).toMatch(/Why: 4 rules that can change an outcome differ:/);
    expect(lead).toMatch(/Voting unit: one vote per agency \(Wakefield Safeguarding and Review Unit\); one vote per professional \(Lancashire\); 31 roles' votes follow from it/);
    expect(lead).toMatch(/what follows \(duties, escalation and appeal routes\) differs in another \d+\.\d%/);
    expect(lead).not.toMatch(/^\s*● /m);
  });

  it("uses names and plain words, never ids or internal vocabulary, in every format", () => {
    const md = renderDiffMarkdown(report).replace(/```json[\s\S]*?```/g, "");
    const html = renderDiffHtml(report).replace(/<pre>[\s\S]*?<\/pre>|<style>[\s\S]*?<\/style>/g, "").replaceAll("&#39;", "'");
    for (const out of [text, md, html]) {
      expect(out).not.toMatch(/other_agency|children_social_worker|Organisation \d|a search case|#\d|1 children|1 attendees|1 rules|1 conferences/);
      expect(out).toContain("Children's social worker");
    }
  });
});

describe("a national comparison", () => {
  const report = bundledDiff();

  it("leads with how alike each pair decides and the boards that decide alike", () => {
    const text = renderDiffText(report, styleFor(false), { counterexamplesPerPair: 1 });
    const lead = text.split("\n").slice(0, 20).join("\n");
    expect(lead).toContain("How 5 board policies compare");
    expect(lead).toContain("How alike they decide");
    expect(lead).toMatch(/Boards that decide alike|No boards decide alike/);
    expect(text.match(/^.+ and .+: they decide [\d.]+% of conferences differently/gm)).toHaveLength(10);
  });

  it("draws the similarity heatmap as inline SVG, one square per pair of boards", () => {
    const html = renderDiffHtml(report);
    const svg = /<svg id="heatmap"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? "";
    expect(svg.match(/<rect /g)).toHaveLength(25);
    expect(html).toContain('<section id="key">');
    expect(html.indexOf('id="alike"')).toBeLessThan(html.indexOf('id="matrix"'));
  });

  it("gives Markdown the same lead as a table", () => {
    const md = renderDiffMarkdown(report, { counterexamplesPerPair: 1 });
    expect(md).toContain("### How alike they decide");
    expect(md.match(/^\| \*\*\d\*\* /gm)).toHaveLength(5);
  });
});

describe("a quorum count of one", () => {
  it("reads in the singular in the comparison, as in `check` and `eval`", () => {
    const voters = ["children_social_worker", "health_visitor"];
    const one = mini({ voters, unit: "agency", quorum: "at least 1 agency present" });
    const two = mini({ voters, unit: "agency", quorum: "at least 2 agencies present" });
    const text = renderDiffText(diff([one, two], { search: TEST_SEARCH }), styleFor(false));
    expect(text).toContain("at least 1 agency present");
    expect(text).toContain("at least 2 agencies present");
    expect(text).not.toMatch(/\b1 agencies\b/);
  });
});

describe("a board whose policy never reaches a decision", () => {
  it("is said to differ in every conference, not in 100.0% of them", () => {
    const voters = ["children_social_worker", "health_visitor"];
    const silent = mini({ voters, unit: "individual", decision: 'silent "the protocol does not say how a decision is reached"' });
    const deciding = mini({ voters, unit: "individual" });
    const report = diff([silent, deciding], { search: TEST_SEARCH });
    expect(report.pairs[0]?.semantic?.differing).toBe(report.pairs[0]?.semantic?.conferences);
    const lines = pairLines(report, new Map(report.policies.map((p, i) => [p.key, i + 1])), styleFor(false));
    expect(lines[1]).toContain("every conference decided differently");
    expect(lines.join("\n")).not.toContain("100.0%");
  });
});

describe("a share of conferences in words", () => {
  it("is never 100.0% short of all, nor 0.0% above none, however many conferences were searched", () => {
    const searched = 7.94e19;
    // A part summed apart from its whole, rounded a hair above it.
    const rounded = searched * (1 + Number.EPSILON);
    expect(rounded).toBeGreaterThan(searched);
    expect(percent(rounded / searched)).toBe("100.0%");
    expect(percent(shareOf(rounded, searched))).toBe("over 99.9%");
    expect(percent(shareOf(1, searched))).toBe("under 0.1%");
    expect(shareOf(searched, searched)).toBe(1);
    expect(shareOf(0, searched)).toBe(0);
    expect(shareOf(0, 0)).toBe(0);
  });
});

describe("how many conferences were searched, in words", () => {
  it("is exact while the count is, and to three figures past 2^53, where it is a rounded sum", () => {
    expect(conferencesWords(1)).toBe("1 conference");
    expect(conferencesWords(10_676_634_390)).toBe("10,676,634,390 conferences");
    expect(conferencesWords(Number.MAX_SAFE_INTEGER)).toBe("9,007,199,254,740,991 conferences");
    expect(conferencesWords(190_463_701_173_125_760)).toBe("roughly 1.90 × 10¹⁷ conferences");
    expect(conferencesWords(7.94e19)).toBe("roughly 7.94 × 10¹⁹ conferences");
  });
});
