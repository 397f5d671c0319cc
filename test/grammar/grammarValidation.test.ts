/**
 * The shared parser and lexer skip Chevrotain's validations to start faster (see
 * grammar/parser.ts and grammar/lexer.ts); here they are built with them, so a mistake in
 * the grammar or the tokens (an ambiguity, left recursion, an unreachable token) still
 * fails the tests.
 */
import { Lexer } from "chevrotain";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LEXER_CONFIG, tokenize } from "../../grammar/lexer.js";
import { QuorateParser, sharedParser } from "../../grammar/parser.js";
import { allTokens, tokensWithoutKeywords } from "../../grammar/tokens.js";

const folder = new URL("../fixtures/boards/policies/", import.meta.url);
const bundled = readdirSync(folder).filter((f) => f.endsWith(".policy")).map((f) => readFileSync(new URL(f, folder), "utf8"));
const policy = readFileSync(new URL("wakefield.policy", folder), "utf8");

/** Words at the edges of keywords: prefixes and extensions of them, other cases, digits and underscores. */
const edges = [
  "vote votes voting vote_ votes_cast voter Vote VOTE a ab a1 _a a_ cite citer cit when whence",
  'policy x "y" { owner "o" } roles { lead_agency_worker agency x } # a comment with vote and cite',
  "majority2 2majority 2025-04-23x 12ab \u00e9 vote\u00e9 \"unterminated vote\nquorum{at least 2}",
  "__proto__ constructor toString hasOwnProperty",
];

const described = (result: ReturnType<typeof tokenize>) => ({
  tokens: result.tokens.map((t) => [t.tokenType.name, t.tokenTypeIdx, t.image, t.startOffset, t.endOffset, t.startLine, t.startColumn, t.endLine, t.endColumn]),
  comments: (result.groups["comments"] ?? []).map((t) => [t.tokenType.name, t.image, t.startOffset]),
  errors: result.errors,
});

describe("Chevrotain's validations", () => {
  it("pass for the lexer of every token, and the shared lexer reads text exactly as it does", () => {
    const lexer = new Lexer(allTokens, { ...LEXER_CONFIG, skipValidations: false });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    for (const text of [...bundled, ...edges]) expect(described(tokenize(text))).toEqual(described(lexer.tokenize(text)));
  });

  it("pass for the lexer without keywords that the shared lexer is", () => {
    expect(new Lexer(tokensWithoutKeywords, { ...LEXER_CONFIG, skipValidations: false }).lexerDefinitionErrors).toEqual([]);
  });

  it("pass for the grammar, and the validated parser reads a policy as the shared one does", () => {
    // With validations on, building the parser throws on any grammar definition error.
    const validated = new QuorateParser({ validate: true });
    const tokens = tokenize(policy).tokens;
    validated.input = tokens;
    const cst = validated.policyFile();
    const shared = sharedParser();
    shared.input = tokens;
    expect(cst).toEqual(shared.policyFile());
    expect(validated.errors).toEqual([]);
  });
});
