/**
 * Words for syntax errors. Chevrotain says which token it expected; a policy officer needs
 * to hear which statement was not understood, where, and what to write instead. Where a
 * statement is half right, it is lined up against the statement forms of its section to
 * find the first word that differs.
 */
import { EOF, tokenMatcher, type ILexingError, type IRecognitionException, type IToken, type TokenType } from "chevrotain";
import { distance } from "fastest-levenshtein";
import type { Diagnostic } from "./diagnostic.js";
import { tokenize } from "./lexer.js";
import type { LineMap, Range } from "./location.js";
import { SECTION_KEYWORDS, STATEMENT_FORMS, type FormContext } from "./statementForms.js";
import { closestMatch } from "./suggest.js";
// Unicode's confusable characters, each mapped to the plain character it resembles.
import HOMOGLYPHS from "unhomoglyph/data.json" with { type: "json" };
import { decodeSyntaxError, type SyntaxErrorInfo } from "./syntaxMessages.js";
import {
  allTokens,
  Colon,
  Comma,
  DateLiteral,
  Identifier,
  Integer,
  isKeyword,
  isReservedWord,
  LCurly,
  Name,
  RCurly,
  StringLiteral,
} from "./tokens.js";

export const SyntaxCodes = {
  unexpectedCharacter: "Q001",
  syntax: "Q002",
  unterminatedString: "Q003",
  unknownSection: "Q004",
  tooLarge: "Q005",
} as const;

const tokenByName = new Map(allTokens.map((t) => [t.name, t]));

function labelOf(tokenName: string): string {
  const token = tokenByName.get(tokenName);
  return (token?.LABEL as string | undefined) ?? tokenName;
}

export function describeToken(token: IToken): string {
  if (token.tokenType === EOF) return "the end of the file";
  if (tokenMatcher(token, StringLiteral)) return "a quoted text";
  return "`" + token.image + "`";
}

const SECTION_RULES: Record<string, FormContext> = {
  header: "header",
  agenciesSection: "agencies",
  rolesSection: "roles",
  categoriesSection: "categories",
  // A statement of categories (or areas of concern, which share its forms).
  categoryStatement: "categories",
  concernsSection: "concerns",
  factsSection: "facts",
  eventsSection: "events",
  actionsSection: "actions",
  // Escalation and appeal routes share one rule and every statement form.
  routeSection: "appeal",
  votingSection: "voting",
  quorumSection: "quorum",
  decisionSection: "decision",
  eligibilitySection: "eligibility",
  obligationsSection: "obligations",
  powersSection: "powers",
};

function contextName(context: FormContext): string {
  if (context === "escalation" || context === "appeal") return "this route";
  return context === "header" ? "the policy header" : `the \`${context}\` section`;
}

// ---- lining a statement up against the forms of its section ----

type FormWord =
  | { kind: "keyword"; word: string }
  | { kind: "name" | "string" | "number" | "date" | "punct"; word: string };

const formWordsCache = new Map<string, FormWord[]>();

function formWords(form: string): FormWord[] {
  const cached = formWordsCache.get(form);
  if (cached) return cached;
  // The shared lexer: only each token's type and image are read here.
  const words = tokenize(form).tokens.map((t): FormWord => {
    if (t.tokenType === Identifier) return { kind: "name", word: t.image };
    if (tokenMatcher(t, StringLiteral)) return { kind: "string", word: t.image };
    if (t.tokenType === Integer) return { kind: "number", word: t.image };
    if (t.tokenType === DateLiteral) return { kind: "date", word: t.image };
    if ([Colon, Comma, LCurly, RCurly].includes(t.tokenType)) return { kind: "punct", word: t.image };
    return { kind: "keyword", word: t.image };
  });
  formWordsCache.set(form, words);
  return words;
}

function wordMatches(token: IToken | undefined, word: FormWord): boolean {
  if (!token || token.tokenType === EOF) return false;
  switch (word.kind) {
    case "keyword":
    case "punct":
      return token.image === word.word;
    case "name":
      return tokenMatcher(token, Name);
    case "string":
      return tokenMatcher(token, StringLiteral);
    case "number":
      return token.tokenType === Integer;
    case "date":
      return token.tokenType === DateLiteral;
  }
}

