/** The readings register for a terminal: one entry per reading, its texts under labels, then how to confirm. */
import type { Style } from "../style.js";
import type { Reading, ReadingsReport } from "./report.js";
import { clauseOf, CONFIRM_HOW, confirmationWords, countsWords, entryLabels, filesWords, placeWords, ruleCite } from "./words.js";

const LABEL_WIDTH = 17;

function entry(r: Reading, style: Style): string[] {
  const clause = clauseOf(r.cite);
  const row = (label: string, text: string) => `    ${style.dim(`${label}:`.padEnd(LABEL_WIDTH))}${text}`;
  const more = " ".repeat(4 + LABEL_WIDTH);
  const labels = entryLabels(r);
  const lines = [style.bold(`${r.id}  ${placeWords(r)}${clause ? ` [${clause}]` : ""}`), row(labels.text, r.text), row(labels.reading, r.reading), row("what it changes", `${r.changes}${r.rules.length > 0 ? ":" : ""}`)];
  for (const rule of r.rules) lines.push(`${more}- ${rule.text} ${style.dim(`[${ruleCite(rule)}]`)}`);
  const confirmed = confirmationWords(r);
  lines.push(row("confirmed", r.confirmed || !r.confirmable ? confirmed : style.warning(confirmed)));
  if (r.help) lines.push(row("to remove it", r.help));
  return lines;
}

export function renderReadingsText(report: ReadingsReport, style: Style): string {
  const head = [style.bold(`Readings register: ${report.policy.title} (${report.policy.id})`), style.dim(filesWords(report)), countsWords(report)];
  const body = report.readings.flatMap((r) => ["", ...entry(r, style)]);
  const tail = report.readings.length > 0 ? ["", style.dim(`To confirm: ${CONFIRM_HOW}.`)] : [];
  return [...head, ...body, ...tail].join("\n") + "\n";
}
