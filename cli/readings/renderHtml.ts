/**
 * The readings register as HTML: a table with a row per reading, each row's id an anchor
 * the readable policy links to, and the page around it for `quorate readings --format html`.
 */
import { esc, htmlPage } from "../doc/htmlPage.js";
import { upperFirst } from "../doc/words.js";
import type { Reading, ReadingsReport } from "./report.js";
import { clauseOf, CONFIRM_HOW, confirmationWords, countsWords, entryLabels, filesWords, placeWords, ruleCite } from "./words.js";

function row(r: Reading): string {
  const clause = clauseOf(r.cite);
  const labels = entryLabels(r);
  const rules = r.rules.map((rule) => `<li>${esc(rule.text)} <span class="cite">${esc(ruleCite(rule))}</span></li>`).join("");
  const confirmed = `${esc(confirmationWords(r))}${r.help ? `<span class="cite">${esc(r.help)}</span>` : ""}`;
  return `<tr id="${esc(r.id)}" class="${esc(r.kind)}${r.confirmed ? " confirmed" : ""}"><th scope="row">${esc(r.id)}</th>
<td>${esc(placeWords(r))}${clause ? `<span class="cite">${esc(clause)}</span>` : ""}</td>
<td>${esc(r.text)}</td>
<td>${r.kind === "default" ? `<span class="label">${esc(upperFirst(labels.reading))}:</span> ` : ""}${esc(r.reading)}</td>
<td>${esc(r.changes)}${rules ? `<ul>${rules}</ul>` : ""}</td>
<td>${confirmed}</td></tr>`;
}

/** The register's section: its lead line and table, under an `h2` (or the page's `h1`). */
export function readingsHtml(report: ReadingsReport, heading: "h1" | "h2"): string {
  const title = heading === "h1" ? `Readings register: ${report.policy.title}` : "Readings register";
  const lead = `<p>${esc(filesWords(report))}: ${esc(countsWords(report))}.</p>`;
  if (report.readings.length === 0) return `<${heading} id="register">${esc(title)}</${heading}>\n${lead}\n<p>The policy records no ambiguity or silence, and rests on no default of Quorate's.</p>`;
  const head = ["#", "Where", "The protocol, or what the policy leaves unsaid", "Reading taken", "What it changes", "Confirmed"].map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  return `<${heading} id="register">${esc(title)}</${heading}>
${lead}
<table class="readings"><caption class="cite">Every ambiguity, silence and default this policy rests on, with the board's confirmation</caption>
<thead><tr>${head}</tr></thead>
<tbody>${report.readings.map(row).join("\n")}</tbody></table>
<p class="cite">To confirm: ${esc(CONFIRM_HOW)}.</p>`;
}

export function renderReadingsHtml(report: ReadingsReport): string {
  return htmlPage(`Readings register: ${report.policy.title}`, `<main>\n${readingsHtml(report, "h1")}\n</main>`);
}
