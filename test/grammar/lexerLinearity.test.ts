/**
 * No regular expression in the lexer can backtrack catastrophically. Each pattern is one
 * the tests know (a new one fails here until it is reviewed and given hostile inputs),
 * and lexing long runs of near-matches grows linearly: 4× the input must take less than
 * the 16× a quadratic pattern would need (linear work takes about 4×; a catastrophic
 * pattern would not finish at these sizes at all). Times are compared, never asserted.
 */
import { Lexer } from "chevrotain";
import { describe, expect, it } from "vitest";
import { allTokens } from "../../grammar/tokens.js";
import { growthRatio } from "../helpers/growth.js";

/**
 * The lexer's regular expressions, each with why it cannot backtrack: every quantified
 * part has one way to match each character, so a failed attempt costs at most one pass.
 */
const REVIEWED: Record<string, string> = {
  "[A-Za-z_][A-Za-z0-9_]*": "one class repeated; a name ends at the first other character",
  '"[^"\\\\\\r\\n]*(?:\\\\.[^"\\\\\\r\\n]*)*"': "unrolled: each run of plain characters ends at a backslash, which the next repetition must consume, so a text is read one way only",
  '"[^"\\\\\\r\\n]*(?:\\\\.[^"\\\\\\r\\n]*)*': "the same as a complete text, without the closing quote",
  "\\d{4}-\\d{2}(?:-\\d{2})?": "fixed lengths; fails within ten characters",
  "\\d+": "one class repeated",
  "#[^\\r\\n]*": "one class repeated to the end of the line",
  "[ \\t\\r\\n\\f\\v\\u00a0\\ufeff]+": "one class repeated",
};

const regexTokens = allTokens.filter((t) => t.PATTERN instanceof RegExp && t.PATTERN !== Lexer.NA);

/**
 * Inputs made of long runs of partial matches, each a trap for some naive pattern, with
 * the size to start from: characters the lexer cannot read cost it a try of every pattern
 * each, so those runs start smaller.
 */
const HOSTILE: [string, (n: number) => string, number][] = [
  ["a long open text", (n) => '"' + "a".repeat(n), 160_000],
  ["backslashes in an open text", (n) => '"' + "\\".repeat(n), 160_000],
  ["escaped quotes in an open text", (n) => '"' + '\\"'.repeat(n / 2), 160_000],
  ["letters and backslashes in an open text", (n) => '"' + "a\\".repeat(n / 2), 160_000],
  ["unterminated texts, one per line", (n) => '"abc\n'.repeat(n / 5), 160_000],
  ["a run of quotes", (n) => '"'.repeat(n), 160_000],
  ["a run of digits", (n) => "1".repeat(n), 160_000],
  ["almost-dates", (n) => "2025-".repeat(n / 5), 160_000],
  ["almost-full dates", (n) => "2025-01-".repeat(n / 8), 160_000],
  ["one long name", (n) => "a".repeat(n), 160_000],
  ["keyword prefixes", (n) => "votin ".repeat(n / 6), 160_000],
  ["keywords continued into names", (n) => "voting_".repeat(n / 7), 160_000],
  ["blanks of every kind", (n) => " \t\r\n\f\v\u00a0\ufeff".repeat(n / 8), 160_000],
  ["a run of comment marks", (n) => "#".repeat(n), 160_000],
  ["names glued to texts", (n) => 'a"'.repeat(n / 2), 160_000],
  ["characters that are not allowed", (n) => "@".repeat(n), 10_000],
  ["accented letters", (n) => "é".repeat(n), 10_000],
  ["zero-width and right-to-left marks", (n) => "\u200b\u200f\u202e".repeat(n / 3), 10_000],
  ["emoji (surrogate pairs)", (n) => "😀".repeat(n / 2), 10_000],
];

const lexer = new Lexer(allTokens, { positionTracking: "full" });

describe("the lexer's regular expressions", () => {
  it("are all reviewed for backtracking", () => {
    expect(regexTokens.map((t) => (t.PATTERN as RegExp).source).filter((source) => !(source in REVIEWED))).toEqual([]);
    expect(regexTokens.length).toBe(Object.keys(REVIEWED).length);
  });

  for (const [name, make, size] of HOSTILE) {
    it(`lex ${name} in linear time`, async () => {
      const small = make(size);
      const large = make(size * 4);
      expect(large.length).toBeGreaterThan(small.length * 3.9);
      // Each pattern alone, as the lexer runs it (sticky, from where a token would start),
      // at the first few offsets: catastrophic backtracking shows in a single attempt.
      const everyPattern = (text: string) => () => {
        for (const token of regexTokens) {
          const sticky = new RegExp((token.PATTERN as RegExp).source, "y");
          for (let at = 0; at < 3; at++) {
            sticky.lastIndex = at;
            sticky.exec(text);
          }
        }
      };
      const patternGrowth = await growthRatio(everyPattern(small), everyPattern(large));
      const lexerGrowth = await growthRatio(() => lexer.tokenize(small), () => lexer.tokenize(large));
      if (process.env["QUORATE_SHOW_GROWTH"]) console.log(name, patternGrowth.toFixed(1), lexerGrowth.toFixed(1));
      expect(patternGrowth).toBeLessThan(16);
      expect(lexerGrowth).toBeLessThan(16);
    });
  }
});
