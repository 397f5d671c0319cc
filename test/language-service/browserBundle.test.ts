/**
 * The Studio runs the language service in a Web Worker, so it must bundle for a browser:
 * the bundle of language-service/index.ts for the browser platform imports no Node.js
 * module, and run where there is no `process`, `require` or `Buffer` (a bare JavaScript
 * context given only what a Worker has), it reports the same diagnostics as under Node.js
 * and formats as `quorate fmt` does.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { rolldown } from "rolldown";
import { beforeAll, describe, expect, it } from "vitest";
import { createLanguageService, memoryHost, type LanguageService } from "../../language-service/index.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const NAMES = ["cwm-taf-morgannwg", "mid-and-west-wales", "wales-safeguarding-procedures", "vocabulary"];
const files = Object.fromEntries(NAMES.map((n) => [`policies/${n}.policy`, readFileSync(path.join(ROOT, "test/fixtures/boards/policies", `${n}.policy`), "utf8")]));

interface Bundled {
  createLanguageService: typeof createLanguageService;
  memoryHost: typeof memoryHost;
}

let code = "";
let imports: string[] = [];
let bundled: Bundled;

beforeAll(async () => {
  const bundle = await rolldown({
    input: path.join(ROOT, "language-service/index.ts"),
    platform: "browser",
    logLevel: "silent",
    resolve: { extensionAlias: { ".js": [".ts", ".js"] } },
  });
  const { output } = await bundle.generate({ format: "iife", name: "QuorateLanguageService" });
  const chunk = output[0];
  code = chunk.code;
  imports = chunk.imports;
  // What a Web Worker offers, and nothing of Node.js.
  const worker = { TextDecoder, TextEncoder, URL, setTimeout, clearTimeout, queueMicrotask, structuredClone, console, performance };
  const context = vm.createContext({ ...worker });
  vm.runInContext(`${code}\nglobalThis.QuorateLanguageService = QuorateLanguageService;`, context);
  bundled = (context as unknown as { QuorateLanguageService: Bundled }).QuorateLanguageService;
}, 60_000);

describe("the language service bundled for a browser", () => {
  it("imports no Node.js module", () => {
    expect(imports).toEqual([]);
    expect(code).not.toMatch(/from\s*["']node:|require\(["']node:/);
  });

  it("reports, with no Node.js about it, exactly the diagnostics it reports under Node.js", () => {
    const inBrowser = bundled.createLanguageService({ host: bundled.memoryHost(files), today: () => "2026-11-24" });
    const inNode: LanguageService = createLanguageService({ host: memoryHost(files), today: () => "2026-11-24" });
    for (const file of ["policies/cwm-taf-morgannwg.policy", "policies/mid-and-west-wales.policy"]) {
      const expected = inNode.diagnostics(file);
      expect(expected.flatMap((f) => f.diagnostics).length).toBeGreaterThan(0);
      expect(JSON.parse(JSON.stringify(inBrowser.diagnostics(file)))).toEqual(expected);
    }
  });

  it("formats and completes with no Node.js about it", async () => {
    const messy = files["policies/cwm-taf-morgannwg.policy"]?.replace("  vote by grouping", "      vote    by grouping") ?? "";
    const host = bundled.memoryHost({ ...files, "policies/messy.policy": messy });
    const service = bundled.createLanguageService({ host, today: () => "2026-11-24" });
    const result = await service.format("policies/messy.policy");
    expect("edits" in result && result.edits.length).toBe(1);
    const line = messy.split("\n").findIndex((l) => l.includes("vote    by"));
    expect(service.completion("policies/messy.policy", { line: line + 1, character: 2 }).items.map((i) => i.label)).toContain("nominated");
  });
});
