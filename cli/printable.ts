/**
 * Text from the input made safe to print for a person. A policy's quoted texts, a
 * conference's ids, a scenario's names and file names can hold control characters; printed
 * raw to a terminal or a CI log they can retitle the terminal or clear it (ESC sequences),
 * hide text, reorder it (bidirectional controls), or start a line `::error` that GitHub
 * Actions reads as a command. Each such character is shown as its escape, `\u001b`, so it
 * is visible and harmless. JSON and SARIF output need none of this: they are data.
 */

// C0 and C1 controls, DEL, and the invisible characters that reorder or hide text:
// zero-width spaces and joiners, the Arabic letter mark, bidirectional embeddings,
// overrides and isolates, line and paragraph separators, the word joiner and the BOM.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE_BUT_LINE_BREAKS = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;

function escaped(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, "0")}`;
}

/** One line of text from the input, every control character (line breaks too) escaped. */
export function printable(text: string): string {
  return text.replace(UNSAFE, escaped);
}

/** Text of several lines, built from parts already made printable: only its own line breaks are kept. */
export function printableLines(text: string): string {
  return text.replace(UNSAFE_BUT_LINE_BREAKS, escaped);
}

/**
 * A copy of plain data (a decision, a compiled policy, a report) with every string, keys
 * included, made printable: for the renderers of text, which then need not know which of
 * the strings came from the input.
 */
export function printableData<T>(value: T): T {
  if (typeof value === "string") return printable(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => printableData(item)) as T;
  if (value === null || typeof value !== "object") return value;
  // fromEntries defines each key, so a key `__proto__` stays a key.
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [printable(key), printableData(item)])) as T;
}
