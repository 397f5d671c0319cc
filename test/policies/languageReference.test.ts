/**
 * The tables of docs/language.md that come from the shared vocabulary (its events and
 * actions) and from the parser (the grammar on one page) are current. The vocabulary is
 * the boards' shared file, so a change to it fails this test until `npm run docs` is run.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { compileFile } from "../../compiler/compile.js";
import { regenerateLanguageReference } from "../../compiler/diagnosticDocs.js";

describe("docs/language.md", () => {
  it("lists the shared vocabulary's events and actions, and the grammar, as they are (run `npm run docs` after a change)", () => {
    const language = readFileSync(new URL("../../docs/language.md", import.meta.url), "utf8");
    const vocabulary = compileFile(fileURLToPath(new URL("../../policies/vocabulary.policy", import.meta.url))).ir;
    expect(vocabulary).toBeDefined();
    if (vocabulary) expect(regenerateLanguageReference(language, vocabulary)).toBe(language);
  });
});
