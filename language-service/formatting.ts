/**
 * Formatting with the formatter of `quorate fmt` (`format/formatPolicy.ts`, which refuses
 * any layout that would change what the policy means). The result is returned as the
 * smallest line edits that turn the text into its canonical layout, so an editor keeps the
 * cursor and folds where nothing changed; range formatting returns the edits that touch
 * the lines asked for.
 */
import type { CompileHost } from "../compiler/host.js";
import { formatPolicy } from "../format/formatPolicy.js";
import type { Analysis } from "./analysis.js";
import type { Range } from "./positions.js";
import type { TextEdit } from "./types.js";

export type FormatResult = { edits: TextEdit[] } | { error: string };

/** Lines with their line breaks, so that joining them gives the text back. */
function splitLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/** A hunk: lines [aStart, aEnd) of the old text become lines [bStart, bEnd) of the new. */
interface Hunk {
  aStart: number;
  aEnd: number;
  bStart: number;
  bEnd: number;
}

/** Above this many cells the line diff is not worth it: one edit replaces the text. */
const MAX_DIFF_CELLS = 4_000_000;

/** The changed runs between two lists of lines, by longest common subsequence. */
export function lineHunks(a: string[], b: string[]): Hunk[] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const x = a.slice(prefix, a.length - suffix);
  const y = b.slice(prefix, b.length - suffix);
  if (x.length === 0 && y.length === 0) return [];
  if (x.length * y.length > MAX_DIFF_CELLS) return [{ aStart: prefix, aEnd: a.length - suffix, bStart: prefix, bEnd: b.length - suffix }];
  // lcs[i][j]: the longest common subsequence of x[i..] and y[j..].
  const width = y.length + 1;
  const lcs = new Uint32Array((x.length + 1) * width);
  for (let i = x.length - 1; i >= 0; i--) {
    for (let j = y.length - 1; j >= 0; j--) {
      lcs[i * width + j] = x[i] === y[j] ? (lcs[(i + 1) * width + j + 1] as number) + 1 : Math.max(lcs[(i + 1) * width + j] as number, lcs[i * width + j + 1] as number);
    }
  }
  const hunks: Hunk[] = [];
  let i = 0;
  let j = 0;
  let open: Hunk | undefined;
  const close = () => {
    if (open) hunks.push(open);
    open = undefined;
  };
  while (i < x.length || j < y.length) {
    if (i < x.length && j < y.length && x[i] === y[j]) {
      close();
      i++;
      j++;
    } else {
      open ??= { aStart: prefix + i, aEnd: prefix + i, bStart: prefix + j, bEnd: prefix + j };
      if (j < y.length && (i >= x.length || (lcs[i * width + j + 1] as number) >= (lcs[(i + 1) * width + j] as number))) {
        j++;
        open.bEnd = prefix + j;
      } else {
        i++;
        open.aEnd = prefix + i;
      }
    }
  }
  close();
  return hunks;
}

/** Line edits that turn `before` into `after`. */
export function lineEdits(before: string, after: string): { hunk: Hunk; edit: TextEdit }[] {
  const a = splitLines(before);
  const b = splitLines(after);
  const position = (line: number) => ({ line, character: 0 });
  // A hunk that runs to the end of a text without a final line break ends on that last line, not after it.
  const endOf = (lines: string[], line: number) => {
    if (line < lines.length || lines.length === 0) return position(line);
    const last = lines[lines.length - 1] as string;
    return /[\r\n]$/.test(last) ? position(line) : { line: lines.length - 1, character: last.length };
  };
  return lineHunks(a, b).map((hunk) => ({
    hunk,
    edit: { range: { start: position(hunk.aStart), end: endOf(a, hunk.aEnd) }, newText: b.slice(hunk.bStart, hunk.bEnd).join("") },
  }));
}

async function formatted(analysis: Analysis, host: CompileHost): Promise<{ text: string } | { error: string }> {
  try {
    const outcome = await formatPolicy(analysis.text, { filename: analysis.file, host });
    switch (outcome.kind) {
      case "formatted":
        return { text: outcome.text };
      case "syntax-errors":
        return { error: "this policy has syntax errors, so it was not formatted; fix them first" };
      case "refused":
        return { error: `formatting would change what the policy means (${outcome.reason}), so it was left as it is; this is a fault in Quorate's formatter` };
      case "too-large":
        return { error: `the policy has ${outcome.characters} characters, more than the formatter lays out` };
    }
  } catch (error) {
    return { error: `the formatter failed: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export async function format(analysis: Analysis, host: CompileHost): Promise<FormatResult> {
  const result = await formatted(analysis, host);
  if ("error" in result) return result;
  return { edits: lineEdits(analysis.text, result.text).map((e) => e.edit) };
}

/** The canonical layout's edits to the lines a range touches (an edit that reaches into them is kept whole). */
export async function formatRange(analysis: Analysis, host: CompileHost, range: Range): Promise<FormatResult> {
  const result = await formatted(analysis, host);
  if ("error" in result) return result;
  const lastLine = range.end.character === 0 && range.end.line > range.start.line ? range.end.line - 1 : range.end.line;
  const touches = ({ hunk }: { hunk: Hunk }) => (hunk.aStart === hunk.aEnd ? hunk.aStart >= range.start.line && hunk.aStart <= lastLine + 1 : hunk.aStart <= lastLine && hunk.aEnd - 1 >= range.start.line);
  return { edits: lineEdits(analysis.text, result.text).filter(touches).map((e) => e.edit) };
}