function describeWord(word: FormWord): string {
  switch (word.kind) {
    case "keyword":
    case "punct":
      return "`" + word.word + "`";
    case "name":
      return "a name";
    case "string":
      return "a quoted text";
    case "number":
      return "a whole number";
    case "date":
      return "a date such as 2025-04-23";
  }
}

interface Alignment {
  form: string;
  words: FormWord[];
  matched: number;
}

/**
 * How closely a form fits what was written around a wrong word: `tokens[index]` stands
 * where the form has `words[at]`. First, how many words fit around it: before it, and
 * after it whether the wrong word replaces the form's word or was added before it (`the`
 * in `no majority: the chair decides`); then how alike the wrong word and the form's word
 * are (`agencies` and `agency`). Compared in that order, so a help line suggests the form
 * closest to what was written, never a different rule that merely shares a word.
 */
function fit(words: FormWord[], at: number, tokens: IToken[], index: number): [number, number] {
  let before = 0;
  while (at - before - 1 >= 0 && wordMatches(tokens[index - before - 1], words[at - before - 1] as FormWord)) before++;
  const after = (skip: number) => {
    let n = 0;
    while (at + skip + n < words.length && wordMatches(tokens[index + 1 + n], words[at + skip + n] as FormWord)) n++;
    return n;
  };
  const written = tokens[index]?.image.toLowerCase() ?? "";
  const word = words[at];
  const alike = word && word.kind === "keyword" ? 1 - distance(written, word.word) / Math.max(written.length, word.word.length) : 0;
  return [before + Math.max(after(1), after(0)), alike];
}

function fitsBetter(a: [number, number], b: [number, number] | undefined): boolean {
  return b === undefined || a[0] > b[0] || (a[0] === b[0] && a[1] > b[1]);
}

function bestAlignment(context: FormContext, tokens: IToken[], start: number): Alignment | undefined {
  let best: (Alignment & { fit: [number, number] }) | undefined;
  for (const form of STATEMENT_FORMS[context]) {
    const words = formWords(form);
    let matched = 0;
    while (matched < words.length && wordMatches(tokens[start + matched], words[matched] as FormWord)) matched++;
    // Among forms that match as far, the one the rest of the statement fits best.
    const score = fit(words, matched, tokens, start + matched);
    if (!best || matched > best.matched || (matched === best.matched && fitsBetter(score, best.fit))) best = { form, words, matched, fit: score };
  }
  return best;
}

/**
 * A form whose first word, a keyword, was left out: `police "Police" { police_officer }`
 * matches `grouping police "Police" { … }` from its second word on. Only a match of two
 * words or more counts, so a lone name is not taken for a declaration.
 */
function missingFirstWord(context: FormContext, tokens: IToken[], start: number): Alignment | undefined {
  let best: Alignment | undefined;
  for (const form of STATEMENT_FORMS[context]) {
    const words = formWords(form);
    if (words[0]?.kind !== "keyword") continue;
    let matched = 0;
    while (matched + 1 < words.length && wordMatches(tokens[start + matched], words[matched + 1] as FormWord)) matched++;
    if (matched >= 2 && (!best || matched > best.matched)) best = { form, words, matched };
  }
  return best;
}

/**
 * A form as the writer would have written it: the words they got right are theirs (their
 * role's name, their text), the rest the form's, with any text still to write shown as
 * `"…"`. `physical` with its name missing reads `physical "…"`, not the form's own example.
 * `skip` form words are passed over first (a keyword the writer left out).
 */
function inTheirWords(alignment: Alignment, tokens: IToken[], start: number, skip = 0): string {
  const words = alignment.words.map((word, i) => {
    const k = i - skip;
    if (k >= 0 && k < alignment.matched) return tokens[start + k]?.image ?? word.word;
    return word.kind === "string" ? '"…"' : word.word;
  });
  return words.join(" ").replace(/ ([,:])/g, "$1");
}

// ---- the diagnostics ----

export interface SyntaxContext {
  file: string;
  lines: LineMap;
  tokens: IToken[];
}

