/**
 * Tokens of the Quorate policy language.
 *
 * Keywords are *soft*: each keyword also belongs to the `Name` category, so a board can
 * name a role `child` or a grouping `police` even though `child` and `police`-like words
 * appear in statements. Only the few words that would make a statement ambiguous are
 * reserved (see RESERVED_WORDS). Keywords are listed longest first so that a keyword that
 * is a prefix of another (`vote`, `voting`) never steals the longer one's match, and each
 * falls back to `Identifier` when the word continues (`votes_cast` is a name).
 */
import { createToken, Lexer, type TokenType } from "chevrotain";

/** Any word usable as a name: identifiers and every soft keyword. */
export const Name = createToken({ name: "Name", pattern: Lexer.NA, label: "a name" });

export const Identifier = createToken({
  name: "Identifier",
  pattern: /[A-Za-z_][A-Za-z0-9_]*/,
  categories: [Name],
  label: "a name",
});

/** Words that may not be used as names, because a statement could then be read two ways. */
export const RESERVED_WORDS = ["cite", "ambiguity", "reading", "silent", "when"] as const;

const SOFT_KEYWORDS = [
  // header
  "policy", "base", "vocabulary", "jurisdiction", "extends", "document", "owner", "author",
  "version", "current", "dated", "revised", "approved", "endorsed", "review",
  // sections
  "agencies", "roles", "categories", "voting", "quorum", "decision", "eligibility",
  "obligations", "powers",
  // declarations and shared words
  "agency", "not", "a", "practitioner", "multiple", "allowed", "primary", "secondary",
  "required", "optional", "vote", "votes", "by", "grouping", "groupings", "individual",
  "nominated", "lead", "speaks", "chair", "decides", "disputed", "may", "sit", "with", "or",
  "otherwise", "per", "organisation", "others", "as", "their", "at", "discretion", "do",
  "unless", "written", "report",
  // quorum
  "least", "direct", "contact", "unborn", "child", "requires", "proceed", "rationale",
  "recorded", "services", "within", "local", "authority", "count", "separately",
  // decision
  "consensus", "first", "majority", "tie", "no", "bound", "executive", "override",
  "unanimity", "authorised", "defer", "reasons",
  // eligibility
  "every", "unit", "units", "on", "only", "involved", "siblings", "disagree", "sole",
  "representative", "of", "role",
  // obligations and powers
  "to", "immediately", "after", "conference", "working", "day", "days", "week", "weeks",
  "before", "and", "hour", "hours", "month", "months", "then",
  // facts, conditions and who
  "facts", "for", "each", "yes", "number", "default", "is", "under", "over", "anyone",
  "practitioners",
  // declared events and actions
  "events", "actions", "lists", "dissenters", "needs", "recipient",
  // quorum counts and requirements
  "require", "one", "disciplines", "discipline", "present", "taking", "part",
  // categories and concerns
  "concerns", "unranked", "free", "text",
  // escalation and appeal routes
  "escalation", "appeal", "opens", "open", "grounds", "start", "approval", "stage", "stands",
  "suspended", "meanwhile",
  // readings and views
  "confirmed", "abstention",
] as const;

export type Keyword = (typeof SOFT_KEYWORDS)[number] | (typeof RESERVED_WORDS)[number];

/** Every keyword, soft and reserved. */
export const KEYWORDS: readonly Keyword[] = [...SOFT_KEYWORDS, ...RESERVED_WORDS];

function tokenNameFor(word: string): string {
  return "Kw_" + word;
}

const keywordTokens = new Map<string, TokenType>();

function keyword(word: string): TokenType {
  const token = createToken({
    name: tokenNameFor(word),
    pattern: word,
    longer_alt: Identifier,
    label: "`" + word + "`",
  });
  keywordTokens.set(word, token);
  return token;
}

/**
 * Puts the soft keywords in the `Name` category, as `categories: [Name]` given to each
 * createToken would, but in one pass: createToken rebuilds the category's whole list of
 * members each time it is given one, which for some 140 keywords was over 10 ms of every
 * start-up. These are the fields Chevrotain reads (`tokenMatcher`, and the lexer and
 * parser, which recompute them from CATEGORIES when built); test/grammar/tokens.test.ts
 * checks they come out as createToken makes them.
 */
