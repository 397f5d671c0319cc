/**
 * JSON paths as a reader writes them (`attendees[2].views.amy`), and the line and column
 * of a JSON syntax error, so every complaint about a conference file says where to look.
 */

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

/** Line and column (1-based) of a character offset. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

/** "line 3, column 5" for the offset V8 names in a JSON.parse message, if it names one. */
export function jsonErrorPlace(message: string, text: string): string | undefined {
  const at = /at position (\d+)/.exec(message);
  if (at) {
    const { line, column } = lineColumnAt(text, Number(at[1]));
    return `line ${line}, column ${column}`;
  }
  if (/end of JSON input/.test(message)) {
    const { line, column } = lineColumnAt(text, text.length);
    return `line ${line}, column ${column} (the end of the file)`;
  }
  return undefined;
}