function tokenRange(ctx: SyntaxContext, token: IToken, previous?: IToken): Range {
  if (token.tokenType === EOF || Number.isNaN(token.startOffset)) {
    // Chevrotain's end-of-file and recovery-inserted tokens have no offset: point just
    // after the last real token so the caret lands where the text stops.
    const end = previous && !Number.isNaN(previous.startOffset) ? (previous.endOffset ?? previous.startOffset) + 1 : ctx.lines.text.length;
    return ctx.lines.range(end, end);
  }
  return ctx.lines.range(token.startOffset, (token.endOffset ?? token.startOffset) + 1);
}

function diagnostic(ctx: SyntaxContext, code: string, range: Range, message: string, help?: string): Diagnostic {
  return { code, severity: "error", message, file: ctx.file, range, ...(help ? { help } : {}) };
}

/**
 * The letter, digit or mark of plain ASCII a character is made to look like (Cyrillic `а`
 * looks like `a`), from Unicode's table of confusable characters as the `unhomoglyph`
 * package ships it; undefined for a character that resembles none.
 */
function lookalike(ch: string): string | undefined {
  const table: Record<string, string> = HOMOGLYPHS;
  const plain = Object.hasOwn(table, ch) ? table[ch] : undefined;
  return plain !== undefined && plain !== ch && /^[\x21-\x7e]+$/.test(plain) ? plain : undefined;
}

function codePointOf(ch: string): string {
  return `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
}

export function lexerDiagnostic(ctx: SyntaxContext, error: ILexingError): Diagnostic {
  const text = ctx.lines.text.slice(error.offset, error.offset + error.length);
  const ch = [...text][0] ?? text;
  const range = ctx.lines.range(error.offset, error.offset + Math.max(1, error.length));
  const resembles = lookalike(ch);
  let help = "remove it, or put it inside double quotes if it belongs to a text";
  if (/[“”„‟″]/.test(ch)) help = 'use straight double quotes ("…") around texts';
  else if (/[‘’']/.test(ch)) help = 'texts go in straight double quotes ("…"), not single quotes';
  else if (resembles !== undefined) help = `it looks like \`${resembles}\` but is another character (pasted from another alphabet?): type \`${resembles}\` instead`;
  else if (/\p{L}/u.test(ch)) help = "names use the letters a–z, digits and `_`; put other words inside double quotes";
  else if (ch === ";") help = "statements need no `;` between them: start each on its own line";
  else if ((ch === "/" || ch === ".") && /\d{1,2}[/.]\d{1,2}[/.]\d{2,4}/.test(ctx.lines.lineText(range.start.line))) {
    help = "write dates as year-month-day, like 2025-04-23";
  }
  // An invisible or blank character is named by its code point alone; any other beyond ASCII is shown, then named.
  const invisible = /\p{C}|\s/u.test(ch);
  let message = `unexpected character \`${invisible ? codePointOf(ch) : ch}\``;
  if (!invisible && (ch.codePointAt(0) ?? 0) > 0x7e) message += ` (${codePointOf(ch)}${resembles !== undefined ? `, which looks like \`${resembles}\`` : ""})`;
  return diagnostic(ctx, SyntaxCodes.unexpectedCharacter, range, message, help);
}

export function unterminatedStringDiagnostic(ctx: SyntaxContext, token: IToken): Diagnostic {
  return diagnostic(ctx, SyntaxCodes.unterminatedString, tokenRange(ctx, token), "this text has no closing quote", 'add `"` at the end of the text, on the same line');
}

const MAX_FORMS_SHOWN = 6;

function quoteForms(forms: readonly string[]): string {
  const shown = forms.slice(0, MAX_FORMS_SHOWN).map((f) => "`" + f + "`").join(", ");
  return forms.length > MAX_FORMS_SHOWN ? shown + ", …" : shown;
}

/** Every keyword the statements of a context use, for "did you mean" on a misspelt word. */
function keywordsOf(context: FormContext): string[] {
  const words = new Set<string>();
  for (const form of STATEMENT_FORMS[context]) for (const w of formWords(form)) if (w.kind === "keyword") words.add(w.word);
  return [...words];
}

function precedingImages(tokens: IToken[], start: number, count: number): string {
  return tokens.slice(start, start + count).map((t) => t.image).join(" ");
}

