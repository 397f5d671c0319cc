/**
 * `quorate readings`: the register a board signs off. On a fixture policy written for the
 * purpose (test/fixtures/readings: a board extending a base, over a vocabulary, with one of
 * each kind of reading) the output is compared whole with reviewed golden files; on every
 * board of the engine's copy, the register must hold exactly the ambiguities and silences
 * of the compiled policy and the default notes of its check, whatever they are, so the
 * boards' own corrections never break these tests. Then the JSON contract, exit codes
 * and where `-o` may write.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { mdText } from "../../cli/doc/markdown.js";
import { awaitingSignOff } from "../../compiler/awaitingSignOff.js";
import { ReadingsReport, readingsJsonSchema } from "../../cli/readings/report.js";
import { CLEAN, compileEngine, ENGINE_POLICIES, expectGolden, FIXTURE } from "../helpers/readings.js";
import { ENGINE, REPO, runCli, scratchFixture } from "../helpers/runCli.js";

function published(): object {
  return JSON.parse(readFileSync(path.join(REPO, "schemas/readings.schema.json"), "utf8")) as object;
}

const DEFAULT_NOTES = new Set(["Q086", "Q087", "Q088", "Q089"]);

describe("quorate readings on the fixture board", () => {
  it("lists every reading of the board, its base and the vocabulary, as the golden text has it", async () => {
    const run = await runCli(["readings", "board.policy"], FIXTURE);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expectGolden("board.readings.txt", run.stdout);
  });

  it("shows a confirmed reading's confirmation and counts it, and every other as not yet confirmed", async () => {
    const run = await runCli(["readings", "board.policy", "--format", "json"], FIXTURE);
    const report = ReadingsReport.parse(JSON.parse(run.stdout));
    expect(report.counts).toEqual({ ambiguities: 3, silences: 3, defaults: 3, confirmed: 1, unconfirmed: 5, awaitingSignOff: 8 });
    const confirmed = report.readings.filter((r) => r.confirmed);
    expect(confirmed).toHaveLength(1);
    expect(confirmed[0]).toMatchObject({ kind: "ambiguity", file: "board.policy", line: 31, confirmed: { by: "Board policy sub-group", on: "2026-03-02" } });
    expect(report.readings.map((r) => r.file)).toEqual(["board.policy", "board.policy", "board.policy", "board.policy", "board.policy", "board.policy", "board.policy", "base.policy", "vocabulary.policy"]);
  });

  it("says which rules each reading concerns: those citing the same clause, the rule a default is written on, or none for a section", async () => {
    const run = await runCli(["readings", "board.policy", "--format", "json"], FIXTURE);
    const report = ReadingsReport.parse(JSON.parse(run.stdout));
    const lines = Object.fromEntries(report.readings.map((r) => [`${r.file}:${r.line}`, r.rules.map((x) => `${x.file}:${x.line}`)]));
    expect(lines).toEqual({
      "board.policy:26": ["board.policy:26"], // Q088, on the count it is about
      "board.policy:27": ["board.policy:26"], // the ambiguity citing §3, as the count does
      "board.policy:31": ["board.policy:30"],
      "board.policy:37": [], // Q087, about the decision section
      "board.policy:38": [],
      "board.policy:49": ["board.policy:49"], // Q089, on the duty whose trigger says no one
      "board.policy:60": [],
      "base.policy:12": ["base.policy:11"],
      "vocabulary.policy:22": [],
    });
  });

  it("writes the same register as Markdown and as a page, as the golden files have them", async () => {
    expectGolden("board.readings.md", (await runCli(["readings", "board.policy", "--format", "md"], FIXTURE)).stdout);
    expectGolden("board.readings.html", (await runCli(["readings", "board.policy", "--format", "html"], FIXTURE)).stdout);
  });
});

describe("a policy Quorate reports nothing about", () => {
  it("checks clean, and its register is empty, with nothing to confirm", async () => {
    const check = await runCli(["check", "clean.policy"], CLEAN);
    expect(check.stdout).toContain("no errors, no warnings, no notes");
    const text = await runCli(["readings", "clean.policy"], CLEAN);
    expect(text.code).toBe(0);
    expect(text.stdout).toBe("Readings register: Clean Board (clean_board)\nclean.policy, with vocabulary.policy\n0 ambiguities, 0 silences and 0 defaults; nothing awaits sign-off\n");
  });

  it("round-trips its JSON through the published schema unchanged", async () => {
    const json = JSON.parse((await runCli(["readings", "clean.policy", "--format", "json"], CLEAN)).stdout) as unknown;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(published());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(ReadingsReport.parse(json)).toStrictEqual(json);
    expect(json).toEqual({ format: "quorate.readings/1", policy: { id: "clean_board", title: "Clean Board", kind: "policy", file: "clean.policy" }, files: ["clean.policy", "vocabulary.policy"], counts: { ambiguities: 0, silences: 0, defaults: 0, confirmed: 0, unconfirmed: 0, awaitingSignOff: 0 }, readings: [] });
  });
});

describe("every reading of every bundled board is in its register", () => {
  it.each(ENGINE_POLICIES)("%s", async (file) => {
    const { ir, diagnostics } = compileEngine(file);
    const run = await runCli(["readings", file, "--format", "json"], ENGINE);
    expect(run.code, run.stderr).toBe(0);
    const report = ReadingsReport.parse(JSON.parse(run.stdout));
    const entries = (kind: string) => report.readings.filter((r) => r.kind === kind);

    const ambiguities = entries("ambiguity").map((r) => [r.file, r.line, r.text, r.reading, r.confirmed]);
    expect(ambiguities).toEqual(expect.arrayContaining(ir.ambiguities.map((a) => [a.at.file, a.at.line, a.text, a.reading, a.confirmed])));
    expect(ambiguities).toHaveLength(ir.ambiguities.length);

    const silences = entries("silence").map((r) => [r.file, r.line, r.text, r.confirmed]);
    expect(silences).toEqual(expect.arrayContaining(ir.silences.map((s) => [s.at.file, s.at.line, s.text, s.confirmed])));
    expect(silences).toHaveLength(ir.silences.length);

    // Each default note of the check, on its own file and line.
    const notes = diagnostics.filter((d) => DEFAULT_NOTES.has(d.code)).map((d) => [d.code, path.basename(d.file), d.range.start.line]);
    const defaults = entries("default").map((r) => [r.code, r.file, r.line]);
    expect(defaults).toEqual(expect.arrayContaining(notes));
    expect(defaults).toHaveLength(ir.defaults.length);
    expect(defaults).toHaveLength(notes.length);
    // The register and `check --strict` count the same readings awaiting sign-off.
    expect(report.counts.awaitingSignOff).toBe(awaitingSignOff(diagnostics).length);

    // The other formats show each one's own words (Markdown escaped as it writes them).
    const text = (await runCli(["readings", file], ENGINE)).stdout;
    const md = (await runCli(["readings", file, "--format", "md"], ENGINE)).stdout;
    for (const r of report.readings) {
      expect(text).toContain(r.text);
      expect(text).toContain(r.reading);
      expect(md).toContain(mdText(r.text));
      expect(md).toContain(`| ${r.id} |`);
    }
  });
});

describe("the readings report's schema", () => {
  it("schemas/readings.schema.json is the one generated from cli/readings/report.ts (run `npm run schemas` after changing it)", () => {
    expect(published()).toEqual(readingsJsonSchema());
  });

  it.each(ENGINE_POLICIES)("the register of %s is valid against it", async (file) => {
    const json = JSON.parse((await runCli(["readings", file, "--format", "json"], ENGINE)).stdout) as unknown;
    const validate = new Ajv2020({ allErrors: true, strict: true }).compile(published());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("quorate readings: exit codes and output files", () => {
  it("a policy with errors lists nothing: its errors as check shows them, exit 1, no file written", async () => {
    const dir = scratchFixture("readings");
    writeFileSync(path.join(dir, "policies/broken.policy"), 'policy broken "Broken" {\n  vocabulary "vocabulary.policy"\n}\ndecision {\n  majorty decides\n}\n');
    const run = await runCli(["readings", "policies/broken.policy", "-o", "register.html", "--format", "html"], dir);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("policies/broken.policy:5:3: error Q002");
    expect(run.stderr).toContain("policies/broken.policy has errors, so its readings cannot be listed: fix the errors above (`quorate check policies/broken.policy`)");
    expect(existsSync(path.join(dir, "register.html"))).toBe(false);
  });

  it.each([
    [["readings"], "error: name the policy whose readings to write", "help: quorate readings policies/wakefield.policy"],
    [["readings", "board.policy", "base.policy"], "error: readings takes one policy at a time", "help: got 2 paths"],
    [["readings", "board.policy", "--format", "sarif"], "error: unknown format `sarif`", "help: use one of: text, md, html, json"],
    [["readings", "missing.policy"], "error: cannot read `missing.policy`: the file does not exist", "help:"],
    [["readings", "board.policy", "--today", "2026-11-24"], "error: `quorate readings` does not take --today", "help:"],
    [["readings", "board.policy", "-o", "board.policy"], "error: the output would overwrite the policy itself", "help:"],
    [["readings", "board.policy", "-o", "vocabulary.policy"], "error: `-o vocabulary.policy` would write over `vocabulary.policy`, which this command reads", "help:"],
  ])("%j is a usage problem: exit 2", async (args, message, help) => {
    const run = await runCli(args, FIXTURE);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(help);
  });

  it("-o writes the register to the file, whole, and says so", async () => {
    const dir = scratchFixture("readings");
    const run = await runCli(["readings", "policies/board.policy", "--format", "md", "-o", "register.md"], dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe("wrote register.md\n");
    expect(readFileSync(path.join(dir, "register.md"), "utf8")).toBe((await runCli(["readings", "policies/board.policy", "--format", "md"], dir)).stdout);
  });

  it("the vocabulary and a base have registers of their own", async () => {
    const vocabulary = ReadingsReport.parse(JSON.parse((await runCli(["readings", "vocabulary.policy", "--format", "json"], FIXTURE)).stdout));
    expect(vocabulary.readings.map((r) => [r.kind, r.file, r.line])).toEqual([["silence", "vocabulary.policy", 22]]);
    const base = ReadingsReport.parse(JSON.parse((await runCli(["readings", "base.policy", "--format", "json"], FIXTURE)).stdout));
    expect(base.readings.map((r) => [r.kind, r.file, r.line])).toEqual([
      ["ambiguity", "base.policy", 12],
      ["silence", "vocabulary.policy", 22],
    ]);
  });
});

describe("what quorate readings and quorate doc load", () => {
  /** Every module a command's chunk of the built CLI imports, followed through the bundle's own chunks. */
  function loadedBy(command: string): string[] {
    const dir = path.join(REPO, "dist/cli-bundle");
    const main = readFileSync(path.join(dir, "main.js"), "utf8");
    const chunk = new RegExp(`import\\("\\./(${command}-[\\w-]+\\.js)"\\)`).exec(main)?.[1];
    expect(chunk, `the bundle has no chunk for ${command}: run \`npm run build\``).toBeDefined();
    const seen = new Set<string>();
    const follow = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const [, spec] of readFileSync(path.join(dir, file), "utf8").matchAll(/^import (?:[^"]* from )?"([^"]+)";/gm)) {
        if (spec?.startsWith("./")) follow(spec.slice(2));
        else if (spec) seen.add(spec);
      }
    };
    follow(chunk as string);
    return [...seen].filter((s) => !s.startsWith("node:") && !s.endsWith(".js"));
  }

  it.each(["readings", "doc"])("%s loads neither zod nor the public holidays: it words deadlines, never dates them", (command) => {
    expect(loadedBy(command)).toEqual([]);
  });
});
