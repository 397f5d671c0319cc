/**
 * A character from another alphabet that looks like a Latin letter (a Cyrillic `а` pasted
 * from a document) is named by its code point and the letter it resembles, since on the
 * screen the line looks right; any character beyond ASCII is named by its code point.
 */
import { describe, expect, it } from "vitest";
import { compileText } from "../helpers/compileText.js";

function firstError(word: string) {
  const result = compileText(`policy x "X" {\n  vocabulary "vocabulary.policy"\n}\nvoting {\n  vote by ${word}\n}\n`);
  return result.diagnostics.find((d) => d.code === "Q001");
}

describe("an unexpected character", () => {
  it.each([
    ["Cyrillic а", "grouping".replace("o", "о"), "о", "U+043E", "o"],
    ["Cyrillic а in agency", "\u0430gency", "\u0430", "U+0430", "a"],
    ["Greek ο", "gr\u03bfuping", "\u03bf", "U+03BF", "o"],
    ["fullwidth ｇ", "\uff47rouping", "\uff47", "U+FF47", "g"],
  ])("%s: named with its code point and the letter it looks like", (_, word, ch, code, plain) => {
    const d = firstError(word);
    expect(d?.message).toBe(`unexpected character \`${ch}\` (${code}, which looks like \`${plain}\`)`);
    expect(d?.help).toBe(`it looks like \`${plain}\` but is another character (pasted from another alphabet?): type \`${plain}\` instead`);
  });

  it("a letter that resembles none is named by its code point", () => {
    expect(firstError("gr\u00e9uping")?.message).toBe("unexpected character `é` (U+00E9)");
  });

  it("an invisible character is named by its code point alone, as before", () => {
    expect(firstError("gro\u200buping")?.message).toBe("unexpected character `U+200B`");
  });
});
