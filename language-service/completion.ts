/**
 * Completion. Which keywords may come next is the parser's own answer (Chevrotain's
 * `computeContentAssist` over the tokens before the cursor, from the start of the block
 * the cursor is in). Where the parser expects a name, which kind of name is found by
 * trying: a placeholder is written at the cursor, the text parsed (with recovery) and the
 * compiler's references asked which kind of name sits there; when the statement is too
 * unfinished to parse, it is first finished with stand-ins for the tokens the parser
 * expects next. So a statement form added to the grammar and to `compiler/references.ts`
 * completes without a change here.
 */
import type { IToken, TokenType } from "chevrotain";
import { DETECTED_EVENTS, JURISDICTIONS } from "../compiler/catalogue.js";
import type { CompileHost } from "../compiler/host.js";
import { loadChainOf } from "../compiler/load.js";
import { sourceFile, type PolicyModel } from "../compiler/model.js";
import { references } from "../compiler/references.js";
import { tokenize } from "../grammar/lexer.js";
import { parse } from "../grammar/parse.js";
import { sharedParser } from "../grammar/parser.js";
import { STATEMENT_FORMS, type FormContext } from "../grammar/statementForms.js";
import { LCurly, Name, RCurly } from "../grammar/tokens.js";
import type { Analysis } from "./analysis.js";
import { NAME_KINDS, nameIndex } from "./names.js";
import type { CompletionItem, CompletionList, NameKind } from "./types.js";

const WORD = /[A-Za-z0-9_]/;
const PLACEHOLDER = "quorate_completion_placeholder";
const FILLER = "quorate_completion_filler";

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
function fromLineStart(text: string, start: number, tokens: IToken[], input: IToken[]): IToken[] {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const open = input.findIndex((t) => t.tokenType === LCurly);
  if (open < 0) return input;
  const opening = input.slice(0, open + 1);
  const after = (opening[opening.length - 1] as IToken).startOffset;
  return [...opening, ...tokens.filter((t) => t.startOffset >= lineStart && t.startOffset > after)];
}

/** Whether the parser expects a statement to begin here: every section allows `ambiguity`, and only at a statement's start. */
function atStatementStart(types: TokenType[]): boolean {
  return types.some((t) => keywordOf(t) === "ambiguity");
}

/** The examples of each statement form of the section the cursor is in (grammar/statementForms.ts), to insert whole. */
function statementForms(input: IToken[], rule: string): CompletionItem[] {
  const context = rule === "policyFile" ? "header" : input[0]?.image;
  const forms = context !== undefined && Object.hasOwn(STATEMENT_FORMS, context) ? STATEMENT_FORMS[context as FormContext] : [];
  return forms.map((form) => ({ label: form, kind: "statement" as const, detail: "a statement of this form" }));
}

function keywordOf(type: TokenType): string | undefined {
  return type.name.startsWith("Kw_") && typeof type.PATTERN === "string" ? type.PATTERN : undefined;
}

interface Trial {
  kind: NameKind | "new" | undefined;
  /** The model of the text tried, with the base and vocabulary it reaches, for the names to offer. */
  model?: PolicyModel;
}

/** What the compiler reads at `start` of a text with a placeholder written there. */
function readPlaceholder(file: string, text: string, host: CompileHost, start: number): Trial | undefined {
  const parsed = parse(text, file, { recover: true });
  const ast = parsed.ast ?? parsed.recovered;
  if (!ast) return undefined;
  try {
    const model = loadChainOf(sourceFile(file, text, parsed.lines, ast), host);
    const at = (ident: { name: string; range: { start: { offset: number } } }) => ident.name === PLACEHOLDER && ident.range.start.offset === start;
    for (const kind of NAME_KINDS) if (references(model, kind).some((r) => at(r.ident))) return { kind, model };
    if (nameIndex(model).occurrences.some((o) => o.declaration && at(o.ident))) return { kind: "new", model };
    return { kind: undefined, model };
  } catch {
    return undefined;
  }
}

/** A stand-in for each kind of token, to finish a half-typed statement with. */
function standIn(type: TokenType): string | undefined {
  const keyword = keywordOf(type);
  if (keyword !== undefined) return keyword;
  const images: Record<string, string> = { Name: FILLER, Identifier: FILLER, StringLiteral: '"x"', Integer: "1", DateLiteral: "2020-01-01", LCurly: "{", Colon: ":", Comma: "," };
  return images[type.name];
}

