/**
 * Code actions, all read from what the compiler already says:
 * - every diagnostic whose help says "did you mean `x`?" becomes a quick fix writing `x`
 *   over the word it points at (or over the words it joins, for `record dissent`);
 * - every diagnostic whose help advises recording a reading with `ambiguity` gets a quick
 *   fix adding an `ambiguity "…" reading "…"` statement after the statement it is about;
 * - every statement in the range without a `cite` gets "add a citation".
 */
import type { Diagnostic } from "../grammar/diagnostic.js";
import type { Analysis } from "./analysis.js";
import type { Range } from "./positions.js";
import { statementAt, statementsIn, statementWords } from "./syntax.js";
import type { CodeAction, TextEdit } from "./types.js";

const DID_YOU_MEAN = /did you mean `([^`]+)`\?/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
}

/** The span a suggestion replaces: the word pointed at, or the words `a b` when the suggestion is `a_b`. */
function replacedSpan(text: string, d: Diagnostic, suggestion: string): { start: number; end: number } | undefined {
  const start = d.range.start.offset;
  const word = text.slice(start, d.range.end.offset);
  if (!NAME.test(word)) return undefined;
  const words = suggestion.split("_");
  if (words.length > 1 && word === words[0]) {
    const joined = new RegExp(`^${words.map((w) => w.replace(/[^A-Za-z0-9]/g, "")).join("[ \\t]+")}\\b`).exec(text.slice(start, start + 200));
    if (joined) return { start, end: start + joined[0].length };
  }
  return { start, end: d.range.end.offset };
}

function didYouMean(analysis: Analysis, d: Diagnostic): CodeAction | undefined {
  const suggestion = d.help ? DID_YOU_MEAN.exec(d.help)?.[1] : undefined;
  if (suggestion === undefined || !NAME.test(suggestion)) return undefined;
  const span = replacedSpan(analysis.text, d, suggestion);
  if (!span) return undefined;
  const written = analysis.text.slice(span.start, span.end);
  return {
    title: `Change \`${written}\` to \`${suggestion}\``,
    kind: "quickfix",
    diagnostics: [d.code],
    isPreferred: true,
    edit: { [analysis.file]: [{ range: analysis.lines.range(span.start, span.end), newText: suggestion }] },
  };
}

function lineIndent(analysis: Analysis, offset: number): string {
  const line = analysis.lines.positionAt(offset).line;
  const start = analysis.lines.offsetAt({ line, character: 0 });
  return /^[ \t]*/.exec(analysis.text.slice(start, start + 200))?.[0] ?? "";
}

function recordReading(analysis: Analysis, d: Diagnostic): CodeAction | undefined {
  if (!d.help?.includes("`ambiguity`") || !analysis.ast) return undefined;
  const placed = statementAt(analysis.ast, d.range.start.offset);
  if (!placed || placed.statement.type === "Ambiguity") return undefined;
  const statement = placed.statement;
  const indent = lineIndent(analysis, statement.range.start.offset);
  const cite = statement.cite ? ` cite ${quote(statement.cite.value)}` : "";
  const text = `\n${indent}ambiguity ${quote(d.message)} reading ${quote("TODO: the reading this policy takes, and why")}${cite}`;
  const at = analysis.lines.positionAt(statement.range.end.offset);
  return {
    title: "Record the reading taken, with `ambiguity`",
    kind: "quickfix",
    diagnostics: [d.code],
    edit: { [analysis.file]: [{ range: { start: at, end: at }, newText: text }] },
  };
}

function addCitations(analysis: Analysis, start: number, end: number): CodeAction[] {
  if (!analysis.ast || !analysis.exact) return [];
  return statementsIn(analysis.ast, start, end)
    .filter(({ statement }) => statement.cite === undefined)
    .map(({ statement }) => {
      const at = analysis.lines.positionAt(statement.range.end.offset);
      const edit: TextEdit = { range: { start: at, end: at }, newText: ' cite "§"' };
      return { title: `Add a citation to \`${statementWords(statement.type)}\` (cite "§…")`, kind: "quickfix" as const, edit: { [analysis.file]: [edit] } };
    });
}

export function codeActions(analysis: Analysis, range: Range): CodeAction[] {
  const start = analysis.lines.offsetAt(range.start);
  const end = analysis.lines.offsetAt(range.end);
  const out: CodeAction[] = [];
  for (const d of analysis.compiled.diagnostics) {
    if (d.file !== analysis.file || d.range.start.offset > end || d.range.end.offset < start) continue;
    const fix = didYouMean(analysis, d);
    if (fix) out.push(fix);
    const reading = recordReading(analysis, d);
    if (reading) out.push(reading);
  }
  return [...out, ...addCitations(analysis, start, end)];
}
