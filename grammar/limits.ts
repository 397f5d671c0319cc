/**
 * Size limits shared by the parser and the file readers, in a module of their own so that
 * reading a file does not load the parser (and Chevrotain) with it.
 */

/** Policies are hand-written documents; anything this large is a mistake or an attack. */
export const MAX_POLICY_CHARACTERS = 4 * 1024 * 1024;

/**
 * Words and symbols (tokens) a policy may have. The lexer holds each as an object of about
 * 200 bytes, so 4 MiB of `{` would take 1.6 GB to read; a policy of a million groupings'
 * worth of tokens is not a document anyone wrote. The bundled policies have under 600.
 */
export const MAX_POLICY_TOKENS = 1024 * 1024;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x0c || code === 0x0b || code === 0xa0 || code === 0xfeff;
}

/** Whether the text ends at `at`, or has a line break there (as a regular expression's `.` sees one). */
function endsLine(text: string, at: number): boolean {
  if (at >= text.length) return true;
  const code = text.charCodeAt(at);
  return code === 0x0a || code === 0x0d || code === 0x2028 || code === 0x2029;
}

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isNameStart(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
}

/**
 * How many tokens the lexer would make of a text, counted without making them (a name, a
 * number, a quoted text, a comment, a symbol; any other character, and each part of a
 * date, as one more), and no further than one past `stopAfter`. Never below the lexer's
 * count, so a text under the limit here is under it when lexed.
 */
export function countTokens(text: string, stopAfter = Infinity): number {
  let count = 0;
  // A name goes on through digits; a number ends where a letter begins another token.
  let word: "none" | "name" | "number" = "none";
  for (let i = 0; i < text.length && count <= stopAfter; i++) {
    const code = text.charCodeAt(i);
    if (isNameStart(code)) {
      if (word !== "name") count++;
      word = "name";
      continue;
    }
    if (isDigit(code)) {
      if (word === "none") count++;
      if (word === "none") word = "number";
      continue;
    }
    word = "none";
    if (isBlank(code)) continue;
    count++;
    if (code === 0x23) {
      // A comment, to the end of its line.
      while (i + 1 < text.length && text.charCodeAt(i + 1) !== 0x0a && text.charCodeAt(i + 1) !== 0x0d) i++;
    } else if (code === 0x22) {
      // A quoted text, to its closing quote or the end of its line.
      for (i++; i < text.length; i++) {
        const inner = text.charCodeAt(i);
        if (inner === 0x22) break;
        // A line break, or a backslash escaping one (or nothing), ends it; that character is read again.
        if (inner === 0x0a || inner === 0x0d || (inner === 0x5c && endsLine(text, i + 1))) {
          i--;
          break;
        }
        if (inner === 0x5c) i++;
      }
    }
  }
  return count;
}

/** The characters of a text as a reader counts them: an emoji is one, not two UTF-16 units. */
export function codePoints(text: string): number {
  let pairs = 0;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return text.length - pairs;
}
