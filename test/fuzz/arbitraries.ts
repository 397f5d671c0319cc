/**
 * The fuzzer's inputs, shared by the CI run (`npm test`) and the long run (`npm run fuzz`):
 * arbitrary text, soups of the language's own words, grammar-aware mutations of the
 * bundled policies (tokens deleted, doubled, swapped or replaced, as the lexer splits
 * them), hostile characters (right-to-left and zero-width marks, a byte order mark, lone
 * surrogates, NUL) dropped in anywhere, and layout variants (CRLF, CR, tabs, no-break
 * spaces) that must not change what a policy means.
 */
import { readFileSync } from "node:fs";
import { Lexer, type IToken } from "chevrotain";
import fc from "fast-check";
import { allTokens } from "../../grammar/tokens.js";

const bundled = (name: string) => readFileSync(new URL(`../fixtures/boards/policies/${name}.policy`, import.meta.url), "utf8");

/** Every bundled policy file, by name; the board policies compile, the others are what they use. */
export const BUNDLED_POLICIES: Record<string, string> = Object.fromEntries(
  ["cwm-taf-morgannwg", "lancashire", "mid-and-west-wales", "south-ayrshire", "wakefield", "wales-safeguarding-procedures", "vocabulary"].map((name) => [name, bundled(name)]),
);

/** Characters that have broken parsers and terminals: direction marks, zero-width marks, odd blanks, lone surrogates. */
export const HOSTILE_CHARACTERS = [
  "\u202e", // right-to-left override
  "\u202d", // left-to-right override
  "\u200f", // right-to-left mark
  "\u2066", // left-to-right isolate
  "\u200b", // zero-width space
  "\u200c", // zero-width non-joiner
  "\u200d", // zero-width joiner
  "\u2060", // word joiner
  "\ufeff", // byte order mark, mid-file
  "\u00a0", // no-break space
  "\u0000", // NUL
  "\u0007", // bell
  "\u001b", // escape
  "\t",
  "\r",
  "\r\n",
  "\n",
  "\u2028", // line separator
  "\u0085", // next line
  "\ud800", // lone high surrogate
  "\udc00", // lone low surrogate
  "😀",
  "e\u0301", // e with a combining acute accent
  "ש", // Hebrew
  "ع", // Arabic
  "“", // curly quotes
  "”",
  "＂", // fullwidth quote
  "ａ", // fullwidth a
  "\\",
  '"',
  "#",
  "{",
  "}",
];

/** Words of the language and near misses, for soups and for replacing a token. */
export const LANGUAGE_WORDS = [
  "policy", "base", "vocabulary", "x", '"X"', '"vocabulary.policy"', "{", "}", ":", ",", "3", "0", "2025-01-01", "2025-13-45", "2025-01",
  "voting", "vote", "by", "grouping", "groupings", "individual", "agency", "gp", "health_visitor", "__proto__", "constructor",
  "cite", '"§1"', "when", "silent", '"s"', "ambiguity", "reading", "decision", "majority", "decides", "tie", "chair", "quorum",
  "at", "least", "agencies", "eligibility", "every", "unit", "votes", "on", "child", "categories", "neglect", "obligations",
  "powers", "may", "override", "extends", '"../outside.policy"', '"/etc/passwd"', "roles", "not", "a", "practitioner",
  "within", "5", "working", "days", "immediately", "\n", "# note\n", '"unterminated',
];

export const languageWord = fc.constantFrom(...LANGUAGE_WORDS);

/** Any text: whole Unicode (lone surrogates included), and sometimes only the hostile characters. */
export const arbitraryText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 400 }),
  fc.string({ unit: fc.oneof(fc.constantFrom(...HOSTILE_CHARACTERS), fc.string({ unit: "grapheme-ascii", minLength: 1, maxLength: 1 })), maxLength: 200 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 200 }),
);

/** A soup of the language's words in random order, separated by blanks. */
export const wordSoup: fc.Arbitrary<string> = fc
  .array(fc.tuple(languageWord, fc.constantFrom(" ", "\n", "\t", "")), { maxLength: 120 })
  .map((pairs) => pairs.map(([word, gap]) => word + gap).join(""));

/** A piece of a policy as the lexer splits it: a token (or comment), or the blanks between. */
interface Piece {
  text: string;
  token: boolean;
}

const lexer = new Lexer(allTokens, { positionTracking: "onlyOffset" });

/** A policy's text as tokens and the gaps between them, in order; joined, the pieces are the text. */
export function pieces(source: string): Piece[] {
  const lexed = lexer.tokenize(source);
  const tokens = [...lexed.tokens, ...((lexed.groups["comments"] ?? []) as IToken[])].sort((a, b) => a.startOffset - b.startOffset);
  const out: Piece[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.startOffset > at) out.push({ text: source.slice(at, t.startOffset), token: false });
    out.push({ text: t.image, token: true });
    at = t.startOffset + t.image.length;
  }
  if (at < source.length) out.push({ text: source.slice(at), token: false });
  return out;
}

