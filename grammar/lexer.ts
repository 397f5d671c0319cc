/**
 * The lexer, built once and only when first needed. Full position tracking gives each
 * token its end offset, which ranges (and CST node locations) need.
 */
import { Lexer, type ILexerConfig } from "chevrotain";
import { allTokens } from "./tokens.js";

export const LEXER_CONFIG: ILexerConfig = { positionTracking: "full", ensureOptimizations: true };

let shared: Lexer | undefined;

/**
 * Chevrotain's lexer validations (empty or unreachable patterns…) are skipped here: they
 * cost a sixth of building the lexer, at every start-up, and can only fail when the tokens
 * are changed. test/grammar/grammarValidation.test.ts builds the lexer with them.
 */
export function sharedLexer(): Lexer {
  shared ??= new Lexer(allTokens, { ...LEXER_CONFIG, skipValidations: true });
  return shared;
}
