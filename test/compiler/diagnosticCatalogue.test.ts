import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compile } from "../../compiler/compile.js";
import { DIAGNOSTIC_CATALOGUE, exampleSource } from "../../compiler/diagnosticCatalogue.js";
import { diagnosticsDocument } from "../../compiler/diagnosticDocs.js";
import { memoryHost } from "../../compiler/host.js";
import { BUNDLED_FILES, TODAY } from "../helpers/compileText.js";

const host = memoryHost(BUNDLED_FILES);
const checksFolder = new URL("../../compiler/checks/", import.meta.url);
const NOT_CHECKS = new Set(["check.ts", "index.ts", "unknownName.ts", "defaultNote.ts"]);

describe("the diagnostics catalogue", () => {
  it("gives every code once, in the Qnnn form", () => {
    const codes = DIAGNOSTIC_CATALOGUE.map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^Q\d{3}$/);
  });

  for (const entry of DIAGNOSTIC_CATALOGUE.filter((e) => e.example !== undefined)) {
    it(`${entry.code}'s example really reports ${entry.code}`, () => {
      const result = compile(exampleSource(entry.example ?? ""), { filename: "policies/example.policy", host, today: TODAY });
      const found = result.diagnostics.filter((d) => d.code === entry.code);
      expect(found.length, result.diagnostics.map((d) => `${d.code} ${d.message}`).join("\n")).toBeGreaterThan(0);
      expect(found.every((d) => d.severity === entry.severity)).toBe(true);
      for (const d of result.diagnostics) expect(d.help ?? "", `${d.code} ${d.message} has no help line`).not.toBe("");
    });
  }

  it("Q099: a failure inside Quorate is reported as a diagnostic, not thrown", () => {
    const failingHost = {
      readFile(): never {
        throw new Error("disk on fire");
      },
    };
    const result = compile('policy example "Example" {\n  vocabulary "vocabulary.policy"\n}\n', { filename: "policies/example.policy", host: failingHost, today: TODAY });
    expect(result.ir).toBeUndefined();
    expect(result.diagnostics).toEqual([expect.objectContaining({ code: "Q099", severity: "error", message: "Quorate failed while checking this policy (disk on fire)" })]);
  });

  it("every check has its own test file", () => {
    const checkFiles = readdirSync(checksFolder).filter((f) => f.endsWith(".ts") && !NOT_CHECKS.has(f));
    expect(checkFiles.length).toBe(DIAGNOSTIC_CATALOGUE.filter((e) => e.stage === "check").length);
    const missing = checkFiles.filter((f) => !existsSync(new URL(`../../test/compiler/checks/${f.replace(/\.ts$/, ".test.ts")}`, import.meta.url)));
    expect(missing).toEqual([]);
  });

  it("docs/diagnostics.md is generated from it (run `npm run docs` after a change)", () => {
    expect(readFileSync(new URL("../../docs/diagnostics.md", import.meta.url), "utf8")).toBe(diagnosticsDocument());
  });
});

describe("Q098: the library refuses options it cannot use, without throwing", () => {
  it("a policy that is not text, or a `today` that is not a date", () => {
    expect(compile(undefined as unknown as string).diagnostics).toEqual([expect.objectContaining({ code: "Q098", message: "compile() needs the policy's text as a string, not undefined" })]);
    expect(compile(42 as unknown as string).diagnostics.map((d) => d.code)).toEqual(["Q098"]);
    const badToday = compile('policy x "X" {\n}\n', { today: "garbage", host });
    expect(badToday.ir).toBeUndefined();
    expect(badToday.diagnostics).toEqual([expect.objectContaining({ code: "Q098", message: "the `today` option must be a date written YYYY-MM-DD, not `garbage`" })]);
  });
});