const piecesOf = Object.fromEntries(Object.entries(BUNDLED_POLICIES).map(([name, text]) => [name, pieces(text)]));

type TokenMutation =
  | { kind: "delete" | "double" | "swap"; at: number }
  | { kind: "replace"; at: number; word: string }
  | { kind: "insert"; at: number; word: string };

const tokenMutation: fc.Arbitrary<TokenMutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("delete" as const, "double" as const, "swap" as const), at: fc.nat() }),
  fc.record({ kind: fc.constant("replace" as const), at: fc.nat(), word: languageWord }),
  fc.record({ kind: fc.constant("insert" as const), at: fc.nat(), word: languageWord }),
);

function applyTokenMutation(list: Piece[], m: TokenMutation): Piece[] {
  const tokenAt = list.flatMap((p, i) => (p.token ? [i] : []));
  if (tokenAt.length === 0) return list;
  const i = tokenAt[m.at % tokenAt.length] as number;
  const copy = [...list];
  const piece = copy[i] as Piece;
  switch (m.kind) {
    case "delete":
      copy.splice(i, 1);
      break;
    case "double":
      copy.splice(i, 0, piece, { text: " ", token: false });
      break;
    case "swap": {
      const j = tokenAt[(m.at + 1) % tokenAt.length] as number;
      copy[i] = copy[j] as Piece;
      copy[j] = piece;
      break;
    }
    case "replace":
      copy[i] = { text: m.word, token: true };
      break;
    case "insert":
      copy.splice(i, 0, { text: m.word, token: true }, { text: " ", token: false });
      break;
  }
  return copy;
}

/** Hostile characters dropped in at random places (by fraction of the text, so any text fits). */
const characterInsertions = fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...HOSTILE_CHARACTERS)), { maxLength: 4 });

function insertCharacters(text: string, insertions: [number, string][]): string {
  let out = text;
  for (const [where, ch] of insertions) {
    const at = Math.floor(where * out.length);
    out = out.slice(0, at) + ch + out.slice(at);
  }
  return out;
}

/** Ways of laying a file out that change no word: each must compile exactly as the original does. */
export const LAYOUTS: Record<string, (text: string) => string> = {
  crlf: (t) => t.replace(/\n/g, "\r\n"),
  "cr only": (t) => t.replace(/\n/g, "\r"),
  "byte order mark": (t) => "\ufeff" + t,
  "tabs for indentation": (t) => t.replace(/^( +)/gm, (s) => "\t".repeat(Math.ceil(s.length / 2))),
  "no-break spaces between words": (t) => pieces(t).map((p) => (p.token ? p.text : p.text.replace(/ /g, "\u00a0"))).join(""),
  "trailing blanks": (t) => t.replace(/\n/g, " \t\n"),
  "no final line break": (t) => t.replace(/\n+$/, ""),
  "everything at once": (t) => "\ufeff" + t.replace(/^( +)/gm, "\t").replace(/\n/g, " \r\n"),
};

export const bundledName = fc.constantFrom(...Object.keys(BUNDLED_POLICIES));

/** A bundled policy with 1–4 token mutations, then maybe hostile characters and a layout change. */
export const mutatedPolicy: fc.Arbitrary<{ name: string; text: string }> = fc
  .record({
    name: bundledName,
    mutations: fc.array(tokenMutation, { minLength: 1, maxLength: 4 }),
    insertions: fc.oneof(fc.constant([] as [number, string][]), characterInsertions),
    layout: fc.option(fc.constantFrom(...Object.keys(LAYOUTS))),
  })
  .map(({ name, mutations, insertions, layout }) => {
    const mutated = mutations.reduce(applyTokenMutation, piecesOf[name] as Piece[]);
    const text = insertCharacters(mutated.map((p) => p.text).join(""), insertions);
    return { name, text: layout ? (LAYOUTS[layout] as (t: string) => string)(text) : text };
  });

/** A bundled policy with hostile characters dropped in, nothing else changed. */
export const policyWithHostileCharacters: fc.Arbitrary<{ name: string; text: string }> = fc
  .record({ name: bundledName, insertions: fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(...HOSTILE_CHARACTERS)), { minLength: 1, maxLength: 6 }) })
  .map(({ name, insertions }) => ({ name, text: insertCharacters(BUNDLED_POLICIES[name] as string, insertions) }));

/** A bundled policy in another layout: the same words, other blanks. */
export const policyInOtherLayout: fc.Arbitrary<{ name: string; layout: string; text: string }> = fc
  .record({ name: bundledName, layout: fc.constantFrom(...Object.keys(LAYOUTS)) })
  .map(({ name, layout }) => ({ name, layout, text: (LAYOUTS[layout] as (t: string) => string)(BUNDLED_POLICIES[name] as string) }));
