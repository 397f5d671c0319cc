/**
 * Fixture pairs: each `<name>.input.policy` is written untidily on purpose, and
 * `<name>.output.policy` is its canonical layout, reviewed by hand. Together they cover
 * every statement form of the language reference and every place a comment can sit.
 */
import { readdirSync, readFileSync } from "node:fs";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/parse.js";
import { STATEMENT_FORMS } from "../../grammar/statementForms.js";
import { isKeyword } from "../../grammar/tokens.js";
import { canonicalOptions } from "../../format/formatPolicy.js";
import { syntaxDifference } from "../../format/meaning.js";

const dir = new URL("./fixtures/", import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith(".input.policy"))
  .map((f) => f.replace(".input.policy", ""));
const read = (file: string) => readFileSync(new URL(file, dir), "utf8");
const format = (text: string, name: string) => prettier.format(text, canonicalOptions(`${name}.policy`));

/** The shape of a text: its keywords as written, every name `N`, text `S`, date `D` and number `I`. */
function shape(text: string): string {
  const words = text.replace(/#[^\n]*/g, "").match(/"(?:[^"\\]|\\.)*"|[A-Za-z_][A-Za-z0-9_]*|\d{4}-\d{2}(?:-\d{2})?|\d+|[{}:,]/g) ?? [];
  return words
    .map((w) => (w.startsWith('"') ? "S" : /^\d{4}-/.test(w) ? "D" : /^\d/.test(w) ? "I" : /^[A-Za-z_]/.test(w) && !isKeyword(w) ? "N" : w))
    .join(" ");
}

describe("formatter fixtures", () => {
  for (const name of names) {
    it(`${name}: the untidy input comes out in the canonical layout`, async () => {
      expect(await format(read(`${name}.input.policy`), name)).toBe(read(`${name}.output.policy`));
    });

    it(`${name}: the expected output is already canonical and says what the input says`, async () => {
      const output = read(`${name}.output.policy`);
      expect(await format(output, name)).toBe(output);
      const before = parse(read(`${name}.input.policy`), "in.policy").ast;
      const after = parse(output, "out.policy").ast;
      expect(before && after && syntaxDifference(before, after)).toBeUndefined();
    });
  }

  it("cover every statement form the language has", () => {
    const inputs = names.map((n) => shape(read(`${n}.input.policy`))).join(" ; ");
    for (const forms of Object.values(STATEMENT_FORMS)) {
      for (const form of forms) expect(inputs, form).toContain(shape(form));
    }
  });

  it("cover comments before, after and inside statements, after braces, in empty blocks and at the end", () => {
    const comments = read("comments.output.policy");
    for (const where of ["before the header", "trailing the opening brace", "trailing a statement", "between a statement and its citation", "inside a statement", "dangling at the end of a block", "trailing the closing brace", "after a comma in a list", "after a role", "on its own line between roles", "before the closing brace", "between the brace and the citation", "dangling in an otherwise empty section", "at the end of the file"]) {
      expect(comments).toContain(where);
    }
  });
});
