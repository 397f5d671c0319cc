/**
 * What each problem code means: Quorate's diagnostics catalogue (the one docs/diagnostics.md
 * is generated from), with the rule each code enforces and a policy that triggers it, in
 * a dialog over the page. Every code in a problem links here.
 */
import { h, withCode } from "../ui/dom.js";
import type { CatalogueEntryView } from "../worker/protocol.js";

const SEVERITY_WORD: Record<CatalogueEntryView["severity"], string> = { error: "error", warning: "warning", info: "note" };

export class CatalogueDialog {
  readonly element: HTMLDialogElement;
  private readonly entries = new Map<string, HTMLElement>();

  constructor(catalogue: readonly CatalogueEntryView[]) {
    const items = catalogue.map((e) => {
      const heading = h("h3", { tabindex: "-1" }, `${e.code} — ${e.title}`);
      const item = h("section", { class: "catalogue-entry", id: `code-${e.code}` }, heading, h("p", {}, h("span", { class: `severity-badge severity-${e.severity}` }, SEVERITY_WORD[e.severity]), " ", ...withCode(e.invariant)), e.example ? h("details", {}, h("summary", {}, "A policy that shows it"), h("pre", {}, e.example)) : null);
      this.entries.set(e.code, item);
      return item;
    });
    const close = h("button", { type: "button", class: "close", onclick: () => this.element.close() }, "Close");
    this.element = h("dialog", { class: "catalogue", "aria-labelledby": "catalogue-heading" }, h("div", { class: "dialog-head" }, h("h2", { id: "catalogue-heading" }, "What each problem code means"), close), h("div", { class: "catalogue-body" }, ...items));
  }

  explain(code: string): void {
    if (!this.element.open) this.element.showModal();
    const entry = this.entries.get(code);
    if (!entry) return;
    for (const other of this.entries.values()) other.classList.toggle("chosen", other === entry);
    entry.scrollIntoView({ block: "start" });
    entry.querySelector<HTMLElement>("h3")?.focus();
  }
}
