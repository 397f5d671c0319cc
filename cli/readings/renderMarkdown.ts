/**
 * The readings register in Markdown, for a pull request or a board's papers on GitHub: one
 * table row per reading, every policy word escaped (cli/doc/markdown.ts), so each row has
 * the same six cells whatever a reading says.
 */
import { mdText } from "../doc/markdown.js";
import type { Reading, ReadingsReport } from "./report.js";
import { clauseOf, CONFIRM_HOW, confirmationWords, countsWords, filesWords, KIND_WORDS, ruleCite } from "./words.js";

function row(r: Reading): string {
  const clause = clauseOf(r.cite);
  const where = `${KIND_WORDS[r.kind]}${r.kind === "default" ? ` (${r.code})` : ""}, ${r.section}${r.file ? `, ${r.file}${r.line === null ? "" : `:${r.line}`}` : ""}${clause ? ` — ${clause}` : ""}`;
  const rules = r.rules.map((rule) => `${rule.text} (${ruleCite(rule)})`).join("; ");
  const changes = `${r.changes}${rules ? `: ${rules}` : ""}`;
  const confirmed = `${confirmationWords(r)}${r.help ? ` (${r.help})` : ""}`;
  const cells = [r.id, where, r.text, r.reading, changes, confirmed].map(mdText);
  return `| ${cells.join(" | ")} |`;
}

/** The register's table and its lead lines, under a heading of the level given. */
export function readingsMarkdown(report: ReadingsReport, heading: "#" | "##"): string[] {
  const lines = [`${heading} Readings register${heading === "#" ? `: ${mdText(report.policy.title)}` : ""}`, "", `${mdText(filesWords(report))}: ${mdText(countsWords(report))}.`, ""];
  if (report.readings.length === 0) return [...lines, "The policy records no ambiguity or silence, and rests on no default of Quorate's.", ""];
  lines.push("| # | Where | The protocol, or what the policy leaves unsaid | Reading taken | What it changes | Confirmed |", "|---|---|---|---|---|---|");
  for (const r of report.readings) lines.push(row(r));
  // Quorate's own words: the code marks in it are meant.
  lines.push("", `To confirm: ${CONFIRM_HOW}.`, "");
  return lines;
}

export function renderReadingsMarkdown(report: ReadingsReport): string {
  return readingsMarkdown(report, "#").join("\n");
}
