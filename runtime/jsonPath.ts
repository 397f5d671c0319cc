/**
 * JSON paths as a reader writes them (`attendees[2].views.amy`), and the line and column
 * of a JSON syntax error, so every complaint about a conference file says where to look.
 */

import { printParseErrorCode, visit, type ParseError } from "jsonc-parser";
import { LineMap } from "../grammar/location.js";

export type PathPart = string | number;

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function formatPath(parts: readonly PathPart[]): string {
  let out = "";
  for (const part of parts) {
    if (typeof part === "number") out += `[${part}]`;
    else if (PLAIN_KEY.test(part)) out += out === "" ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out === "" ? "(the whole file)" : out;
}

/** Splits an ajv `instancePath` (a JSON Pointer) into keys and indexes. */
export function pointerParts(pointer: string): PathPart[] {
  if (pointer === "") return [];
  return pointer
    .slice(1)
    .split("/")
    .map((raw) => {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      return /^(0|[1-9]\d*)$/.test(key) ? Number(key) : key;
    });
}

const SYNTAX_WORDS: Partial<Record<string, string>> = {
  InvalidSymbol: "an unexpected character",
  InvalidNumberFormat: "a malformed number",
  PropertyNameExpected: "a field name in double quotes was expected",
  ValueExpected: "a value was expected",
  ColonExpected: "a colon `:` was expected",
  CommaExpected: "a comma was expected",
  CloseBraceExpected: "a closing `}` was expected",
  CloseBracketExpected: "a closing `]` was expected",
  EndOfFileExpected: "the file should end here",
  InvalidCommentToken: "comments are not allowed in JSON",
  UnexpectedEndOfComment: "comments are not allowed in JSON",
  UnexpectedEndOfString: "a text in quotes is not closed",
  UnexpectedEndOfNumber: "a number is cut short",
  InvalidUnicode: "a malformed \\u escape",
  InvalidEscapeCharacter: "a malformed escape after a backslash",
  InvalidCharacter: "a control character (such as a line break) inside quotes",
};

/**
 * Where and what the first syntax error of a JSON text is. V8's own message does not
 * always give a position, so the text is scanned again by jsonc-parser, which does.
 */
export function jsonSyntaxError(text: string): { line: number; column: number; message: string } | undefined {
  // Visited, not parsed into a tree: a tree of 16 million numbers took 1.7 GB just to find
  // that the closing bracket was missing.
  let first: Pick<ParseError, "error" | "offset"> | undefined;
  try {
    visit(text, { onError: (error, offset) => void (first ??= { error, offset }) }, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (error) {
    // jsonc-parser recurses: nesting deep enough to exhaust the stack leaves only V8's message.
    if (error instanceof RangeError) return undefined;
    throw error;
  }
  if (!first) return undefined;
  const { line, column } = new LineMap(text).position(first.offset);
  const code = printParseErrorCode(first.error);
  const atEnd = first.offset >= text.length;
  return { line, column, message: atEnd ? "it ends too soon" : (SYNTAX_WORDS[code] ?? code) };
}
