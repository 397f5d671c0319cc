/**
 * The readable policy as one self-contained HTML page: contents, a section per part of the
 * protocol with a list item per sentence and its citation, each reading highlighted under
 * the rule it is about (linked to its row of the register), and the register at the end.
 * Landmarks, a heading order and table headers for screen readers; no scripts.
 */
import { citeWords } from "../../diff/render/words.js";
import { readingsHtml } from "../readings/renderHtml.js";
import type { Reading } from "../readings/report.js";
import { confirmationWords, entryLabels, KIND_WORDS } from "../readings/words.js";
import type { DocItem, DocSection, PolicyDocument } from "./document.js";
import { esc, htmlPage } from "./htmlPage.js";
import { docLead } from "./lead.js";
import { upperFirst } from "./words.js";

function readingHtml(r: Reading): string {
  const labels = entryLabels(r);
  const state = r.kind === "default" ? "default" : r.confirmed ? "confirmed" : "";
  return `<aside class="reading ${state}" aria-label="Reading ${esc(r.id)}"><p><span class="label">Reading <a href="#${esc(r.id)}">${esc(r.id)}</a>, ${esc(KIND_WORDS[r.kind])}</span> (${esc(confirmationWords(r))})</p>
<p><span class="label">${esc(upperFirst(labels.text))}:</span> ${esc(r.text)}</p><p><span class="label">${esc(upperFirst(labels.reading))}:</span> ${esc(r.reading)}</p></aside>`;
}

/** Sentences as list items, each with the readings about its rule inside it; readings about the section stand after the list. */
function itemsHtml(items: readonly DocItem[]): string {
  const out: string[] = [];
  let open = false;
  let group: string | undefined;
  for (const item of items) {
    if (item.kind === "reading") {
      if (item.onRule && open) out[out.length - 1] = out[out.length - 1]!.replace(/<\/li>$/, `${readingHtml(item.reading)}</li>`);
      else {
        if (open) out.push("</ul>");
        open = false;
        out.push(readingHtml(item.reading));
      }
      continue;
    }
    const s = item.sentence;
    if (s.group !== group) {
      if (open) out.push("</ul>");
      open = false;
      group = s.group;
      if (group) out.push(`<h3>${esc(group)}</h3>`);
    }
    if (!open) out.push('<ul class="rules">');
    open = true;
    const cite = citeWords(s.at);
    out.push(`<li>${esc(s.text)}${cite ? ` <span class="src">${esc(cite)}</span>` : ""}</li>`);
  }
  if (open) out.push("</ul>");
  return out.join("\n");
}

function sectionHtml(section: DocSection): string {
  return `<section id="${esc(section.id)}" aria-labelledby="${esc(section.id)}-title"><h2 id="${esc(section.id)}-title">${esc(section.title)}</h2>\n${itemsHtml(section.items)}\n</section>`;
}

export function renderDocHtml(doc: PolicyDocument): string {
  const title = `${doc.title}: the policy in plain English`;
  const contents = [...doc.sections.map((s) => `<li><a href="#${esc(s.id)}">${esc(s.title)}</a></li>`), '<li><a href="#register">Readings register</a></li>'].join("");
  const body = `<header><h1>${esc(title)}</h1><p>${esc(docLead(doc, "A highlighted box"))}</p></header>
<nav aria-label="Contents"><h2>Contents</h2><ol>${contents}</ol></nav>
<main>
${doc.sections.map(sectionHtml).join("\n")}
<section aria-labelledby="register">${readingsHtml(doc.register, "h2")}</section>
</main>`;
  return htmlPage(title, body);
}
