/**
 * The README is a short start (what Quorate is, the two commands, a ten-minute guide, where
 * to go next) and the reference lives under docs/, one page per subject, each linked from
 * the README. Commands a reader types are written `npx quorate …`: `npm install` does not
 * put `quorate` on the PATH.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECTION_KEYWORDS } from "../../grammar/statementForms.js";
import { REPO } from "../helpers/scratch.js";

const readme = readFileSync(path.join(REPO, "README.md"), "utf8");
const pages = readdirSync(path.join(REPO, "docs")).filter((f) => f.endsWith(".md"));
const read = (page: string) => readFileSync(path.join(REPO, "docs", page), "utf8");

/** The lines of shell code in a Markdown text: ```sh blocks, and `$ ` lines in any block. */
function typedLines(markdown: string): string[] {
  const out: string[] = [];
  let language: string | undefined;
  for (const line of markdown.split("\n")) {
    const fence = /^```(\w*)/.exec(line);
    if (fence) language = language === undefined ? (fence[1] ?? "") : undefined;
    else if (language === "sh" || (language !== undefined && line.startsWith("$ "))) out.push(line.replace(/^\$ /, ""));
  }
  return out;
}

describe("the README and docs/", () => {
  it("the README is short and starts with the two commands", () => {
    expect(readme.split("\n").length).toBeLessThanOrEqual(200);
    expect(readme).toContain("npm install && npm start");
    expect(readme).toContain("npm test");
    expect(readme).toContain("## Ten minutes with a board's policy");
  });

  it("every reference page is linked from the README", () => {
    expect(pages).toEqual(expect.arrayContaining(["language.md", "cli.md", "formats.md", "diagnostics.md", "ci.md", "library.md", "benchmarks.md", "internals.md"]));
    for (const page of pages) expect(readme, page).toContain(`](docs/${page})`);
  });

  it("the language reference has one `###` heading per section keyword", () => {
    const headings = read("language.md")
      .split("\n")
      .filter((line) => line.startsWith("### "));
    for (const keyword of SECTION_KEYWORDS) expect(headings.some((h) => h.includes(`\`${keyword}\``)), keyword).toBe(true);
  });

  it("a command the reader types runs the project's own copy, `npx quorate`, and the README says why once", () => {
    for (const [name, text] of [["README.md", readme], ...pages.map((p) => [`docs/${p}`, read(p)])] as const) {
      const bare = typedLines(text).filter((line) => /(^|[|;&]\s*)quorate /.test(line));
      expect(bare, name).toEqual([]);
    }
    expect(readme).toContain("does not put a `quorate` command on your PATH");
  });
});
