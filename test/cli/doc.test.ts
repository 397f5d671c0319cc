/**
 * `quorate doc`: the policy as a plain-English document. For every board of the engine's
 * copy, the document must mention each grouping, quorum rule, decision rule, power,
 * category, duty and route of the compiled policy, by its words and the clause and line it
 * cites, and show every reading of its register beside the rules and in the register at
 * the end; expectations come from the IR, never from a count of a board's rules. The
 * fixture board's document is compared whole with a reviewed golden file. Policy text is
 * untrusted: a label that looks like HTML or Markdown must come out as words.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Origin, PolicyIR } from "../../compiler/ir.js";
import { esc } from "../../cli/doc/htmlPage.js";
import { mdText } from "../../cli/doc/markdown.js";
import { ReadingsReport } from "../../cli/readings/report.js";
import { citeWords } from "../../diff/render/words.js";
import { compileEngine, ENGINE_POLICIES, expectGolden, FIXTURE } from "../helpers/readings.js";
import { ENGINE, runCli, scratchFixture } from "../helpers/runCli.js";

const DOCUMENTED = ENGINE_POLICIES.filter((f) => !f.endsWith("/vocabulary.policy"));

/** Each rule the document must state, with a name for the failure message and the words it must contain. */
function rulesOf(ir: PolicyIR): { rule: string; at: Origin | null; words?: string }[] {
  const d = ir.decision;
  const q = ir.quorum;
  const decision = [d.consensusFirst, d.ruleAt, d.tieBreak?.at, d.chairBoundByMajority, d.override?.at, d.deferral?.at, d.abstention?.at].filter((at): at is Origin => !!at);
  return [
    ...ir.groupings.map((g) => ({ rule: `grouping ${g.id}`, at: g.at, words: g.label })),
    ...[...q.counts, ...q.requirements, ...q.waivers].map((r) => ({ rule: "quorum rule", at: r.at })),
    ...(q.localAuthorityServicesCountSeparately ? [{ rule: "local authority services", at: q.localAuthorityServicesCountSeparately }] : []),
    ...decision.map((at) => ({ rule: "decision rule", at })),
    ...ir.powers.map((p) => ({ rule: `power of ${p.holder}`, at: p.at, words: p.holder })),
    ...ir.categories.allowed.map((c) => ({ rule: `category ${c.id}`, at: c.at, words: c.label })),
    ...ir.concerns.allowed.map((c) => ({ rule: `area of concern ${c.id}`, at: c.at, words: c.label })),
    ...ir.obligations.map((o) => ({ rule: `duty ${o.action}`, at: o.at, ...(o.description ? { words: o.description } : {}) })),
    ...ir.routes.flatMap((r) => [{ rule: `route ${r.id}`, at: r.at, words: r.label }, ...r.stages.map((s) => ({ rule: `stage of ${r.id}`, at: s.at, words: s.to }))]),
  ];
}

function register(file: string, cwd: string): Promise<ReadingsReport> {
  return runCli(["readings", file, "--format", "json"], cwd).then((run) => ReadingsReport.parse(JSON.parse(run.stdout)));
}

describe("the document of every bundled board mentions every rule and every reading", () => {
  it.each(DOCUMENTED)("%s", async (file) => {
    const { ir } = compileEngine(file);
    const { readings } = await register(file, ENGINE);
    const md = await runCli(["doc", file], ENGINE);
    const html = await runCli(["doc", file, "--format", "html"], ENGINE);
    expect(md.code, md.stderr).toBe(0);
    expect(html.code, html.stderr).toBe(0);
    const body = md.stdout.slice(0, md.stdout.indexOf("\n## Readings register"));

    for (const { rule, at, words } of rulesOf(ir)) {
      if (at) expect(body, `${rule} is cited`).toContain(mdText(citeWords(at)));
      if (at) expect(html.stdout, `${rule} is cited`).toContain(esc(citeWords(at)));
      // A name that opens a sentence gets a capital letter there.
      if (words) expect(body.toLowerCase(), `${rule} is named`).toContain(mdText(words).toLowerCase());
      if (words) expect(html.stdout.toLowerCase(), `${rule} is named`).toContain(esc(words).toLowerCase());
    }
    for (const r of readings) {
      expect(body, `${r.id} is shown beside its rule`).toContain(`⚠ **${r.id}, `);
      expect(body).toContain(mdText(r.text));
      expect(md.stdout).toContain(`| ${r.id} |`);
      expect(html.stdout).toContain(`<a href="#${r.id}">${r.id}</a>`);
      expect(html.stdout).toContain(`<tr id="${r.id}"`);
    }
  });
});

describe("the fixture board's document", () => {
  it("reads as the golden Markdown has it", async () => {
    const run = await runCli(["doc", "board.policy"], FIXTURE);
    expect(run.stderr).toBe("");
    expectGolden("board.doc.md", run.stdout);
  });

  it("and as the golden page has it", async () => {
    expectGolden("board.doc.html", (await runCli(["doc", "board.policy", "--format", "html"], FIXTURE)).stdout);
  });
});