/** The line a token starts on, or -1 for the end of the file or a token recovery inserted. */
export function lineAt(ctx: SyntaxContext, token: IToken | undefined): number {
  return token && token.tokenType !== EOF && !Number.isNaN(token.startOffset) ? ctx.lines.position(token.startOffset).line : -1;
}

/**
 * Where to point when `offending` is not what was expected. If it sits on a later line
 * than the word before it, what is missing belongs at the end of that earlier line, so
 * the caret goes there, not onto the next statement.
 */
function gapOrToken(ctx: SyntaxContext, offending: IToken, previous: IToken | undefined): Range {
  const previousLine = lineAt(ctx, previous);
  if (previous && previousLine > 0 && lineAt(ctx, offending) > previousLine) {
    const end = (previous.endOffset ?? previous.startOffset) + 1;
    return ctx.lines.range(end, end);
  }
  return tokenRange(ctx, offending, previous);
}

/**
 * The form that has `previous` followed by an expected keyword and fits the rest of what was
 * written best (see `fit`), to show what the statement reads.
 */
function formHelp(tokens: IToken[], index: number, previous: IToken | undefined, expected: string[]): string | undefined {
  if (!previous) return undefined;
  const wanted = expected.map((name) => labelOf(name).replace(/`/g, ""));
  let best: { form: string; score: [number, number] } | undefined;
  for (const forms of Object.values(STATEMENT_FORMS)) {
    for (const form of forms) {
      const words = formWords(form);
      for (let i = 0; i + 1 < words.length; i++) {
        if (words[i]?.word !== previous.image || !wanted.includes(words[i + 1]?.word ?? "")) continue;
        const score = index >= 0 ? fit(words, i + 1, tokens, index) : ([0, 0] as [number, number]);
        if (fitsBetter(score, best?.score)) best = { form, score };
      }
    }
  }
  return best && `this statement reads: \`${best.form}\``;
}

const ALL_CONTEXTS = Object.keys(STATEMENT_FORMS) as FormContext[];

/** A statement that fits another section better than this one. */
function belongsElsewhere(context: FormContext, tokens: IToken[], index: number, here: Alignment | undefined): { context: FormContext; alignment: Alignment } | undefined {
  let best: { context: FormContext; alignment: Alignment } | undefined;
  for (const other of ALL_CONTEXTS) {
    if (other === context) continue;
    const alignment = bestAlignment(other, tokens, index);
    if (!alignment || alignment.words[0]?.kind !== "keyword") continue;
    if (!best || alignment.matched > best.alignment.matched) best = { context: other, alignment };
  }
  if (!best || best.alignment.matched < 2 || best.alignment.matched <= (here?.matched ?? 0)) return undefined;
  return best;
}

/** A statement in a section that did not parse: find the first word that is off. */
function statementNotUnderstood(ctx: SyntaxContext, context: FormContext, token: IToken, index: number): Diagnostic {
  const tokens = ctx.tokens;
  if (token.tokenType === EOF || index < 0) {
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token, tokens[tokens.length - 1]), `the file ends before ${contextName(context)} is closed`, "add `}` to close it");
  }
  const next = tokens[index + 1];
  const previous = tokens[index - 1];
  if ((SECTION_KEYWORDS as readonly string[]).includes(token.image) && next?.tokenType === LCurly) {
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token), `${contextName(context)} is not closed before the \`${token.image}\` section`, `add \`}\` before \`${token.image} {\``);
  }
  // `not voting: parent child`: the list ended at `parent`, and `child` was read as a new statement.
  const beforePrevious = tokens[index - 2];
  if (previous && beforePrevious && tokenMatcher(previous, Name) && tokenMatcher(token, Name) && [Colon, Comma].includes(beforePrevious.tokenType) && lineAt(ctx, previous) === lineAt(ctx, token)) {
    const end = (previous.endOffset ?? previous.startOffset) + 1;
    return diagnostic(ctx, SyntaxCodes.syntax, ctx.lines.range(end, end), `expected \`,\` between \`${previous.image}\` and \`${token.image}\``, `separate the names in a list with commas: \`${previous.image}, ${token.image}\``);
  }
  if (tokenMatcher(token, StringLiteral) && context !== "powers") {
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token), `a quoted text does not begin a statement in ${contextName(context)}`, 'if it is the clause the statement before comes from, put `cite` in front of it: `cite "§6"`');
  }
  const alignment = bestAlignment(context, tokens, index);
  const missing = missingFirstWord(context, tokens, index);
  if (missing && missing.matched > (alignment?.matched ?? 0)) {
    const word = missing.words[0]?.word ?? "";
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token), `expected \`${word}\` before \`${token.image}\``, `this statement reads: \`${inTheirWords(missing, tokens, index, 1)}\``);
  }
  const elsewhere = belongsElsewhere(context, tokens, index, alignment);
  if (elsewhere) {
    const where = elsewhere.context === "header" ? "the policy header" : `the \`${elsewhere.context}\` section`;
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token), `this statement belongs in ${where}, not in ${contextName(context)}`, `move it into ${elsewhere.context === "header" ? "the header" : `\`${elsewhere.context} { … }\``}; it reads like \`${elsewhere.alignment.form}\``);
  }
  if (!alignment || alignment.matched === 0) {
    const suggestion = tokenMatcher(token, Name) ? closestMatch(token.image, keywordsOf(context)) : undefined;
    const starting = suggestion === undefined ? [] : STATEMENT_FORMS[context].filter((f) => f.startsWith(suggestion + " "));
    const help = suggestion
      ? `did you mean \`${suggestion}\`?` + (starting.length > 0 ? ` for example: ${quoteForms(starting)}` : "")
      : `statements here look like: ${quoteForms(STATEMENT_FORMS[context])}`;
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token), `${describeToken(token)} does not begin a statement in ${contextName(context)}`, help);
  }
  const offending = tokens[index + alignment.matched] ?? token;
  const lastGood = tokens[index + alignment.matched - 1];
  const expected = alignment.words[alignment.matched];
  const after = precedingImages(tokens, index, alignment.matched);
  if (!expected) {
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, offending, lastGood), `unexpected ${describeToken(offending)} after \`${after}\``, `each statement starts on its own; this one reads \`${alignment.form}\``);
  }
  const suggestion = expected.kind === "keyword" && tokenMatcher(offending, Name) ? closestMatch(offending.image, [expected.word]) : undefined;
  const help = suggestion
    ? `did you mean \`${suggestion}\`?`
    : expected.kind === "name" && isReservedWord(offending.image)
      ? reservedWordHelp(offending.image)
      : `this statement reads: \`${inTheirWords(alignment, tokens, index)}\``;
  return diagnostic(
    ctx,
    SyntaxCodes.syntax,
    gapOrToken(ctx, offending, lastGood),
    `expected ${describeWord(expected)} after \`${after}\`, found ${describeToken(offending)}`,
    help,
  );
}

