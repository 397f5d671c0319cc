import { generateCstDts } from "chevrotain";
import { QuorateParser } from "./parser.js";

/**
 * TypeScript declarations for the CST, so the CST-to-AST builder is checked by the
 * compiler. The parser is built with Chevrotain's grammar validations, so that `npm run
 * gen:cst` after a grammar change also reports any ambiguity it brings.
 */
export function cstTypesSource(): string {
  const header = "// Generated from grammar/parser.ts by `npm run gen:cst`. Do not edit.\n";
  return header + generateCstDts(new QuorateParser({ validate: true }).getGAstProductions());
}