/** Table rows of a Markdown text, by table: the pipes that are not escaped delimit its cells. */
function tables(md: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of md.split("\n")) {
    if (line.startsWith("|")) (current ??= out[out.push([]) - 1]!).push(line);
    else current = null;
  }
  return out;
}

const cells = (row: string) => row.replace(/\\\\/g, "").replace(/\\\|/g, "").split("|").length;

/** What GitHub needs to lay a document out as meant: one title, headings two levels below it at most, whole tables, no HTML. */
function expectWellFormedMarkdown(md: string): void {
  const headings = md.split("\n").filter((l) => l.startsWith("#"));
  expect(headings.filter((h) => h.startsWith("# "))).toHaveLength(1);
  for (const h of headings) expect(h).toMatch(/^#{1,3} \S/);
  for (const table of tables(md)) {
    expect(table[1]).toMatch(/^\|(---\|)+$/);
    for (const row of table) expect(cells(row), row).toBe(cells(table[0]!));
  }
  // No tag, comment or declaration: every `<` of a policy's text is written `&lt;`.
  expect(md).not.toMatch(/<[A-Za-z!/?]/);
  // A quotation under a bullet stays inside it: it follows the bullet or another quotation.
  const lines = md.split("\n");
  lines.forEach((line, i) => {
    if (line.startsWith("  > ")) expect(lines[i - 1]).toMatch(/^(- | {2}> )/);
  });
}

describe("Markdown that GitHub lays out as meant", () => {
  it.each(DOCUMENTED)("the document and register of %s", async (file) => {
    expectWellFormedMarkdown((await runCli(["doc", file], ENGINE)).stdout);
    expectWellFormedMarkdown((await runCli(["readings", file, "--format", "md"], ENGINE)).stdout);
  });
});

describe("policy text is shown as words, never run or laid out", () => {
  it("Markdown escapes a label or reading that looks like HTML, a link, a heading or a table row", async () => {
    const md = (await runCli(["doc", "hostile.policy"], FIXTURE)).stdout;
    expectWellFormedMarkdown(md);
    expect(md).toContain("&lt;script&gt;window.pwned = true&lt;/script&gt; \\| \\*all\\* \\[of us\\](https://example.invalid)");
    expect(md).toContain("**Reading taken:** \\# not a heading \\| not \\| a row \\|.");
    expect(md).toContain("# Hostile &lt;b&gt;Board&lt;/b&gt;: the policy in plain English");
  });

  it("HTML escapes it, and the page fetches nothing", async () => {
    const html = (await runCli(["doc", "hostile.policy", "--format", "html"], FIXTURE)).stdout;
    expect(html).not.toMatch(/<script|<img|<b>|<em>|<i>/);
    expect(html).toContain("&lt;script&gt;window.pwned = true&lt;/script&gt; | *all* [of us](https://example.invalid)");
    expect(html).toContain("&lt;img src=x onerror=&quot;window.pwned = true&quot;&gt;");
    expect(html).not.toMatch(/<[^>]*\s(src|srcset|action)=/);
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]).every((href) => href!.startsWith("#"))).toBe(true);
  });
});

describe("quorate doc: exit codes and output files", () => {
  it("writes the page to -o atomically, never over the policy or a file it reads", async () => {
    const dir = scratchFixture("readings");
    const written = await runCli(["doc", "policies/board.policy", "--format", "html", "-o", "board.html"], dir);
    expect(written.code).toBe(0);
    expect(written.stderr).toBe("wrote board.html\n");
    expect(readFileSync(path.join(dir, "board.html"), "utf8")).toMatch(/^<!doctype html>/);

    const policy = readFileSync(path.join(dir, "policies/board.policy"), "utf8");
    for (const target of ["policies/board.policy", "policies/base.policy"]) {
      const run = await runCli(["doc", "policies/board.policy", "-o", target], dir);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/error: (the output would overwrite the policy itself|`-o policies\/base\.policy` would write over)/);
    }
    expect(readFileSync(path.join(dir, "policies/board.policy"), "utf8")).toBe(policy);
  });

  it("a policy with errors writes nothing and exits 1; the vocabulary and a bad format are usage problems", async () => {
    const dir = scratchFixture("readings");
    const bad = await runCli(["doc", "policies/hostile.policy", "--format", "text"], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("error: unknown format `text`\n  help: use one of: md, html");
    const vocabulary = await runCli(["doc", "policies/vocabulary.policy"], dir);
    expect(vocabulary.code).toBe(2);
    expect(vocabulary.stderr).toContain("is the vocabulary, which declares names and states no rule");
    writeFileSync(path.join(dir, "policies/broken.policy"), 'policy broken "Broken" {\n  vocabulary "vocabulary.policy"\n}\nquorum {\n  at least three agencies\n}\n');
    const errors = await runCli(["doc", "policies/broken.policy", "-o", "out.md"], dir);
    expect(errors.code).toBe(1);
    expect(errors.stderr).toContain("policies/broken.policy has errors, so it cannot be written as a document");
    expect(existsSync(path.join(dir, "out.md"))).toBe(false);
  });
});
