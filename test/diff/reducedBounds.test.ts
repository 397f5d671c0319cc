/**
 * A pair whose search passes the search's limit at the bounds asked for is searched again
 * at fewer attendees, and every report says so: a field in the JSON, a line in the text,
 * Markdown and HTML reports and in `summary`'s line for the pair. Never a silent fallback.
 * A small `mostWork` makes a cheap pair pass the limit; the limit is counted, not timed,
 * so the answer is the same on every machine and on any number of threads.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { diff, diffInParallel } from "../../diff/diff.js";
import { DiffReport } from "../../diff/report.js";
import { renderDiffHtml } from "../../diff/render/html.js";
import { renderDiffMarkdown } from "../../diff/render/markdown.js";
import { renderDiffText } from "../../diff/render/text.js";
import { fallbackSizes } from "../../diff/semantic/semanticDiff.js";
import { styleFor } from "../../cli/style.js";
import { pairLines } from "../../cli/regionsOverview.js";
import { ENGINE } from "../helpers/runCli.js";

function board(name: string): PolicyIR {
  const { ir } = compileFile(path.join(ENGINE, `policies/${name}.policy`), { today: "2026-01-01" });
  if (!ir) throw new Error(`${name} did not compile`);
  return ir;
}

/** Small enough that Wakefield and Mid and West Wales pass it at 8 attendees, not at 6 (the limit is checked every 65,536 steps). */
const SMALL_WORK = 1;

const semanticOf = (report: DiffReport) => report.pairs.map((p) => (p.semantic ? { ...p.semantic, milliseconds: 0 } : null));

describe("a pair past the search's limit", () => {
  const policies = [board("wakefield"), board("mid-and-west-wales")];
  const reduced = diff(policies, { search: { mostWork: SMALL_WORK } });
  const semantic = reduced.pairs[0]?.semantic;

  it("is searched at the largest smaller size that fits, and the JSON says so", () => {
    expect(semantic?.reduced).toEqual({ requested: 8, searched: 6, exceeded: 8, reason: "the search would take more than 1 steps" });
    expect(semantic?.bounds.attendees.max).toBe(6);
    expect(DiffReport.safeParse(reduced).success).toBe(true);
  });

  it("finds exactly what a search asked for at that size finds", () => {
    const at4 = diff(policies, { search: { maxAttendees: 6 } });
    expect(at4.pairs[0]?.semantic?.reduced).toBeUndefined();
    const { reduced: _, ...rest } = semanticOf(reduced)[0] ?? {};
    expect(rest).toEqual(semanticOf(at4)[0]);
    expect(reduced.counterexamples).toEqual(at4.counterexamples);
  });

  it("is not reduced under the default limit", () => {
    expect(diff(policies).pairs[0]?.semantic?.reduced).toBeUndefined();
  });

  it("stops at the smallest size past the limit and says which", async () => {
    const pair = [board("cwm-taf-morgannwg"), board("wakefield")];
    const one = diff(pair, { search: { mostWork: 1_000_000 } });
    expect(one.pairs[0]?.semantic?.reduced).toEqual({ requested: 8, searched: 4, exceeded: 6, reason: "the search would take more than 1,000,000 steps" });
    expect(renderDiffText(one, styleFor(false))).toContain("compared up to 4 attendees, not the 8 asked for: 6 would take more than the search's limit (the search would take more than 1,000,000 steps)");
    const parallel = await diffInParallel(pair, { search: { mostWork: 1_000_000 } }, 2);
    expect(semanticOf(parallel)).toEqual(semanticOf(one));
    const at4 = diff(pair, { search: { maxAttendees: 4 } });
    const { reduced: _, ...rest } = semanticOf(one)[0] ?? {};
    expect(rest).toEqual(semanticOf(at4)[0]);
  });

  it("gives the same answer on several threads as on one", async () => {
    const parallel = await diffInParallel(policies, { search: { mostWork: SMALL_WORK } }, 2);
    expect(semanticOf(parallel)).toEqual(semanticOf(reduced));
    const single = await diffInParallel(policies, { search: { mostWork: SMALL_WORK } }, 1);
    expect(semanticOf(single)).toEqual(semanticOf(reduced));
  });

  it("reduces only the pairs past the limit, each to its own size, in parallel as on one thread", async () => {
    const three = [board("wakefield"), board("mid-and-west-wales"), board("lancashire")];
    const one = diff(three, { search: { mostWork: SMALL_WORK } });
    const many = await diffInParallel(three, { search: { mostWork: SMALL_WORK } }, 2);
    expect(semanticOf(many)).toEqual(semanticOf(one));
    // Some pairs pass the limit and some do not, so both kinds are checked.
    const reducedCount = one.pairs.filter((p) => p.semantic?.reduced).length;
    expect(reducedCount).toBeGreaterThan(0);
    expect(reducedCount).toBeLessThan(one.pairs.length);
    for (const pair of one.pairs) {
      const r = pair.semantic?.reduced;
      if (!r) continue;
      expect(pair.semantic?.bounds.attendees.max).toBe(r.searched);
      expect(fallbackSizes(8)).toContain(r.searched);
      expect(r.exceeded).toBeGreaterThan(r.searched);
    }
  });

  it("is said in the text, Markdown and HTML reports and in the summary's line for the pair", () => {
    const words = "compared up to 6 attendees: 8 would take more than the search's limit (the search would take more than 1 steps)";
    const plain = styleFor(false);
    expect(renderDiffText(reduced, plain)).toContain(words);
    expect(renderDiffMarkdown(reduced)).toContain(words);
    expect(renderDiffHtml(reduced)).toContain(words.replaceAll("'", "&#39;"));
    expect(pairLines(reduced, new Map([["wakefield", 1], ["mid_and_west_wales", 2]]), plain).join("\n")).toContain(words);
    const three = diff([...policies, board("lancashire")], { search: { mostWork: SMALL_WORK } });
    expect(renderDiffText(three, plain)).toContain(words);
    expect(renderDiffMarkdown(three)).toContain(words);
  });
});