/** How far the search for a way to finish a statement goes: stand-ins added, and questions put to the parser. */
const MAX_STAND_INS = 6;
const MAX_ASSISTS = 80;

/**
 * The statement being typed, finished with stand-ins for what the parser expects next, by
 * the fewest stand-ins after which the block could close: `when ▮` becomes `when ▮ :
 * filler`, which parses. A breadth-first search, so an optional part that may repeat
 * (`and …`) cannot lead it round for ever. The text after the statement's line is kept.
 */
function finishedStatement(text: string, start: number, rule: string, input: IToken[]): string {
  const lineEnd = text.indexOf("\n", start);
  const finish = (statement: string) => text.slice(0, start) + statement + (lineEnd < 0 ? "" : text.slice(lineEnd));
  const queue: string[][] = [[]];
  for (let asked = 0; queue.length > 0 && asked < MAX_ASSISTS; asked++) {
    const standIns = queue.shift() as string[];
    const statement = [PLACEHOLDER, ...standIns].join(" ");
    const next = nextTokenTypes(rule, [...input, ...tokenize(statement).tokens]);
    if (next.includes(RCurly)) return finish(statement);
    if (standIns.length >= MAX_STAND_INS) continue;
    for (const image of new Set(next.map(standIn))) if (image !== undefined) queue.push([...standIns, image]);
  }
  return finish(PLACEHOLDER);
}

/**
 * Which kind of name the compiler would read at the cursor: first with the placeholder in
 * the text as it stands, then, if that does not tell, in the statement finished by the parser's expectations.
 */
function expectedNameKind(analysis: Analysis, host: CompileHost, start: number, end: number, rule: string, input: IToken[]): Trial {
  const asWritten = readPlaceholder(analysis.file, analysis.text.slice(0, start) + PLACEHOLDER + analysis.text.slice(end), host, start);
  if (asWritten?.kind) return asWritten;
  const finished = readPlaceholder(analysis.file, finishedStatement(analysis.text, start, rule, rule === "section" ? fromLineStart(analysis.text, start, tokenize(analysis.text.slice(0, start)).tokens, input) : input), host, start);
  if (finished?.kind) return finished;
  return { kind: undefined, ...((asWritten?.model ?? finished?.model) ? { model: asWritten?.model ?? finished?.model } : {}) };
}

/** Names Quorate itself defines; every other name is declared in the vocabulary or the policy. */
const CATALOGUES: Partial<Record<NameKind, Record<string, string | { description: string }>>> = {
  event: DETECTED_EVENTS,
  jurisdiction: JURISDICTIONS,
};

function namesOf(model: PolicyModel | undefined, kind: NameKind): CompletionItem[] {
  const items = new Map<string, CompletionItem>();
  for (const [id, entry] of Object.entries(CATALOGUES[kind] ?? {})) items.set(id, { label: id, kind, detail: typeof entry === "string" ? entry : entry.description });
  if (model) {
    for (const [id, o] of nameIndex(model).declared(kind)) {
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
  const block = assistInput(tokens);
  const { rule } = block;
  let input = block.input;
  let types = nextTokenTypes(rule, input);
  if (types.length === 0 && rule === "section") {
    input = fromLineStart(analysis.text, start, tokens, input);
    types = nextTokenTypes(rule, input);
  }
  const items = new Map<string, CompletionItem>();
  for (const type of types) {
    const word = keywordOf(type);
    if (word !== undefined) items.set(`keyword ${word}`, { label: word, kind: "keyword" });
  }
  if (types.includes(Name)) {
    const { kind, model } = expectedNameKind(analysis, host, start, end, rule, input);
    if (kind !== "new") {
      const kinds: NameKind[] = kind ? [kind] : ["role", "grouping", "agency"];
      for (const k of kinds) for (const item of namesOf(analysis.model ?? model, k)) items.set(`${k} ${item.label}`, item);
    }
  }
  if (atStatementStart(types)) for (const item of statementForms(block.input, rule)) items.set(`statement ${item.label}`, item);
  return { items: [...items.values()], replace };
}
