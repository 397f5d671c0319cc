/**
 * The little Markdown the language service writes in a hover (`**bold**`, `` `code` ``,
 * line breaks, `- ` lists and `---` between parts), turned into elements. Text stays
 * text: nothing is parsed as HTML.
 */
import { h, withCode } from "../ui/dom.js";

function inline(text: string): Node[] {
  return text.split(/(\*\*[^*]+\*\*)/).flatMap((part) => (part.startsWith("**") && part.endsWith("**") && part.length > 4 ? [h("strong", {}, ...withCode(part.slice(2, -2)))] : withCode(part)));
}

function part(markdown: string): HTMLElement {
  const box = h("div", { class: "md-part" });
  let list: HTMLUListElement | undefined;
  for (const line of markdown.split(/ {2}\n|\n/)) {
    if (line.startsWith("- ")) {
      list ??= box.appendChild(h("ul"));
      list.appendChild(h("li", {}, ...inline(line.slice(2))));
    } else if (line.trim() !== "") {
      list = undefined;
      box.appendChild(h("p", {}, ...inline(line)));
    }
  }
  return box;
}

export function markdownToElement(markdown: string): HTMLElement {
  const parts = markdown.split(/\n\n---\n\n/).map(part);
  return h("div", { class: "md" }, ...parts.flatMap((p, i) => (i === 0 ? [p] : [h("hr"), p])));
}
