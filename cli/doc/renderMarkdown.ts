/**
 * The readable policy in Markdown, as GitHub shows it: a heading per section, a bullet per
 * sentence ending with its clause and policy line, each reading as a quotation under the
 * rule it is about, and the readings register as a table at the end.
 */
import { citeWords } from "../../diff/render/words.js";
import { readingsMarkdown } from "../readings/renderMarkdown.js";
import type { Reading } from "../readings/report.js";
import { confirmationWords, entryLabels, KIND_WORDS } from "../readings/words.js";
import type { DocSection, PolicyDocument } from "./document.js";
import { mdText } from "./markdown.js";
import { docLead } from "./lead.js";
import { upperFirst } from "./words.js";

function readingLines(r: Reading, indent: string): string[] {
  const labels = entryLabels(r);
  const head = `⚠ **${r.id}, ${mdText(KIND_WORDS[r.kind])}** (${mdText(confirmationWords(r))})`;
  return [`${indent}> ${head}. **${mdText(upperFirst(labels.text))}:** ${mdText(r.text)}. **${mdText(upperFirst(labels.reading))}:** ${mdText(r.reading)}.`];
}

function sectionLines(section: DocSection): string[] {
  const lines = [`## ${mdText(section.title)}`, ""];
  let group: string | undefined;
  let inList = false;
  for (const item of section.items) {
    if (item.kind === "reading") {
      // A reading about a rule sits inside that rule's bullet; one about the section stands alone after the list.
      if (item.onRule && inList) lines.push(...readingLines(item.reading, "  "));
      else {
        if (inList) lines.push("");
        lines.push(...readingLines(item.reading, ""), "");
        inList = false;
      }
      continue;
    }
    const s = item.sentence;
    if (s.group !== group) {
      group = s.group;
      if (inList) lines.push("");
      if (group) lines.push(`### ${mdText(group)}`, "");
    }
    const cite = citeWords(s.at);
    lines.push(`- ${mdText(s.text)}${cite ? ` — *${mdText(cite)}*` : ""}`);
    inList = true;
  }
  return [...lines, ""];
}

export function renderDocMarkdown(doc: PolicyDocument): string {
  const lines = [`# ${mdText(doc.title)}: the policy in plain English`, "", mdText(docLead(doc, "⚠")), ""];
  for (const section of doc.sections) lines.push(...sectionLines(section));
  lines.push(...readingsMarkdown(doc.register, "##"));
  return lines.join("\n").replace(/\n{3,}/g, "\n\n");
}
