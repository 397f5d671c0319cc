/**
 * Completion. Which keywords may come next is the parser's own answer (Chevrotain's
 * `computeContentAssist` over the tokens before the cursor, from the start of the block
 * the cursor is in). Where the parser expects a name, which kind of name is found by
 * trying: a placeholder is written at the cursor, the text parsed (with recovery) and the
 * compiler's references asked which kind of name sits there. So a statement form added to
 * the grammar and to `compiler/references.ts` completes without a change here.
 */
import type { IToken, TokenType } from "chevrotain";
import { EVENTS, JURISDICTIONS, OBLIGATION_ACTIONS, POWERS } from "../compiler/catalogue.js";
import type { CompileHost } from "../compiler/host.js";
import { loadChainOf } from "../compiler/load.js";
import { sourceFile } from "../compiler/model.js";
import { references } from "../compiler/references.js";
import { tokenize } from "../grammar/lexer.js";
import { parse } from "../grammar/parse.js";
import { sharedParser } from "../grammar/parser.js";
import { LCurly, Name, RCurly } from "../grammar/tokens.js";
import type { Analysis } from "./analysis.js";
import { declaredKind, NAME_KINDS, nameIndex } from "./names.js";
import type { CompletionItem, CompletionList, NameKind } from "./types.js";

const WORD = /[A-Za-z0-9_]/;
const PLACEHOLDER = "quorate_completion_placeholder";

function wordAround(text: string, offset: number): { start: number; end: number } {
  let start = offset;
  while (start > 0 && WORD.test(text[start - 1] as string)) start--;
  let end = offset;
  while (end < text.length && WORD.test(text[end] as string)) end++;
  return { start, end };
}

/** Whether the offset is inside a comment or a quoted text, where nothing is completed. */
function inCommentOrText(text: string, offset: number): boolean {
  const lexed = tokenize(text);
  const inside = (t: IToken) => t.startOffset < offset && offset <= (t.endOffset ?? t.startOffset) + (t.image.startsWith("#") ? 1 : 0);
  if (((lexed.groups["comments"] ?? []) as IToken[]).some(inside)) return true;
  return lexed.tokens.some((t) => t.image.startsWith('"') && inside(t) && !(t.image.length > 1 && t.image.endsWith('"') && offset === (t.endOffset ?? 0) + 1));
}

/** The rule to ask and the tokens to ask it with: those of the block the cursor is in. */
function assistInput(tokens: IToken[]): { rule: string; input: IToken[] } {
  let depth = 0;
  let blockStart = 0;
  let blocksClosed = 0;
  tokens.forEach((token, i) => {
    if (token.tokenType === LCurly) depth++;
    else if (token.tokenType === RCurly && depth > 0 && --depth === 0) {
      blockStart = i + 1;
      blocksClosed++;
    }
  });
  const input = tokens.slice(blockStart);
  if (blocksClosed === 0) return { rule: "policyFile", input };
  return { rule: "section", input };
}

function nextTokenTypes(rule: string, input: IToken[]): TokenType[] {
  try {
    return sharedParser()
      .computeContentAssist(rule, input)
      .map((path) => path.nextTokenType);
  } catch {
    return [];
  }
}

/** The statement being typed, taken to start at its line: for when an earlier statement of the block does not parse. */
function fromLineStart(text: string, tokens: IToken[], rule: string, input: IToken[]): IToken[] {
  const lineStart = Math.max(text.lastIndexOf("\n", (tokens[tokens.length - 1]?.startOffset ?? 0)) + 1, 0);
  const opening = input.slice(0, input.findIndex((t) => t.tokenType === LCurly) + 1);
  if (rule !== "section" || opening.length === 0) return input;
  return [...opening, ...tokens.filter((t) => t.startOffset >= lineStart && t.startOffset > (opening[opening.length - 1]?.startOffset ?? -1))];
}

function keywordOf(type: TokenType): string | undefined {
  return type.name.startsWith("Kw_") && typeof type.PATTERN === "string" ? type.PATTERN : undefined;
}

/** Which kind of name the compiler would read at `start`, found by writing a placeholder there. */
function expectedNameKind(analysis: Analysis, host: CompileHost, start: number, end: number): NameKind | "new" | undefined {
  const text = analysis.text.slice(0, start) + PLACEHOLDER + analysis.text.slice(end);
  const parsed = parse(text, analysis.file, { recover: true });
  const ast = parsed.ast ?? parsed.recovered;
  if (!ast) return undefined;
  try {
    const model = loadChainOf(sourceFile(analysis.file, text, parsed.lines, ast), host);
    const at = (ident: { name: string; range: { start: { offset: number } } }) => ident.name === PLACEHOLDER && ident.range.start.offset === start;
    for (const kind of NAME_KINDS) if (references(model, kind).some((r) => at(r.ident))) return kind;
    for (const file of [model.root]) {
      for (const section of file.ast.sections) for (const s of section.statements) if (declaredKind(s) && "id" in s && at(s.id)) return "new";
    }
  } catch {
    return undefined;
  }
  return undefined;
}

const CATALOGUES: Partial<Record<NameKind, Record<string, string | { description: string }>>> = {
  event: EVENTS,
  action: OBLIGATION_ACTIONS,
  power: POWERS,
  jurisdiction: JURISDICTIONS,
};

function namesOf(analysis: Analysis, kind: NameKind): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const [id, entry] of Object.entries(CATALOGUES[kind] ?? {})) items.set(id, { label: id, kind, detail: typeof entry === "string" ? entry : entry.description });
  if (analysis.model) {
    for (const [id, o] of nameIndex(analysis.model).declared(kind)) {
      const label = (o.statement as { label?: { value: string } } | undefined)?.label?.value;
      items.set(id, { label: id, kind, ...(label ? { detail: label } : {}) });
    }
  }
  return [...items.values()];
}

export function completion(analysis: Analysis, host: CompileHost, offset: number): CompletionList {
  const { start, end } = wordAround(analysis.text, offset);
  const replace = analysis.lines.range(start, end);
  if (inCommentOrText(analysis.text, offset)) return { items: [], replace };
  const tokens = tokenize(analysis.text.slice(0, start)).tokens;
  const { rule, input } = assistInput(tokens);
  let types = nextTokenTypes(rule, input);
  if (types.length === 0) types = nextTokenTypes(rule, fromLineStart(analysis.text, tokens, rule, input));
  const items = new Map<string, CompletionItem>();
  for (const type of types) {
    const word = keywordOf(type);
    if (word !== undefined) items.set(`keyword ${word}`, { label: word, kind: "keyword" });
  }
  if (types.includes(Name)) {
    const kind = expectedNameKind(analysis, host, start, end);
    if (kind !== "new") {
      const kinds: NameKind[] = kind ? [kind] : ["role", "grouping", "agency"];
      for (const k of kinds) for (const item of namesOf(analysis, k)) items.set(`${k} ${item.label}`, item);
    }
  }
  return { items: [...items.values()], replace };
}
