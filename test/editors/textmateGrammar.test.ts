/**
 * The VS Code extension's TextMate grammar, run by the engine VS Code itself uses
 * (vscode-textmate with the Oniguruma regular expressions) over every bundled policy:
 * every comment, quoted text, number and date, every keyword and every name the parser
 * reads must be scoped as what it is. The committed grammar must be the generated one.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { IToken as LexToken } from "chevrotain";
import * as oniguruma from "vscode-oniguruma";
import * as vsctm from "vscode-textmate";
import { beforeAll, describe, expect, it } from "vitest";
import { textmateGrammar, wrapForm } from "../../editors/vscode/src/textmateGrammar.js";
import { tokenize } from "../../grammar/lexer.js";
import { LineMap } from "../../grammar/location.js";
import { parse } from "../../grammar/parse.js";
import { STATEMENT_FORMS, type FormContext } from "../../grammar/statementForms.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const GRAMMAR_FILE = path.join(ROOT, "editors/vscode/syntaxes/quorate.tmLanguage.json");
const POLICIES = ["cwm-taf-morgannwg", "lancashire", "mid-and-west-wales", "south-ayrshire", "wakefield", "vocabulary", "wales-safeguarding-procedures"];

let grammar: vsctm.IGrammar;

beforeAll(async () => {
  const require = createRequire(import.meta.url);
  const wasm = readFileSync(require.resolve("vscode-oniguruma/release/onig.wasm"));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({ createOnigScanner: (sources) => new oniguruma.OnigScanner(sources), createOnigString: (text) => new oniguruma.OnigString(text) }),
    loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(GRAMMAR_FILE, "utf8"), GRAMMAR_FILE),
  });
  grammar = (await registry.loadGrammar("source.quorate")) as vsctm.IGrammar;
});

/** The scopes of every character, line by line (0-based). */
function scopesOf(text: string): string[][][] {
  let stack = vsctm.INITIAL;
  return text.split("\n").map((line) => {
    const result = grammar.tokenizeLine(line, stack);
    stack = result.ruleStack;
    const out: string[][] = [];
    for (const token of result.tokens) for (let i = token.startIndex; i < Math.min(token.endIndex, line.length); i++) out[i] = token.scopes;
    return out;
  });
}

/** Every name (identifier) the parser reads, by start offset. */
function nameOffsets(value: unknown, out = new Set<number>()): Set<number> {
  if (Array.isArray(value)) for (const v of value) nameOffsets(v, out);
  else if (value && typeof value === "object") {
    const node = value as { name?: unknown; range?: { start: { offset: number } } };
    if (typeof node.name === "string" && node.range) out.add(node.range.start.offset);
    for (const v of Object.values(value)) nameOffsets(v, out);
  }
  return out;
}

type Expectation = "comment" | "string" | "date" | "integer" | "name" | "keyword" | "punctuation";

function expectation(token: LexToken, names: Set<number>): Expectation {
  const type = token.tokenType.name;
  if (type === "Comment") return "comment";
  if (type === "StringLiteral" || type === "UnterminatedString") return "string";
  if (type === "DateLiteral") return "date";
  if (type === "Integer") return "integer";
  if (names.has(token.startOffset)) return "name";
  if (type.startsWith("Kw_")) return "keyword";
  if (type === "Identifier") return "name";
  return "punctuation";
}

function fits(scopes: string[], expected: Expectation): boolean {
  const has = (prefix: string) => scopes.some((s) => s.startsWith(prefix));
  switch (expected) {
    case "comment":
      return has("comment.line.number-sign");
    case "string":
      return has("string.quoted.double");
    case "date":
      return has("constant.numeric.date");
    case "integer":
      return has("constant.numeric.integer");
    case "name":
      return (has("variable.") || has("entity.name.")) && !has("keyword.");
    case "keyword":
      return has("keyword.");
    case "punctuation":
      return has("punctuation.");
  }
}

/** Checks the scope of every token of a policy against what the parser reads it as; the counts of each expectation. */
function checkScopes(name: string, text: string): Map<Expectation, number> {
  const parsed = parse(text, name);
  expect(parsed.ast, name).toBeDefined();
  const names = nameOffsets(parsed.ast);
  const lexed = tokenize(text);
  const lines = new LineMap(text);
  const scopes = scopesOf(text);
  const wrong: string[] = [];
  const counts = new Map<Expectation, number>();
  for (const token of [...lexed.tokens, ...((lexed.groups["comments"] ?? []) as LexToken[])]) {
    const expected = expectation(token, names);
    counts.set(expected, (counts.get(expected) ?? 0) + 1);
    const start = lines.position(token.startOffset);
    const end = lines.position(token.endOffset ?? token.startOffset);
    for (const at of [start, end]) {
      const here = scopes[at.line - 1]?.[at.column - 1] ?? [];
      if (!fits(here, expected)) wrong.push(`${name}:${at.line}:${at.column} \`${token.image}\` should be ${expected}, is ${here.slice(1).join(" ") || "unscoped"}`);
    }
  }
  expect(wrong).toEqual([]);
  return counts;
}

describe("the TextMate grammar", () => {
  it("is the grammar generated from the language's keywords", () => {
    expect(JSON.parse(readFileSync(GRAMMAR_FILE, "utf8"))).toEqual(textmateGrammar());
  });

  it.each(POLICIES)("scopes every token of %s as the parser reads it", (name) => {
    const counts = checkScopes(name, readFileSync(path.join(ROOT, "policies", `${name}.policy`), "utf8"));
    expect(counts.get("keyword")).toBeGreaterThan(5);
    expect(counts.get("name")).toBeGreaterThan(0);
    expect(counts.get("string")).toBeGreaterThan(0);
  });

  // Every statement form the grammar teaches (grammar/statementForms.ts), each in its section: new forms are covered as they are added.
  it.each(Object.entries(STATEMENT_FORMS).flatMap(([context, forms]) => forms.map((form) => [context, form] as const)))("scopes every token of the %s form `%s`", (context, form) => {
    checkScopes(`${context} form`, wrapForm(context as FormContext, form));
  });
});
