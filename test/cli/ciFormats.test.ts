/**
 * `quorate check --format sarif|github`: the outputs CI reads. The SARIF log is validated
 * against the official SARIF 2.1.0 JSON schema (the copy Microsoft ships in
 * `@microsoft/jest-sarif`), and both point at the broken line and column.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import AjvDraft04Module from "ajv-draft-04";
import { describe, expect, it } from "vitest";
import { DIAGNOSTIC_CATALOGUE } from "../../compiler/diagnosticCatalogue.js";
import { escapeData, escapeProperty } from "../../cli/githubAnnotations.js";
import { artifactUri } from "../../cli/sarif.js";
import { ENGINE, runCli, scratchPolicies } from "../helpers/runCli.js";

const TODAY = ["--today", "2026-11-24"];
// A CommonJS module whose export is the class, with itself as `default`.
const AjvDraft04 = AjvDraft04Module.default;
const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8")) as object;
// The schema has one pattern that is not valid as a unicode regular expression (`…{2}]?$`),
// and names formats (uri, date-time) ajv only checks with a plugin; the structure is checked.
const validateSarif = new AjvDraft04({ allErrors: true, strict: false, unicodeRegExp: false, validateFormats: false }).compile(schema);

/** A copy of the bundled policies with an unknown category on a known line and column. */
function brokenPolicies(): { dir: string; line: number; column: number } {
  const dir = scratchPolicies();
  const file = path.join(dir, "policies/wakefield.policy");
  const lines = readFileSync(file, "utf8").split("\n");
  const line = lines.findIndex((l) => l.startsWith("categories {")) + 2;
  lines.splice(line - 1, 0, '  nonsense "Nonsense" cite "§1"');
  writeFileSync(file, lines.join("\n"));
  return { dir, line, column: 3 };
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number; endLine: number; endColumn: number } } }[];
}

describe("quorate check --format sarif", () => {
  it("writes valid SARIF 2.1.0 whose result points at the broken line and column", async () => {
    const { dir, line, column } = brokenPolicies();
    const run = await runCli(["check", "policies/wakefield.policy", "--format", "sarif", ...TODAY], dir);
    expect(run.code).toBe(1);
    const log = JSON.parse(run.stdout) as { version: string; runs: { tool: { driver: { name: string; rules: { id: string; help: { text: string } }[] } }; results: SarifResult[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    expect(log.version).toBe("2.1.0");
    const [sarifRun] = log.runs;
    expect(sarifRun?.tool.driver.name).toBe("quorate");
    expect(sarifRun?.tool.driver.rules.map((r) => r.id)).toEqual(DIAGNOSTIC_CATALOGUE.map((e) => e.code));
    const error = sarifRun?.results.find((r) => r.level === "error");
    expect(error).toMatchObject({ ruleId: "Q012", message: { text: expect.stringMatching(/^unknown category `nonsense`/) } });
    expect(sarifRun?.tool.driver.rules[error?.ruleIndex ?? -1]?.id).toBe("Q012");
    expect(sarifRun?.tool.driver.rules[error?.ruleIndex ?? -1]?.help.text).toMatch(/shared vocabulary defines/);
    expect(error?.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: "policies/wakefield.policy" },
      region: { startLine: line, startColumn: column, endLine: line, endColumn: column + "nonsense".length },
    });
  });

  it("is valid for the bundled policies too, warnings and notes as results", async () => {
    const run = await runCli(["check", "policies", "--format", "sarif", ...TODAY], ENGINE);
    expect(run.code).toBe(0);
    const log = JSON.parse(run.stdout) as { runs: { results: SarifResult[] }[] };
    expect(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2)).toBe(true);
    const levels = new Set(log.runs[0]?.results.map((r) => r.level));
    expect(levels).toEqual(new Set(["warning", "note"]));
  });

  it("uses a schema check that does reject a malformed log", () => {
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: {} }, results: [] }] })).toBe(false);
    expect(validateSarif({ version: "2.1.0", runs: [{ tool: { driver: { name: "quorate" } }, results: [{ message: { text: "x" }, level: "fatal" }] }] })).toBe(false);
  });

  it("writes artifact paths as URIs", () => {
    expect(artifactUri(path.join("policies", "my board.policy"))).toBe("policies/my%20board.policy");
    expect(artifactUri("/tmp/x.policy")).toBe("file:///tmp/x.policy");
  });
});

describe("quorate check --format github", () => {
  it("writes one workflow annotation per finding, on the broken line", async () => {
    const { dir, line, column } = brokenPolicies();
    const run = await runCli(["check", "policies/wakefield.policy", "--format", "github", ...TODAY], dir);
    expect(run.code).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    const error = lines.find((l) => l.startsWith("::error "));
    expect(error).toBe(
      `::error file=policies/wakefield.policy,line=${line},col=${column},endLine=${line},endColumn=${column + 8},title=Q012 unknown category::` +
        "unknown category `nonsense`" + error?.slice(error.indexOf("::unknown category `nonsense`") + "::unknown category `nonsense`".length),
    );
    expect(error).toMatch(/%0Ahelp: /);
    expect(lines.some((l) => l.startsWith("::warning file=policies/wakefield.policy,line="))).toBe(true);
    expect(lines.some((l) => l.startsWith("::notice file="))).toBe(true);
    expect(lines[lines.length - 1]).toMatch(/^1 file checked: 1 error, /);
  });

  it("escapes what would end a workflow command early", () => {
    expect(escapeData("50% done\r\nnext")).toBe("50%25 done%0D%0Anext");
    expect(escapeProperty("a:b,c%")).toBe("a%3Ab%2Cc%25");
  });
});
