/**
 * The lexer, built once and only when first needed. Full position tracking gives each
 * token its end offset, which ranges (and CST node locations) need.
 */
import { Lexer, type ILexerConfig, type ILexingResult } from "chevrotain";
import { Identifier, keywordToken, tokensWithoutKeywords } from "./tokens.js";

export const LEXER_CONFIG: ILexerConfig = { positionTracking: "full", ensureOptimizations: true };

let shared: Lexer | undefined;

/**
 * Chevrotain's lexer validations (empty or unreachable patterns…) are skipped here: they
 * cost a good part of building the lexer, at every start-up, and can only fail when the
 * tokens are changed. test/grammar/grammarValidation.test.ts builds the lexer of
 * `allTokens` with them, and checks it reads text exactly as this one does.
 */
function sharedLexer(): Lexer {
  shared ??= new Lexer(tokensWithoutKeywords, { ...LEXER_CONFIG, skipValidations: true });
  return shared;
}

/**
 * Lexes a policy: the same tokens as Chevrotain's lexer of `allTokens` gives, built
 * faster, by reading each word as an `Identifier` and then giving a word that is a keyword
 * its keyword's token type (see `tokensWithoutKeywords`).
 */
export function tokenize(text: string): ILexingResult {
  const lexed = sharedLexer().tokenize(text);
  for (const token of lexed.tokens) {
    if (token.tokenType !== Identifier) continue;
    const keyword = keywordToken(token.image);
    if (keyword === undefined) continue;
    token.tokenType = keyword;
    token.tokenTypeIdx = keyword.tokenTypeIdx as number;
  }
  return lexed;
}
