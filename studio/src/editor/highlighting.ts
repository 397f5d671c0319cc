/**
 * Highlighting driven by the language's own tokens (grammar/tokens.ts): the same
 * patterns for quoted texts, dates, numbers and comments, and the same keyword list the
 * lexer and the VS Code grammar use, so the colours cannot drift from the language.
 *
 * Keywords are soft (a board may name a role `child`), so a keyword here is only a first
 * guess; the names the parser actually reads are marked from the worker's answer
 * (semanticNames.ts), which overrides it.
 */
import { HighlightStyle, StreamLanguage, syntaxHighlighting, type StreamParser } from "@codemirror/language";
import { tags } from "@lezer/highlight";
import { Comment, DateLiteral, Identifier, Integer, isKeyword, isReservedWord, StringLiteral, UnterminatedString } from "../../../grammar/tokens.js";

function anchored(pattern: unknown): RegExp {
  if (!(pattern instanceof RegExp)) throw new Error("a token of the language has no regular expression");
  return new RegExp(`^(?:${pattern.source})`);
}

/** In the lexer's order: the first that matches wins. */
const RULES: [RegExp, string][] = [
  [anchored(Comment.PATTERN), "comment"],
  [anchored(StringLiteral.PATTERN), "string"],
  [anchored(UnterminatedString.PATTERN), "string"],
  [anchored(DateLiteral.PATTERN), "number"],
  [anchored(Integer.PATTERN), "number"],
  [/^[{}]/, "brace"],
  [/^[:,]/, "punctuation"],
];
const WORD = anchored(Identifier.PATTERN);

const policyParser: StreamParser<null> = {
  name: "quorate-policy",
  startState: () => null,
  token(stream) {
    if (stream.eatSpace()) return null;
    for (const [pattern, style] of RULES) if (stream.match(pattern)) return style;
    const word = stream.match(WORD) as RegExpMatchArray | null;
    if (word) {
      const text = word[0];
      return isReservedWord(text) ? "controlKeyword" : isKeyword(text) ? "keyword" : "variableName";
    }
    stream.next();
    return "invalid";
  },
  languageData: { commentTokens: { line: "#" } },
};

export const policyLanguage = StreamLanguage.define(policyParser);

/** Colours chosen for contrast of at least 4.5:1 on the editor's white background. */
const policyHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: "#6f2da8" },
  { tag: tags.controlKeyword, color: "#9b1c46", fontWeight: "600" },
  { tag: tags.string, color: "#0b6b36" },
  { tag: tags.number, color: "#8a4500" },
  { tag: tags.comment, color: "#56606b", fontStyle: "italic" },
  { tag: tags.variableName, color: "#1d232a" },
  { tag: tags.invalid, color: "#b42318", textDecoration: "underline wavy" },
]);

export const policyHighlighting = syntaxHighlighting(policyHighlight);
