import { generateCstDts } from "chevrotain";
import { sharedParser } from "./parser.js";

/** TypeScript declarations for the CST, so the CST-to-AST builder is checked by the compiler. */
export function cstTypesSource(): string {
  const header = "// Generated from grammar/parser.ts by `npm run gen:cst`. Do not edit.\n";
  return header + generateCstDts(sharedParser().getGAstProductions());
}
