import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { renderDiffMarkdown } from "../../diff/render/markdown.js";
import { renderDiffHtml } from "../../diff/render/html.js";
import { diff } from "../../diff/diff.js";
import { boardIR } from "../helpers/conferences.js";
import { ENGINE, REPO, runCli, scratchPolicies } from "../helpers/runCli.js";

const MWW = "policies/mid-and-west-wales.policy";
const CTM = "policies/cwm-taf-morgannwg.policy";

describe("quorate diff", () => {
  it("exits 1 when the policies differ, and 0 for a policy against itself", async () => {
    // Two of the boards the search compares fastest: the exit code does not depend on which.
    const differ = await runCli(["diff", "policies/wakefield.policy", "policies/lancashire.policy"], ENGINE);
    expect(differ.code).toBe(1);
    expect(differ.stdout).toContain("quorum minimum");
    expect(differ.stdout).toContain("The smallest conference");
    const same = await runCli(["diff", "policies/wakefield.policy", "policies/wakefield.policy"], ENGINE);
    expect(same.code).toBe(0);
    expect(same.stdout).toContain("Equivalent within the bounds.");
  });

  it("writes JSON that validates against the published diff schema", async () => {
    const run = await runCli(["diff", MWW, CTM, "--format", "json"], ENGINE);
    const schema = JSON.parse(readFileSync(path.join(REPO, "schemas/diff.schema.json"), "utf8")) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(schema);
    const report: unknown = JSON.parse(run.stdout);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(report).toMatchObject({ policies: [{ key: "mid_and_west_wales" }, { key: "cwm_taf_morgannwg" }], counterexamples: expect.arrayContaining([expect.objectContaining({ outcomes: expect.any(Object) })]) });
  });

  it("still validates when the counts pass 2^53 (sixteen attendees)", async () => {
    const run = await runCli(["diff", MWW, "policies/lancashire.policy", "--format", "json", "--max-attendees", "16"], ENGINE);
    const schema = JSON.parse(readFileSync(path.join(REPO, "schemas/diff.schema.json"), "utf8")) as object;
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const report = JSON.parse(run.stdout) as { pairs: { semantic: { conferences: number } }[] };
    expect(report.pairs[0]?.semantic.conferences).toBeGreaterThan(2 ** 53);
    expect(validate(report), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it("compares every board policy in a folder, skipping the base and the vocabulary", async () => {
    const run = await runCli(["diff", "policies", "--structural-only"], ENGINE);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("How the policies compare, aspect by aspect");
    expect(run.stdout).not.toContain("Wales Safeguarding Procedures");
    expect(run.stdout.match(/^.+ and .+: decisions not compared/gm)).toHaveLength(10);
    expect(run.stdout).not.toContain("How alike they decide");
  });

  it("writes -o atomically and reports where", async () => {
    const dir = scratchPolicies();
    const run = await runCli(["diff", "policies/wakefield.policy", "policies/lancashire.policy", "--format", "html", "-o", "report.html"], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("wrote report.html");
    expect(readFileSync(path.join(dir, "report.html"), "utf8")).toMatch(/^<!doctype html>/);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it.each([
    [["diff", MWW], "at least two board policies"],
    [["diff", "policies/wales-safeguarding-procedures.policy", MWW], "is a base, not a board's policy"],
    [["diff", MWW, CTM, "--max-attendees", "0"], "is not a number from 1 to 24"],
    [["diff", MWW, CTM, "--max-per-group", "6"], "`--max-per-group 6` is not a number from 1 to 5"],
    [["diff", MWW, CTM, "--format", "pdf"], "unknown format"],
    [["diff", MWW, "policies/missing.policy"], "cannot read"],
    [["diff"], "name the policies to compare"],
    [["diff", MWW, CTM, "--check"], "does not take --check"],
  ])("exits 2 with a message for %j", async (args, message) => {
    const run = await runCli(args, ENGINE);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe("");
  });

  it("exits 2 when a policy has errors, showing them, and writes no report", async () => {
    const dir = scratchPolicies();
    const file = path.join(dir, "policies/wakefield.policy");
    writeFileSync(file, readFileSync(file, "utf8").replace("at least 3 agencies", "at least three agencies"));
    const run = await runCli(["diff", "policies/wakefield.policy", "policies/lancashire.policy", "-o", "out.md", "--format", "md"], dir);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/wakefield\.policy:\d+:\d+: error/);
    expect(existsSync(path.join(dir, "out.md"))).toBe(false);
  });
});

describe("the renderings", () => {
  const report = diff([boardIR("wakefield"), boardIR("lancashire")]);

  it("Markdown escapes table cells and gives each counterexample's conference file", () => {
    const hostile = structuredClone(report);
    const first = hostile.changes[0];
    if (first) first.a = "a | b <script>";
    const md = renderDiffMarkdown(hostile);
    expect(md).toContain("a \\| b &lt;script&gt;");
    expect(md).toContain("```json");
  });

  it("HTML escapes every text, so a policy's words cannot become markup", () => {
    const hostile = structuredClone(report);
    const first = hostile.changes[0];
    if (first) first.b = `<img src=x onerror="alert(1)">`;
    const html = renderDiffHtml(hostile);
    expect(html).not.toContain("<img");
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(html).not.toMatch(/<script|<link|src=["']http/);
  });
});
