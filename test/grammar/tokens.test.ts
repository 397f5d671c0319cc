/**
 * tokens.ts puts the soft keywords in the `Name` category in one pass rather than through
 * createToken's `categories` (which cost every start-up over 10 ms); the token types must
 * come out exactly as createToken would have made them.
 */
import { createToken, createTokenInstance, Lexer, tokenMatcher, type TokenType } from "chevrotain";
import { describe, expect, it } from "vitest";
import { Identifier, isReservedWord, kw, KEYWORDS, Name } from "../../grammar/tokens.js";

function categoryFields(token: TokenType) {
  return { CATEGORIES: token.CATEGORIES, categoryMatches: token.categoryMatches, categoryMatchesMap: token.categoryMatchesMap, isParent: token.isParent };
}

describe("keyword token types", () => {
  it("are in the Name category exactly when soft, as createToken would put them", () => {
    // The same category built the ordinary way: an identifier, then every keyword.
    const reference = createToken({ name: "ReferenceName", pattern: Lexer.NA });
    const referenceIdentifier = createToken({ name: "ReferenceIdentifier", pattern: /x/, categories: [reference] });
    const offset = (referenceIdentifier.tokenTypeIdx as number) - (Identifier.tokenTypeIdx as number);
    const referenceKeywords = KEYWORDS.map((word) => createToken({ name: `Reference_${word}`, pattern: word, categories: isReservedWord(word) ? [] : [reference] }));
    // Token indices differ by a constant only if the reference tokens were numbered alike.
    expect(referenceKeywords.map((t) => (t.tokenTypeIdx as number) - offset)).toEqual(KEYWORDS.map((w) => kw(w).tokenTypeIdx));
    const shifted = (fields: ReturnType<typeof categoryFields>) => ({
      ...fields,
      CATEGORIES: fields.CATEGORIES?.map((c) => (c === reference ? "Name" : c)),
      categoryMatches: fields.categoryMatches?.map((i) => i - offset),
      categoryMatchesMap: Object.fromEntries(Object.entries(fields.categoryMatchesMap ?? {}).map(([k, v]) => [Number(k) - offset, v])),
    });
    expect(shifted(categoryFields(reference))).toEqual({ ...categoryFields(Name), CATEGORIES: Name.CATEGORIES });
    KEYWORDS.forEach((word, i) => {
      const token = kw(word);
      const own = categoryFields(token);
      expect({ ...own, CATEGORIES: own.CATEGORIES?.map((c) => (c === Name ? "Name" : c)) }).toEqual(shifted(categoryFields(referenceKeywords[i] as TokenType)));
      expect(tokenMatcher(createTokenInstance(token, word, 0, 0, 1, 1, 1, 1), Name)).toBe(!isReservedWord(word));
    });
  });
});
