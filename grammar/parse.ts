/**
 * parse(): source text to AST plus diagnostics. It never throws: lexer errors, syntax
 * errors and even an internal failure all come back as diagnostics, with positions.
 */
import { EOF, tokenMatcher, type IToken } from "chevrotain";
import type { PolicyFile } from "./ast.js";
import { AstBuilder } from "./astBuilder.js";
import type { PolicyFileCstNode, SectionCstNode } from "./cst.js";
import { INTERNAL_ERROR_CODE, INTERNAL_ERROR_HELP, sortDiagnostics, type Diagnostic } from "./diagnostic.js";
import { tokenize } from "./lexer.js";
import { LineMap } from "./location.js";
import { ParsingAbandoned, sharedParser } from "./parser.js";
import { SECTION_KEYWORDS } from "./statementForms.js";
import {
  failsAtStatementStart,
  lexerDiagnostic,
  lineAt,
  parserDiagnostic,
  strayTokenDiagnostic,
  SyntaxCodes,
  unknownSectionDiagnostic,
  unterminatedStringDiagnostic,
  type SyntaxContext,
} from "./syntaxDiagnostics.js";
import { LCurly, Name, RCurly, StringLiteral, UnterminatedString } from "./tokens.js";

import { codePoints, countTokens, MAX_POLICY_CHARACTERS, MAX_POLICY_TOKENS } from "./limits.js";

export { MAX_POLICY_CHARACTERS, MAX_POLICY_TOKENS };
/** After this many syntax errors the rest are noise; the count is still reported. */
export const MAX_SYNTAX_ERRORS = 50;


export interface ParseResult {
  ast?: PolicyFile;
  diagnostics: Diagnostic[];
  lines: LineMap;
  /** The tokens of a file that parsed, comments left out; the printer lays them out. */
  tokens?: IToken[];
  /**
   * Asked for with `{ recover: true }`: for a file with syntax errors, the tree of what the
   * parser's error recovery still read (a statement it could not read is left out). A
   * token recovery inserted has no place in the text, so a node built from one has a range
   * whose offsets are NaN. Editors use it to keep the outline, hover and completion working
   * while a statement is half typed; it is never compiled.
   */
  recovered?: PolicyFile;
}

export interface ParseOptions {
  recover?: boolean;
}


const sectionWords = new Set<string>(SECTION_KEYWORDS);

/** Sections that carry a name and a title before their `{`, as escalation and appeal routes do. */
export const NAMED_SECTIONS: ReadonlySet<string> = new Set(["escalation", "appeal"]);

/** Where the `{` of a section starting at `i` is (`name {`, or `escalation id "Title" {`); -1 if none starts there. */
function sectionOpen(tokens: IToken[], i: number): number {
  const token = tokens[i];
  if (token === undefined || !tokenMatcher(token, Name)) return -1;
  if (tokens[i + 1]?.tokenType === LCurly) return i + 1;
  const name = tokens[i + 1];
  const title = tokens[i + 2];
  if (NAMED_SECTIONS.has(token.image) && name && tokenMatcher(name, Name) && title && tokenMatcher(title, StringLiteral) && tokens[i + 3]?.tokenType === LCurly) return i + 3;
  return -1;
}

/** Index just past the block whose `{` is at `open`, or the end if it never closes. */
function skipBlock(tokens: IToken[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    const type = (tokens[i] as IToken).tokenType;
    if (type === LCurly) depth++;
    else if (type === RCurly && --depth === 0) return i + 1;
  }
  return tokens.length;
}

/**
 * Takes out of the token stream, with a diagnostic each, blocks under a name that is not a
 * section (`quorom { … }`) and stray words between sections, so that one misspelt section
 * name costs one error rather than a cascade through the rest of the file.
 */
