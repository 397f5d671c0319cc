/**
 * Diagnostics as text: `file:line:col: severity code: message`, the source line, a caret
 * under the span, and the help line. Very long lines are cut around the span, so a
 * one-megabyte line prints as a readable excerpt.
 */
import type { Diagnostic } from "../grammar/diagnostic.js";
import type { LineMap } from "../grammar/location.js";
import { printable } from "./printable.js";
import type { Style } from "./style.js";

const WINDOW = 100;

function excerpt(text: string, start: number, end: number): { shown: string; start: number; end: number } {
  if (text.length <= WINDOW * 1.5) return { shown: text, start, end };
  const from = Math.max(0, Math.min(start - 20, text.length - WINDOW));
  const to = Math.min(text.length, from + WINDOW);
  const prefix = from > 0 ? "…" : "";
  const suffix = to < text.length ? "…" : "";
  return { shown: prefix + text.slice(from, to) + suffix, start: start - from + prefix.length, end: Math.min(end, to) - from + prefix.length };
}

// In a source line, control characters (other than tab) would garble the terminal; each
// is shown as one `?`, so the caret below still lines up.
function sourceLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g, "?");
}

export function codeFrame(d: Diagnostic, lines: LineMap | undefined, style: Style): string[] {
  if (!lines) return [];
  const lineNo = d.range.start.line;
  const text = lines.lineText(lineNo);
  const startCol = d.range.start.column - 1;
  const endCol = d.range.end.line === lineNo ? Math.max(startCol + 1, d.range.end.column - 1) : Math.max(startCol + 1, text.length);
  const cut = excerpt(text, startCol, endCol);
  const gutter = String(lineNo).length;
  const pad = " ".repeat(gutter);
  // Keep tabs under tabs so the caret lines up however the terminal shows them.
  const lead = cut.shown.slice(0, cut.start).replace(/[^\t]/g, " ");
  const caret = "^".repeat(Math.max(1, cut.end - cut.start));
  return [`${style.dim(`${lineNo} |`)} ${sourceLine(cut.shown)}`, `${style.dim(`${pad} |`)} ${lead}${style.bold(caret)}`];
}

export function renderDiagnostic(d: Diagnostic, sources: Map<string, LineMap>, style: Style): string {
  const colour = d.severity === "error" ? style.error : d.severity === "warning" ? style.warning : style.info;
  const word = d.severity === "info" ? "note" : d.severity;
  // A file name, and a quoted text a message repeats, may hold control characters: shown escaped.
  const head = `${printable(d.file)}:${d.range.start.line}:${d.range.start.column}: ${colour(`${word} ${d.code}`)}: ${printable(d.message)}`;
  const out = [style.bold(head), ...codeFrame(d, sources.get(d.file), style).map((l) => "  " + l)];
  if (d.help) out.push(`  ${style.good("help:")} ${printable(d.help)}`);
  for (const r of d.related ?? []) out.push(`  ${style.dim(`${printable(r.file)}:${r.range.start.line}:${r.range.start.column}: ${printable(r.message)}`)}`);
  return out.join("\n");
}
