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

/** The order of localeCompare, without calling it (and setting up ICU's collator) for equal strings. */
function compareText(a: string, b: string): number {
  return a === b ? 0 : a.localeCompare(b);
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
