/**
 * Tabs as the WAI-ARIA pattern has them: the tab list is one stop for Tab, the arrow keys
 * (and Home, End) move between tabs, and each tab shows its own panel.
 */
import { h } from "./dom.js";

export interface Tab {
  id: string;
  label: string;
  panel: HTMLElement;
}

export class Tabs {
  readonly list: HTMLElement;
  readonly panels: HTMLElement[];
  private readonly buttons: HTMLButtonElement[];

  constructor(
    label: string,
    private readonly tabs: Tab[],
  ) {
    this.buttons = tabs.map((t, i) =>
      h("button", { type: "button", role: "tab", id: `tab-${t.id}`, "aria-controls": `panel-${t.id}`, "aria-selected": i === 0 ? "true" : "false", tabindex: i === 0 ? "0" : "-1", onclick: () => this.select(t.id) }, t.label),
    );
    this.list = h("div", { role: "tablist", "aria-label": label, class: "tabs" }, ...this.buttons);
    this.list.addEventListener("keydown", (event) => this.key(event));
    this.panels = tabs.map((t, i) => h("div", { role: "tabpanel", id: `panel-${t.id}`, "aria-labelledby": `tab-${t.id}`, class: "tab-panel", hidden: i !== 0 }, t.panel));
  }

  select(id: string, focus = false): void {
    this.tabs.forEach((t, i) => {
      const on = t.id === id;
      const tab = this.buttons[i] as HTMLButtonElement;
      tab.setAttribute("aria-selected", on ? "true" : "false");
      tab.tabIndex = on ? 0 : -1;
      (this.panels[i] as HTMLElement).hidden = !on;
      if (on && focus) tab.focus();
    });
  }

  private key(event: KeyboardEvent): void {
    const at = this.buttons.findIndex((b) => b === document.activeElement);
    if (at < 0) return;
    const n = this.tabs.length;
    const next = event.key === "ArrowRight" ? (at + 1) % n : event.key === "ArrowLeft" ? (at - 1 + n) % n : event.key === "Home" ? 0 : event.key === "End" ? n - 1 : -1;
    if (next < 0) return;
    event.preventDefault();
    this.select((this.tabs[next] as Tab).id, true);
  }
}