function removeTopLevelJunk(ctx: SyntaxContext, tokens: IToken[], diagnostics: Diagnostic[]): IToken[] {
  const headerOpen = tokens.findIndex((t) => t.tokenType === LCurly);
  if (headerOpen < 0) return tokens;
  let i = skipBlock(tokens, headerOpen);
  const kept = tokens.slice(0, i);
  while (i < tokens.length) {
    const token = tokens[i] as IToken;
    const open = sectionOpen(tokens, i);
    if (open >= 0) {
      if (!sectionWords.has(token.image)) diagnostics.push(unknownSectionDiagnostic(ctx, token));
      const end = skipBlock(tokens, open);
      if (sectionWords.has(token.image)) for (let k = i; k < end; k++) kept.push(tokens[k] as IToken);
      i = end;
      continue;
    }
    diagnostics.push(strayTokenDiagnostic(ctx, token));
    i++;
    while (i < tokens.length && sectionOpen(tokens, i) < 0) i++;
  }
  return kept;
}

/** Where a token is in the token list (ordered by offset), or undefined for one the parser made up in recovery. */
function tokenIndex(tokens: readonly IToken[], token: IToken): number | undefined {
  if (!Number.isFinite(token.startOffset)) return undefined;
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const offset = (tokens[middle] as IToken).startOffset;
    if (offset < token.startOffset) low = middle + 1;
    else if (offset > token.startOffset) high = middle - 1;
    else return tokens[middle] === token ? middle : undefined;
  }
  return undefined;
}

/** How many braces are open before each token, as the text writes them. */
function braceDepths(tokens: IToken[]): Int32Array {
  // Four bytes a token: a file of four million braces must stay within its memory bound.
  const depths = new Int32Array(tokens.length);
  let depth = 0;
  tokens.forEach((token, i) => {
    depths[i] = depth;
    if (token.tokenType === LCurly) depth++;
    else if (token.tokenType === RCurly && depth > 0) depth--;
  });
  return depths;
}

function parserDiagnostics(ctx: SyntaxContext, errors: ReturnType<typeof sharedParser>["errors"]): Diagnostic[] {
  if (errors.length === 0) return [];
  // Found by offset, not through a map of every token: 4 million tokens made a map of a gigabyte.
  const indexOf = { get: (token: IToken) => tokenIndex(ctx.tokens, token) };
  const depths = braceDepths(ctx.tokens);
  const out: Diagnostic[] = [];
  let lastErrorLine = -1;
  let sawEndOfFile = false;
  for (const error of errors) {
    // Past the cap the rest are only counted (by `capped`), so stop describing them.
    if (out.length > MAX_SYNTAX_ERRORS) break;
    const atEnd = error.token.tokenType === EOF;
    const index = atEnd ? ctx.tokens.length : (indexOf.get(error.token) ?? -1);
    const line = atEnd ? Infinity : lineAt(ctx, error.token);
    const previousLine = lineAt(ctx, ctx.tokens[index - 1]);
    // After an error, recovery may resume mid-statement and stumble again on the same
    // line or just after it; such echoes describe the first error badly, so they are
    // dropped. An error in a statement that starts on a fresh line is always kept.
    const echo = line === lastErrorLine || (previousLine === lastErrorLine && !failsAtStatementStart(error));
    // A section the text does close, with its braces balanced, that the parser found open
    // at the next section: an earlier error (a grouping's missing `{`, say) misled it, and
    // saying the section is not closed would be a second, false error for one mistake.
    const closedInText = out.length > 0 && index >= 0 && depths[index] === 0 && sectionWords.has(error.token.image) && ctx.tokens[index + 1]?.tokenType === LCurly;
    lastErrorLine = line === Infinity ? lastErrorLine : line;
    if (echo || closedInText || (atEnd && sawEndOfFile)) continue;
    sawEndOfFile ||= atEnd;
    out.push(parserDiagnostic(ctx, error, index));
  }
  return out;
}

/** Where the parser gave up on a file too broken to be worth reading further. */
function abandonedDiagnostic(ctx: SyntaxContext, token: IToken): Diagnostic {
  const start = Number.isFinite(token.startOffset) ? token.startOffset : ctx.lines.text.length;
  const end = Number.isFinite(token.endOffset) ? (token.endOffset as number) + 1 : start;
  return {
    code: SyntaxCodes.syntax,
    severity: "error",
    message: "there are so many syntax errors that Quorate stopped reading the file here",
    file: ctx.file,
    range: ctx.lines.range(start, end),
    help: "check that this is a policy file; if it is, fix the first errors shown and check again",
  };
}

