/**
 * Every policy example in the README and the reference pages under docs/ means what it
 * says: whole files compile, and each section example, placed in a minimal policy, raises
 * no error about its own lines. (docs/diagnostics.md is left out: its examples are made to
 * raise errors, and test/compiler/diagnosticCatalogue.test.ts checks them.)
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SECTION_KEYWORDS } from "../../grammar/statementForms.js";
import { compileText } from "../helpers/compileText.js";

const docsFolder = new URL("../../docs/", import.meta.url);
const pages = [new URL("../../README.md", import.meta.url), ...readdirSync(docsFolder).filter((f) => f.endsWith(".md") && f !== "diagnostics.md").map((f) => new URL(f, docsFolder))];
const language = readFileSync(new URL("language.md", docsFolder), "utf8");
/** The fenced code blocks of a Markdown text, with their language tag. */
function codeBlocks(markdown: string): { language: string; text: string }[] {
  const out: { language: string; text: string }[] = [];
  let open: { language: string; lines: string[] } | undefined;
  for (const line of markdown.split("\n")) {
    const fence = /^```(\w*)\s*$/.exec(line);
    if (fence && !open) open = { language: fence[1] ?? "", lines: [] };
    else if (fence && open) {
      out.push({ language: open.language, text: open.lines.join("\n") + "\n" });
      open = undefined;
    } else open?.lines.push(line);
  }
  return out;
}

const blocks = pages.flatMap((page) =>
  codeBlocks(readFileSync(page, "utf8"))
    .filter((b) => b.language === "")
    .map((b) => b.text),
);
// Escalation and appeal routes are named: `appeal parental_appeal "Appeal" {`.
const opening = (keyword: string) => (keyword === "escalation" || keyword === "appeal" ? `${keyword} [a-z_]+ "[^"]*" \\{` : `${keyword} \\{`);
const sectionStart = new RegExp(`^(${SECTION_KEYWORDS.map(opening).join("|")})`);

// Codes that only say the example lacks the rest of a policy around it.
const CONTEXT_CODES = new Set(["Q033", "Q040", "Q042", "Q074", "Q090", "Q091"]);

const HEADER = 'policy readme_example "README example" {\n  vocabulary "vocabulary.policy"\n  version "1" dated 2025-01-01 review 2030-01-01\n}\n';
// The groupings other examples refer to, for examples that do not declare their own.
const GROUPINGS = 'voting {\n  grouping child_health "Child health" { health_visitor }\n  grouping adult_health "Adult health" { midwife }\n}\n';

describe("policy examples in the README and docs/", () => {
  const examples = blocks.filter((b) => /^(policy|base) /.test(b) || sectionStart.test(b));
  it("the language reference has examples for every section", () => {
    const own = codeBlocks(language).filter((b) => b.language === "");
    for (const keyword of SECTION_KEYWORDS) {
      expect(own.some((b) => b.text.split("\n").some((line) => new RegExp(`^${opening(keyword)}`).test(line))), keyword).toBe(true);
    }
  });

  for (const example of examples) {
    const title = example.split("\n")[0] ?? "";
    it(`compiles: ${title}`, () => {
      const whole = /^(policy|base) /.test(example);
      const context = whole ? "" : example.startsWith("voting {") ? HEADER : HEADER + GROUPINGS;
      const source = context + example;
      const offset = context.split("\n").length - 1;
      const result = compileText(source);
      const own = result.diagnostics.filter((d) => d.severity === "error" && d.file === "policies/test.policy" && d.range.start.line > offset && !CONTEXT_CODES.has(d.code));
      expect(own.map((d) => `${d.code} ${d.range.start.line - offset}: ${d.message}`)).toEqual([]);
    });
  }
});
