import type { Range } from "./location.js";

export type Severity = "error" | "warning" | "info";

/** The code for a fault in Quorate itself, reported instead of a crash. */
export const INTERNAL_ERROR_CODE = "Q099";
export const INTERNAL_ERROR_HELP = "this is a fault in Quorate, not in the policy; please report it with the policy attached";

/**
 * One finding about a policy, from any stage. The same shape travels from the lexer to
 * the CLI and the JSON output: a stable `code`, a plain-language `message` (lowercase, no
 * final full stop, names in backticks) and a `help` line saying what to write instead.
 */
export interface Diagnostic {
  code: string;
  severity: Severity;
  message: string;
  file: string;
  range: Range;
  help?: string;
  /** Other places that explain this finding, e.g. the first of two duplicate names. */
  related?: RelatedLocation[];
}

export interface RelatedLocation {
  message: string;
  file: string;
  range: Range;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

/** Lower-case letters, digits, `-`, `.` and `/`, which ICU's root collation orders by code unit. */
function plain(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 47;
}

/**
 * The sign of `a.localeCompare(b)`, found without calling it where the two strings first
 * differ in characters that collation orders as their code units do: the first
 * localeCompare of a process sets up ICU's collator, some 7 ms of `quorate check`, for
 * paths like `policies/wakefield.policy` that code-unit order sorts alike. Any other
 * difference (capitals, `_`, other scripts) is left to localeCompare.
 */
export function compareText(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  while (i < a.length && i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  const x = a.charCodeAt(i);
  const y = b.charCodeAt(i);
  if (i === a.length && plain(y)) return -1;
  if (i === b.length && plain(x)) return 1;
  if (plain(x) && plain(y)) return x < y ? -1 : 1;
  return a.localeCompare(b);
}

/** Diagnostics in reading order: by file, then position, then code. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.range.start.offset - b.range.start.offset ||
      compareText(a.code, b.code),
  );
}