function capped(ctx: SyntaxContext, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length <= MAX_SYNTAX_ERRORS) return diagnostics;
  const shown = diagnostics.slice(0, MAX_SYNTAX_ERRORS);
  const last = shown[shown.length - 1] as Diagnostic;
  shown.push({
    code: SyntaxCodes.syntax,
    severity: "error",
    message: "further syntax errors are not shown",
    file: ctx.file,
    range: last.range,
    help: "fix the errors above and check again",
  });
  return shown;
}

export function parse(source: string, file: string, options: ParseOptions = {}): ParseResult {
  const lines = new LineMap(source);
  try {
    return parseText(source, file, lines, options);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      lines,
      diagnostics: [{ code: INTERNAL_ERROR_CODE, severity: "error", message: `Quorate failed while reading this policy (${detail})`, file, range: lines.range(0, 0), help: INTERNAL_ERROR_HELP }],
    };
  }
}

function recoveredTree(lines: LineMap, cst: PolicyFileCstNode, comments: IToken[]): PolicyFile | undefined {
  try {
    return new AstBuilder(lines).policyFile(cst, (cst.children.section ?? []) as SectionCstNode[], comments);
  } catch {
    return undefined;
  }
}

function tooLarge(file: string, lines: LineMap, message: string): ParseResult {
  return {
    lines,
    diagnostics: [{ code: SyntaxCodes.tooLarge, severity: "error", message, file, range: lines.range(0, 0), help: "check that this is the policy file you meant; policies are a few hundred lines" }],
  };
}

function parseText(source: string, file: string, lines: LineMap, options: ParseOptions): ParseResult {
  const ctx: SyntaxContext = { file, lines, tokens: [] };
  // Characters as a reader counts them: only a text longer in UTF-16 units can be over.
  const characters = source.length > MAX_POLICY_CHARACTERS ? codePoints(source) : source.length;
  if (characters > MAX_POLICY_CHARACTERS) return tooLarge(file, lines, `this file has ${characters} characters; a policy may have at most ${MAX_POLICY_CHARACTERS}`);
  if (countTokens(source, MAX_POLICY_TOKENS) > MAX_POLICY_TOKENS) {
    return tooLarge(file, lines, `this file has more than ${MAX_POLICY_TOKENS} words and symbols; a policy may have at most ${MAX_POLICY_TOKENS}`);
  }
  const lexed = tokenize(source);
  const diagnostics: Diagnostic[] = [];
  for (const error of lexed.errors.slice(0, MAX_SYNTAX_ERRORS + 1)) diagnostics.push(lexerDiagnostic(ctx, error));
  for (const token of lexed.tokens) if (token.tokenType === UnterminatedString) diagnostics.push(unterminatedStringDiagnostic(ctx, token));

  const tokens = removeTopLevelJunk(ctx, lexed.tokens, diagnostics);
  ctx.tokens = tokens;
  const parser = sharedParser();
  parser.input = tokens;
  let cst: PolicyFileCstNode | undefined;
  try {
    cst = parser.policyFile() as PolicyFileCstNode;
  } catch (error) {
    if (!(error instanceof ParsingAbandoned)) throw error;
    diagnostics.push(abandonedDiagnostic(ctx, error.token));
  }
  // A character the lexer could not read leaves a gap the parser then stumbles over;
  // the lexer's error already explains that line.
  const lexerLines = new Set(lexed.errors.map((e) => e.line));
  for (const d of parserDiagnostics(ctx, parser.errors)) if (!lexerLines.has(d.range.start.line) || d.message.startsWith("the file ends")) diagnostics.push(d);
  if (!cst) return { lines, diagnostics: capped(ctx, sortDiagnostics(diagnostics)) };

  const comments = (lexed.groups["comments"] ?? []) as IToken[];
  if (diagnostics.length > 0) {
    const recovered = options.recover ? recoveredTree(lines, cst, comments) : undefined;
    return { lines, diagnostics: capped(ctx, sortDiagnostics(diagnostics)), ...(recovered ? { recovered } : {}) };
  }
  const sections = (cst.children.section ?? []) as SectionCstNode[];
  return { lines, diagnostics, tokens, ast: new AstBuilder(lines).policyFile(cst, sections, comments) };
}
