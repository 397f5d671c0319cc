/**
 * The shared parser and lexer skip Chevrotain's validations to start faster (see
 * grammar/parser.ts and grammar/lexer.ts); here they are built with them, so a mistake in
 * the grammar or the tokens (an ambiguity, left recursion, an unreachable token) still
 * fails the tests.
 */
import { Lexer } from "chevrotain";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LEXER_CONFIG, sharedLexer } from "../../grammar/lexer.js";
import { QuorateParser, sharedParser } from "../../grammar/parser.js";
import { allTokens } from "../../grammar/tokens.js";

const policy = readFileSync(new URL("../../policies/wakefield.policy", import.meta.url), "utf8");

describe("Chevrotain's validations", () => {
  it("pass for the lexer, which then reads a policy as the shared one does", () => {
    const lexer = new Lexer(allTokens, { ...LEXER_CONFIG, skipValidations: false });
    expect(lexer.lexerDefinitionErrors).toEqual([]);
    const strip = (tokens: { image: string; startOffset: number; tokenType: { name: string } }[]) => tokens.map((t) => [t.tokenType.name, t.image, t.startOffset]);
    expect(strip(lexer.tokenize(policy).tokens)).toEqual(strip(sharedLexer().tokenize(policy).tokens));
  });

  it("pass for the grammar, and the validated parser reads a policy as the shared one does", () => {
    // With validations on, building the parser throws on any grammar definition error.
    const validated = new QuorateParser({ validate: true });
    const tokens = sharedLexer().tokenize(policy).tokens;
    validated.input = tokens;
    const cst = validated.policyFile();
    const shared = sharedParser();
    shared.input = tokens;
    expect(cst).toEqual(shared.policyFile());
    expect(validated.errors).toEqual([]);
  });
});
