/**
 * `quorate check --format github`: one GitHub Actions workflow command per finding, so a
 * pull request shows each problem as an annotation on its line:
 *
 *     ::error file=policies/x.policy,line=3,col=5,endLine=3,endColumn=9,title=Q012 unknown category::message
 *
 * Warnings become `::warning` and notes `::notice`. Values are escaped as GitHub's
 * toolkit does: `%`, CR and LF everywhere, and `:` and `,` too inside properties.
 */
import { DIAGNOSTIC_CATALOGUE } from "../compiler/diagnosticCatalogue.js";
import type { Diagnostic, Severity } from "../grammar/diagnostic.js";
import { printable } from "./printable.js";

const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", info: "notice" };

export function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

const titles = new Map(DIAGNOSTIC_CATALOGUE.map((e) => [e.code, e.title]));

export function githubAnnotation(d: Diagnostic): string {
  const title = titles.get(d.code);
  const properties = [
    `file=${escapeProperty(printable(d.file.replace(/\\/g, "/")))}`,
    `line=${d.range.start.line}`,
    `col=${d.range.start.column}`,
    `endLine=${d.range.end.line}`,
    `endColumn=${d.range.end.column}`,
    `title=${escapeProperty(title ? `${d.code} ${title}` : d.code)}`,
  ];
  // The message's own line break stays (GitHub shows it); any in the input is shown escaped.
  const message = d.help ? `${printable(d.message)}\nhelp: ${printable(d.help)}` : printable(d.message);
  return `::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(message)}`;
}