function reservedWordHelp(word: string): string {
  return `\`${word}\` is a reserved word and cannot be a name; choose another, like \`${word}_group\``;
}

function textHelp(previous: IToken | undefined): string {
  if (previous?.image === "cite") return 'write the clause in double quotes: `cite "§6 para 10"`';
  if (previous?.image === "to") return 'write who, in double quotes: `to "the senior manager responsible for child protection"`';
  return 'write the text in double quotes, like "…"';
}

function helpForExpected(ctx: SyntaxContext, index: number, expected: string[], actual: IToken, previous: IToken | undefined): string | undefined {
  const keywordImages = expected.map((name) => labelOf(name).replace(/`/g, "")).filter(isKeyword);
  if (tokenMatcher(actual, Name) && keywordImages.length > 0) {
    const suggestion = closestMatch(actual.image, keywordImages);
    if (suggestion) return `did you mean \`${suggestion}\`?`;
  }
  const only = expected.length === 1 ? expected[0] : undefined;
  if (only === StringLiteral.name) return textHelp(previous);
  if (only === Name.name) {
    if (isReservedWord(actual.image)) return reservedWordHelp(actual.image);
    return "write a name in lower case with underscores, like `health_visitor`";
  }
  if (only === Integer.name) return "write a whole number, like 3";
  if (only === DateLiteral.name) return "write the date as year-month-day, like 2025-04-23, or year-month, like 2022-04";
  if (only === RCurly.name) return "add `}` to close the block";
  if (only === LCurly.name) return "a block opens with `{`";
  if (only === Colon.name) return "add `:` here";
  return formHelp(ctx.tokens, index, previous, expected);
}

function expectedList(expected: string[]): string {
  const labels = [...new Set(expected.map(labelOf))];
  if (labels.length <= 1) return labels[0] ?? "something else";
  return labels.slice(0, -1).join(", ") + " or " + labels[labels.length - 1];
}

/** True when the parser failed at the first word of a statement inside a section. */
export function failsAtStatementStart(error: IRecognitionException): boolean {
  const info = decodeSyntaxError(error.message);
  if (!info || !SECTION_RULES[info.ruleName]) return false;
  return info.kind === "noViableAlt" || (info.kind === "mismatch" && info.expected[0] === RCurly.name);
}

/** `index` is the error token's place in `ctx.tokens`, or -1 at the end of the file. */
export function parserDiagnostic(ctx: SyntaxContext, error: IRecognitionException & { previousToken?: IToken }, index: number): Diagnostic {
  const info: SyntaxErrorInfo = decodeSyntaxError(error.message) ?? { kind: "mismatch", ruleName: "", expected: [] };
  const token = error.token;
  const previous = error.previousToken ?? (index > 0 ? ctx.tokens[index - 1] : undefined);
  // The very first word of the file is not `policy`, `base` or `vocabulary`.
  if (info.ruleName === "header" && (index === 0 || (index < 0 && ctx.tokens.length === 0))) {
    return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token, previous), "a policy file must begin with `policy`, `base` or `vocabulary`", 'for example: policy my_board "My Safeguarding Board" { … }');
  }
  const sectionContext = SECTION_RULES[info.ruleName];
  // A section (or the header) expected its closing `}`: the statement there was not understood.
  if (sectionContext && (info.kind === "noViableAlt" || (info.kind === "mismatch" && info.expected[0] === RCurly.name))) {
    return statementNotUnderstood(ctx, sectionContext, token, index);
  }
  const after = previous && !Number.isNaN(previous.startOffset) ? ` after \`${previous.image}\`` : "";
  const message = token.tokenType === EOF
    ? `the file ends too soon: expected ${expectedList(info.expected)}${after}`
    : `expected ${expectedList(info.expected)}${after}, found ${describeToken(token)}`;
  const help = helpForExpected(ctx, index, info.expected, token, previous) ?? "compare the statement with the forms in the language reference, docs/language.md";
  return diagnostic(ctx, SyntaxCodes.syntax, gapOrToken(ctx, token, previous), message, help);
}

