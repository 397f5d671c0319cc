/**
 * The engine holds no knowledge of any board: no board's id and no role id appears as a
 * literal in compiler/, runtime/ or diff/, so nothing there can treat one board, role or
 * grouping as a special case. What a protocol says lives in its policy file. Literals are
 * read with TypeScript's own scanner, so comments and prose (a help line's example in
 * backticks) are not mistaken for code.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { parse } from "../../grammar/parse.js";
import { REPO } from "../helpers/scratch.js";

/**
 * Words that are role ids and also the engine's own domain words: `child` is the subject of
 * every decision (a fact is about the conference or each `child`), never the role.
 */
const DOMAIN_WORDS = new Set(["child"]);

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const full = path.join(folder, name);
    if (statSync(full).isDirectory()) return filesUnder(full);
    return name.endsWith(".ts") ? [full] : [];
  });
}

/** Every board id and role id written in any policy file of the repository, read by the parser itself. */
function namesOfBoardsAndRoles(): Set<string> {
  const names = new Set<string>();
  const folder = path.join(REPO, "policies");
  for (const file of readdirSync(folder).filter((f) => f.endsWith(".policy"))) {
    const ast = parse(readFileSync(path.join(folder, file), "utf8"), file).ast;
    if (!ast) throw new Error(`${file} does not parse`);
    names.add(ast.header.id.name);
    for (const section of ast.sections) for (const s of section.statements) if (s.type === "RoleDeclaration") names.add(s.id.name);
  }
  return names;
}

/** The whole string literals of a TypeScript file (template parts included). */
function literals(text: string): { value: string; line: number }[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, text);
  const out: { value: string; line: number }[] = [];
  // The scanner alone does not know where a `${…}` ends: count braces, and rescan the rest of the template there.
  const openBraces: number[] = [];
  let depth = 0;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.CloseBraceToken && openBraces.at(-1) === depth) {
      openBraces.pop();
      kind = scanner.reScanTemplateToken(false);
      if (kind === ts.SyntaxKind.TemplateMiddle) openBraces.push(depth);
      continue;
    }
    if (kind === ts.SyntaxKind.OpenBraceToken) depth++;
    else if (kind === ts.SyntaxKind.CloseBraceToken) depth--;
    else if (kind === ts.SyntaxKind.TemplateHead) openBraces.push(depth);
    else if (kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) {
      out.push({ value: scanner.getTokenValue(), line: text.slice(0, scanner.getTokenStart()).split("\n").length });
    }
  }
  return out;
}

describe("the engine knows no board", () => {
  const names = namesOfBoardsAndRoles();

  it("reads the names to look for (a guard against a test that finds nothing)", () => {
    expect(names.has("cwm_taf_morgannwg")).toBe(true);
    expect(names.has("health_visitor")).toBe(true);
    expect(literals('const a = "health_visitor"; // "parent"\nconst b = `x ${f({ k: "gp" })} y ${2}`; const c = `police`;').map((l) => l.value)).toEqual(["health_visitor", "gp", "police"]);
  });

  it("no board id or role id is a literal in compiler/, runtime/ or diff/", () => {
    const found: string[] = [];
    for (const folder of ["compiler", "runtime", "diff"]) {
      for (const file of filesUnder(path.join(REPO, folder))) {
        for (const { value, line } of literals(readFileSync(file, "utf8"))) {
          if (names.has(value) && !DOMAIN_WORDS.has(value)) found.push(`${path.relative(REPO, file)}:${line}: "${value}"`);
        }
      }
    }
    expect(found).toEqual([]);
  });
});
