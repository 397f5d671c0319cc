/** Choosing the file to edit: the boards' policies, the bases and vocabulary they build on, and files opened from this computer. */
import type { Documents, PolicyDocument } from "./documents.js";
import { fill, h } from "./ui/dom.js";

const GROUPS: [string, (d: PolicyDocument) => boolean][] = [
  ["Opened from this computer", (d) => d.diskName !== undefined],
  ["Boards' policies", (d) => d.kind === "policy"],
  ["Bases and the shared vocabulary", (d) => d.kind !== "policy"],
];

export class PolicyPicker {
  readonly element: HTMLElement;
  private readonly select = h("select", { id: "policy-choice" });

  constructor(
    private readonly documents: Documents,
    chosen: (path: string) => void,
  ) {
    this.select.addEventListener("change", () => chosen(this.select.value));
    this.element = h("label", { class: "field policy-picker" }, h("span", { class: "field-label" }, "Policy"), this.select);
    documents.onChange(() => this.render());
  }

  /** Redraws the list, keeping the file shown chosen; an edited file is marked. */
  render(current = this.select.value): void {
    const placed = new Set<string>();
    const groups = GROUPS.map(([label, belongs]) => {
      const members = this.documents
        .all()
        .filter((d) => !placed.has(d.path) && belongs(d))
        .sort((a, b) => a.title.localeCompare(b.title));
      for (const d of members) placed.add(d.path);
      return members.length === 0 ? null : h("optgroup", { label }, ...members.map((d) => h("option", { value: d.path, selected: d.path === current }, `${d.title}${this.documents.edited(d.path) && d.diskName === undefined ? " (edited)" : ""}`)));
    });
    fill(this.select, ...groups);
    this.select.value = current;
  }
}