/** Where a top-level word that is not a section is followed by a block, report the block. */
export function unknownSectionDiagnostic(ctx: SyntaxContext, token: IToken): Diagnostic {
  const suggestion = closestMatch(token.image, SECTION_KEYWORDS);
  return diagnostic(
    ctx,
    SyntaxCodes.unknownSection,
    tokenRange(ctx, token),
    `\`${token.image}\` is not a section`,
    (suggestion ? `did you mean \`${suggestion}\`? ` : "") + `sections are: ${SECTION_KEYWORDS.join(", ")}`,
  );
}

export function strayTokenDiagnostic(ctx: SyntaxContext, token: IToken): Diagnostic {
  const isSection = (SECTION_KEYWORDS as readonly string[]).includes(token.image);
  const suggestion = tokenMatcher(token, Name) && !isSection ? closestMatch(token.image, SECTION_KEYWORDS) : undefined;
  const help = isSection
    ? `a section opens with \`{\`: write \`${token.image} {\` and close it with \`}\``
    : suggestion
      ? `did you mean \`${suggestion}\`?`
      : token.tokenType === RCurly
        ? "remove it: this `}` closes nothing"
        : "statements belong inside a section, such as `decision { … }`";
  return diagnostic(ctx, SyntaxCodes.syntax, tokenRange(ctx, token), `unexpected ${describeToken(token)} outside any section`, help);
}

export type { TokenType };
