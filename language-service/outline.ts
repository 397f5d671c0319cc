/**
 * The outline (document symbols) and folding ranges. Symbols come from the tree, read
 * generically: the header, each section, and in each its statements (a declaration named
 * by its `id`, any other statement by its own first line). When the file does not parse
 * and recovery read nothing, the outline falls back to the blocks the braces delimit.
 * Folding ranges come from the tokens alone, so they work in any state of the file.
 */
import type { IToken } from "chevrotain";
import type { Ident, PolicyFile, Section, Statement } from "../grammar/ast.js";
import type { Range as SourceRange } from "../grammar/location.js";
import { tokenize } from "../grammar/lexer.js";
import { LCurly, RCurly } from "../grammar/tokens.js";
import type { Analysis } from "./analysis.js";
import { declaredKind } from "./names.js";
import { editorRange, type TextLines } from "./positions.js";
import { statementWords } from "./syntax.js";
import type { DocumentSymbol, FoldingRange } from "./types.js";

const MAX_NAME = 60;

function firstLine(lines: TextLines, range: SourceRange): string {
  const text = lines.text.slice(range.start.offset, range.end.offset).split(/\r\n|\r|\n/)[0]?.trim() ?? "";
  return text.length > MAX_NAME ? text.slice(0, MAX_NAME - 1) + "…" : text;
}

/** What a declaration declares: as the compiler's scope files it, else as its statement type says (`FactDeclaration`: fact). */
type KindOf = (statement: Statement) => string | undefined;

function statementSymbol(lines: TextLines, statement: Statement, kindOf: KindOf): DocumentSymbol {
  const range = editorRange(statement.range);
  const id = "id" in statement ? (statement as { id: Ident }).id : undefined;
  const kind = id && statement.type.endsWith("Declaration") ? (kindOf(statement) ?? statementWords(statement.type.slice(0, -"Declaration".length))) : undefined;
  if (kind && id) return { name: id.name, kind: "declaration", detail: kind, range, selectionRange: editorRange(id.range), children: [] };
  return { name: firstLine(lines, statement.range) || statementWords(statement.type), kind: "rule", detail: statementWords(statement.type), range, selectionRange: range, children: [] };
}

function sectionSymbol(lines: TextLines, section: Section, kindOf: KindOf): DocumentSymbol {
  return {
    name: section.keyword,
    kind: "section",
    range: editorRange(section.range),
    selectionRange: editorRange(section.keywordRange),
    children: (section.statements as Statement[]).map((s) => statementSymbol(lines, s, kindOf)),
  };
}

function treeSymbols(lines: TextLines, ast: PolicyFile, kindOf: KindOf): DocumentSymbol[] {
  const header = ast.header;
  return [
    {
      name: header.id.name,
      kind: "policy",
      detail: `${header.fileKind}: ${header.title.value}`,
      range: editorRange(header.range),
      selectionRange: editorRange(header.id.range),
      children: header.statements.map((s) => statementSymbol(lines, s, kindOf)),
    },
    ...ast.sections.map((s) => sectionSymbol(lines, s, kindOf)),
  ];
}

function tokensOf(text: string): { tokens: IToken[]; comments: IToken[] } {
  const lexed = tokenize(text);
  return { tokens: lexed.tokens, comments: (lexed.groups["comments"] ?? []) as IToken[] };
}

/** Top-level blocks: the words before each outermost `{` and the span to its `}`. */
function blocks(tokens: IToken[]): { words: IToken[]; open: IToken; close?: IToken }[] {
  const out: { words: IToken[]; open: IToken; close?: IToken }[] = [];
  let depth = 0;
  let blockStart = 0;
  tokens.forEach((token, i) => {
    if (token.tokenType === LCurly) {
      if (depth === 0) out.push({ words: tokens.slice(blockStart, i), open: token });
      depth++;
    } else if (token.tokenType === RCurly && depth > 0) {
      depth--;
      const last = out[out.length - 1];
      if (depth === 0 && last) {
        last.close = token;
        blockStart = i + 1;
      }
    }
  });
  return out;
}

function blockSymbols(analysis: Analysis): DocumentSymbol[] {
  const { tokens } = tokensOf(analysis.text);
  return blocks(tokens).map(({ words, open, close }, i) => {
    const first = words[0] ?? open;
    const last = words[words.length - 1] ?? open;
    const end = close ? (close.endOffset ?? close.startOffset) + 1 : analysis.text.length;
    const name = words.map((w) => w.image).join(" ").slice(0, MAX_NAME) || "{";
    return {
      name,
      kind: i === 0 ? "policy" : "section",
      range: analysis.lines.range(first.startOffset, end),
      selectionRange: analysis.lines.range(first.startOffset, (last.endOffset ?? last.startOffset) + 1),
      children: [],
    };
  });
}

export function documentSymbols(analysis: Analysis): DocumentSymbol[] {
  const model = analysis.model;
  const kindOf: KindOf = (statement) => (model ? declaredKind(model, statement) : undefined);
  return analysis.ast ? treeSymbols(analysis.lines, analysis.ast, kindOf) : blockSymbols(analysis);
}

export function foldingRanges(analysis: Analysis): FoldingRange[] {
  const { tokens, comments } = tokensOf(analysis.text);
  const lineOf = (offset: number) => analysis.lines.positionAt(offset).line;
  const out: FoldingRange[] = [];
  const open: IToken[] = [];
  for (const token of tokens) {
    if (token.tokenType === LCurly) open.push(token);
    else if (token.tokenType === RCurly) {
      const start = open.pop();
      // The closing line stays visible, as editors show a folded block.
      if (start && lineOf(token.startOffset) - 1 > lineOf(start.startOffset)) out.push({ startLine: lineOf(start.startOffset), endLine: lineOf(token.startOffset) - 1, kind: "region" });
    }
  }
  let run: { start: number; end: number } | undefined;
  const flush = () => {
    if (run && run.end > run.start) out.push({ startLine: run.start, endLine: run.end, kind: "comment" });
  };
  for (const comment of comments) {
    const line = lineOf(comment.startOffset);
    if (run && line === run.end + 1) run.end = line;
    else {
      flush();
      run = { start: line, end: line };
    }
  }
  flush();
  return out.sort((a, b) => a.startLine - b.startLine || a.endLine - b.endLine);
}
