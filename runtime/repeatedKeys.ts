/**
 * A key written twice in one JSON object. `JSON.parse` keeps the last without a word, so a
 * conference with two `views` for one attendee, or two `children` lists, would be decided
 * on whichever came last; Quorate refuses it and says where.
 *
 * Finding one is done in two steps, because every line of a batch is checked: counting is
 * cheap (a scan of the text for keys, and a walk of the parsed value), and the two counts
 * agree exactly when no object repeats a key. Only then is the text read again, by
 * jsonc-parser, to say which key and where.
 */
import { visit } from "jsonc-parser";
import { LineMap } from "../grammar/location.js";
import type { PathPart } from "./jsonPath.js";

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;
}

/**
 * How many keys the text writes (each quoted text followed by a colon) and how many
 * objects and lists it opens, in one scan. Any text can be scanned; the counts are exact
 * for valid JSON.
 */
export function writtenShape(text: string): { keys: number; containers: number } {
  let keys = 0;
  let containers = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) containers++;
    if (code !== QUOTE) continue;
    // Skip to the closing quote; an escape's next character is never the end.
    for (i++; i < text.length; i++) {
      const inner = text.charCodeAt(i);
      if (inner === BACKSLASH) i++;
      else if (inner === QUOTE) break;
    }
    let next = i + 1;
    while (next < text.length && isBlank(text.charCodeAt(next))) next++;
    if (text.charCodeAt(next) === COLON) keys++;
  }
  return { keys, containers };
}

/** How many keys the parsed value holds, walked without recursion: JSON.parse takes any depth. */
function keysHeld(value: unknown): number {
  let keys = 0;
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const item = pending.pop();
    if (item === null || typeof item !== "object") continue;
    // Only objects and lists wait their turn: a list of 16 million numbers adds nothing to hold.
    if (Array.isArray(item)) {
      for (const element of item) if (element !== null && typeof element === "object") pending.push(element);
      continue;
    }
    for (const key in item) {
      if (!Object.hasOwn(item, key)) continue;
      keys++;
      const value = (item as Record<string, unknown>)[key];
      if (value !== null && typeof value === "object") pending.push(value);
    }
  }
  return keys;
}

export interface RepeatedKey {
  key: string;
  /** The object's path, then the key. */
  path: PathPart[];
  line: number;
  column: number;
}

/**
 * The first key a JSON object writes twice, with where the second is; undefined when none
 * is. `value` is `text` as `JSON.parse` read it; a text nested too deeply for jsonc-parser
 * to read again still gets an answer, without its place.
 */
export function repeatedKey(text: string, value: unknown, keysWritten = writtenShape(text).keys): RepeatedKey | "somewhere" | undefined {
  if (keysWritten === keysHeld(value)) return undefined;
  const seen: Set<string>[] = [];
  let found: { key: string; path: PathPart[]; offset: number } | undefined;
  try {
    visit(
      text,
      {
        onObjectBegin: () => {
          seen.push(new Set());
          return found === undefined;
        },
        onObjectEnd: () => {
          seen.pop();
        },
        onObjectProperty: (key, offset, _length, _line, _column, pathSupplier) => {
          const keys = seen.at(-1);
          if (found !== undefined || keys === undefined) return;
          if (keys.has(key)) found = { key, path: [...pathSupplier(), key], offset };
          else keys.add(key);
        },
      },
      { disallowComments: true },
    );
  } catch (error) {
    if (error instanceof RangeError) return "somewhere";
    throw error;
  }
  if (found === undefined) return "somewhere";
  const { line, column } = new LineMap(text).position(found.offset);
  return { key: found.key, path: found.path, line, column };
}