function addToCategory(category: TokenType, members: TokenType[]): void {
  const matches = category.categoryMatches as number[];
  const matchesMap = category.categoryMatchesMap as Record<number, boolean>;
  for (const member of members) {
    (member.CATEGORIES as TokenType[]).push(category);
    matchesMap[member.tokenTypeIdx as number] = true;
    matches.push(member.tokenTypeIdx as number);
  }
  category.isParent = matches.length > 0;
}

const softKeywordTokens = SOFT_KEYWORDS.map((word) => keyword(word));
for (const word of RESERVED_WORDS) keyword(word);
addToCategory(Name, softKeywordTokens);

/** The token for a keyword; throws at module load time if the grammar names a missing word. */
export function kw(word: Keyword): TokenType {
  const token = keywordTokens.get(word);
  if (!token) throw new Error(`no keyword token for "${word}"`);
  return token;
}

export function isReservedWord(word: string): boolean {
  return (RESERVED_WORDS as readonly string[]).includes(word);
}

export function isKeyword(word: string): boolean {
  return keywordTokens.has(word);
}

/** The token of a word that is a keyword, written exactly so; undefined for any other word. */
export function keywordToken(word: string): TokenType | undefined {
  return keywordTokens.get(word);
}

// A complete string on one line; escapes are \" and \\ (and \n, \t for completeness).
// The loop is unrolled (a run of plain characters, then escapes each followed by another
// run), so the regular expression engine does not record a backtracking point for
// every character of a long description.
export const StringLiteral = createToken({
  name: "StringLiteral",
  pattern: /"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"/,
  label: "a quoted text",
});

// A string that reaches the end of the line without its closing quote. It is accepted
// where a string is expected, so parsing continues, and reported as its own diagnostic.
export const UnterminatedString = createToken({
  name: "UnterminatedString",
  pattern: /"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*/,
  categories: [StringLiteral],
  label: "a quoted text",
});

export const DateLiteral = createToken({
  name: "DateLiteral",
  pattern: /\d{4}-\d{2}(?:-\d{2})?/,
  label: "a date such as 2025-04-23",
});

export const Integer = createToken({
  name: "Integer",
  pattern: /\d+/,
  label: "a whole number",
});

export const LCurly = createToken({ name: "LCurly", pattern: "{", label: "`{`" });
export const RCurly = createToken({ name: "RCurly", pattern: "}", label: "`}`" });
export const Colon = createToken({ name: "Colon", pattern: ":", label: "`:`" });
export const Comma = createToken({ name: "Comma", pattern: ",", label: "`,`" });

export const Comment = createToken({
  name: "Comment",
  pattern: /#[^\r\n]*/,
  group: "comments",
});

// The byte order mark and no-break space count as blank, so a file saved by Windows
// Notepad or pasted from a word processor still lexes.
export const WhiteSpace = createToken({
  name: "WhiteSpace",
  pattern: /[ \t\r\n\f\v\u00a0\ufeff]+/,
  group: Lexer.SKIPPED,
});

// Ties are broken by code unit, not localeCompare: the keywords are plain lowercase
// letters, which both order alike, and the first localeCompare of a process sets up ICU's
// collator, a few milliseconds of every start-up.
const keywordsLongestFirst = [...keywordTokens.entries()]
  .sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0))
  .map(([, token]) => token);

const leadingTokens: TokenType[] = [WhiteSpace, Comment, StringLiteral, UnterminatedString, DateLiteral, Integer, LCurly, RCurly, Colon, Comma];

/** Every token type: the parser's vocabulary, and the lexer as the grammar defines it. */
export const allTokens: TokenType[] = [...leadingTokens, ...keywordsLongestFirst, Identifier, Name];

/**
 * The tokens the shared lexer matches (grammar/lexer.ts): all but the keywords. A keyword
 * falls back to `Identifier` whenever the word goes on, so lexing with `allTokens` gives a
 * keyword exactly when the whole word is one; the shared lexer reads every word as an
 * `Identifier` and then looks the word up, which gives the same tokens with one pattern
 * tried instead of a dozen keywords for each word.
 */
export const tokensWithoutKeywords: TokenType[] = [...leadingTokens, Identifier, Name];
