/**
 * Lexing cannot backtrack catastrophically, and its work grows linearly with the input.
 * Shown without a clock: these machines are shared and noisy, and timing two sizes
 * against each other failed CI when a 640 KB input fell out of a cache the 160 KB one
 * fitted. The measured growth is reported by `npm run bench` (bench/growth.mjs).
 *
 * The argument, one test each:
 * - every pattern is one the tests know, with a reason it reads each character a fixed
 *   number of times (a new pattern fails here until it is reviewed);
 * - recheck's automata-theoretic checker proves each pattern linear, used as the lexer
 *   uses it: sticky, one attempt from where a token would start;
 * - the only pattern that can read far and then fail, a text without its closing quote,
 *   is always followed by the open-text token over what it read, so the lexer never
 *   starts again inside that stretch and reads no character more than a few times;
 * - long hostile inputs lex to tokens and errors that account for every character.
 */
import { Lexer, type TokenType } from "chevrotain";
import fc from "fast-check";
import { check } from "recheck";
import { describe, expect, it } from "vitest";
import { allTokens, StringLiteral, UnterminatedString } from "../../grammar/tokens.js";
import { cases } from "../helpers/sampleSize.js";

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
const sourceOf = (token: TokenType) => (token.PATTERN as RegExp).source;

// The pure JavaScript checker gives the same answers as recheck's native and Java agents,
// and runs wherever Node does; without a time limit its answer does not depend on load.
process.env["RECHECK_BACKEND"] = "pure";
const complexityOf = async (source: string) => {
  const diagnostics = await check(source, "y", { checker: "automaton", timeout: null });
  return diagnostics.status === "unknown" ? `unknown (${diagnostics.error.kind})` : diagnostics.complexity.type;
};

describe("the lexer's regular expressions", () => {
  it("are all reviewed for backtracking", () => {
    expect(regexTokens.map(sourceOf).filter((source) => !(source in REVIEWED))).toEqual([]);
    expect(regexTokens.length).toBe(Object.keys(REVIEWED).length);
  });

  it("are each proven linear (or bounded) as the lexer runs them", async () => {
    for (const token of regexTokens) {
      expect([token.name, await complexityOf(sourceOf(token))]).toEqual([token.name, expect.stringMatching(/^(safe|constant|linear)$/)]);
    }
  });

  it("would have a backtracking text pattern caught by the same check", async () => {
    // A text whose backslash may be read as a plain character or as the start of an escape:
    // a run of backslashes with no closing quote splits two ways at each one.
    expect(await complexityOf('"(?:[^"\\r\\n]|\\\\.)*"')).toBe("exponential");
    // One class repeated twice over the same characters: quadratic in a failed attempt.
    expect(await complexityOf("\\d*\\d*-")).toBe("polynomial");
  });
});

describe("a text without its closing quote", () => {
  const sticky = (token: TokenType) => new RegExp(sourceOf(token), "y");
  const complete = sticky(StringLiteral);
  const open = sticky(UnterminatedString);

  it("is lexed over everything the complete-text pattern read before failing", () => {
    const rest = fc.array(fc.constantFrom("a", '"', "\\", "\r", "\n", " ", "é", "\u2028", "\u2029"), { maxLength: 40 }).map((chars) => chars.join(""));
    fc.assert(
      fc.property(rest, (tail) => {
        const text = `"${tail}`;
        complete.lastIndex = 0;
        if (complete.exec(text)) return;
        open.lastIndex = 0;
        const read = open.exec(text)?.[0].length ?? -1;
        // The complete pattern reads only what the open one matches, then at most a line
        // break, or a backslash and the line break or end it cannot escape (a regular
        // expression's \`.\` matches neither U+2028 nor U+2029, so those end an escape too).
        expect(read).toBeGreaterThanOrEqual(1);
        const after = text.slice(read);
        expect(after === "" || /^(?:[\r\n]|\\(?:$|[\r\n\u2028\u2029]))/.test(after), JSON.stringify(text)).toBe(true);
      }),
      { numRuns: cases(500, 2_000) },
    );
  });
});

/**
 * Inputs made of long runs of partial matches, each a trap for some naive pattern, with
 * their length: characters the lexer cannot read cost it a try of every pattern each, so
 * those are shorter. A catastrophic pattern would not finish at these sizes at all.
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
const BLANK = /^[ \t\r\n\f\v\u00a0\ufeff]*$/;

describe("hostile input", () => {
  for (const [name, make, size] of HOSTILE) {
    it(`${name}: every character is read into a token, an error or a blank`, () => {
      const text = make(size);
      const result = lexer.tokenize(text);
      const spans = [
        ...[...result.tokens, ...(result.groups["comments"] ?? [])].map((t) => [t.startOffset, t.startOffset + t.image.length] as const),
        ...result.errors.map((e) => [e.offset, e.offset + e.length] as const),
      ].sort((a, b) => a[0] - b[0]);
      let at = 0;
      for (const [start, end] of spans) {
        expect(start, "spans overlap").toBeGreaterThanOrEqual(at);
        if (!BLANK.test(text.slice(at, start))) expect.fail(`characters ${at}–${start} were skipped`);
        at = end;
      }
      expect(BLANK.test(text.slice(at)), "the lexer stopped before the end").toBe(true);
    });
  }
});
