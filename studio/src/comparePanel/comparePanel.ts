/**
 * Compare: choose two or more board policies (as shipped, or as edited or opened here)
 * and see how they differ, aspect by aspect, and which conferences they decide
 * differently, with the smallest of each kind; any of those opens in the Try panel.
 * The search runs in its own worker, so it never holds up the editor, and can be stopped.
 */
import type { Documents } from "../documents.js";
import { fill, h } from "../ui/dom.js";
import type { WorkerClient } from "../worker/client.js";
import type { CompareInput } from "../worker/protocol.js";
import { showReport, type Counterexample } from "./reportView.js";

export interface CompareHooks {
  /** The file in the editor now, and its text. */
  editing(): { path: string; text: string };
  openConference(example: Counterexample, policies: { key: string; path: string }[]): void;
}

interface Candidate {
  input: CompareInput;
  checkbox: HTMLInputElement;
}

export class ComparePanel {
  readonly element: HTMLElement;
  private readonly choices = h("fieldset", { class: "compare-choices" });
  private readonly status = h("p", { class: "compare-status", role: "status" });
  private readonly report = h("div", { class: "compare-report" });
  private readonly run = h("button", { type: "button", class: "primary", "data-action": "compare" }, "Compare");
  private readonly stop = h("button", { type: "button", hidden: true }, "Stop");
  private candidates: Candidate[] = [];
  private chosen = new Set<string>();

  constructor(
    private readonly client: WorkerClient,
    private readonly documents: Documents,
    private readonly hooks: CompareHooks,
  ) {
    this.run.addEventListener("click", () => void this.compare());
    this.stop.addEventListener("click", () => this.client.restart("the comparison was stopped"));
    this.element = h(
      "div",
      { class: "compare" },
      h("h2", {}, "Compare policies"),
      h("p", {}, "Choose two or more boards' policies. Quorate lists every rule that differs, then searches the conferences they could decide differently and shows the smallest of each kind."),
      this.choices,
      h("div", { class: "toolbar" }, this.run, this.stop),
      this.status,
      this.report,
    );
    documents.onChange(() => this.renderChoices());
    this.renderChoices();
  }

  /** The boards as shipped, and the file being edited as it now stands when it differs from what is shipped. */
  renderChoices(): void {
    const key = (i: CompareInput) => `${i.source}:${i.path}`;
    const boards = this.documents
      .all()
      .filter((d) => d.kind === "policy")
      .sort((a, b) => a.title.localeCompare(b.title));
    const inputs: CompareInput[] = [];
    for (const d of boards) {
      const edited = this.documents.edited(d.path);
      // "As shipped" is said only where an edited or opened version sits beside it.
      if (d.shipped !== undefined) inputs.push({ path: d.path, source: "bundled", label: edited ? `${d.title} (as shipped)` : d.title });
      if (edited) inputs.push({ path: d.path, source: "workspace", label: `${d.title} (${d.diskName ? `from ${d.diskName}` : "as edited here"})` });
    }
    this.candidates = inputs.map((input) => {
      const checkbox = h("input", { type: "checkbox", checked: this.chosen.has(key(input)), "data-policy": input.path, "data-source": input.source });
      checkbox.addEventListener("change", () => (checkbox.checked ? this.chosen.add(key(input)) : this.chosen.delete(key(input))));
      return { input, checkbox };
    });
    fill(this.choices, h("legend", {}, "Policies to compare"), ...this.candidates.map((c) => h("label", { class: "check" }, c.checkbox, " ", c.input.label)));
  }

  private async compare(): Promise<void> {
    const inputs = this.candidates.filter((c) => c.checkbox.checked).map((c) => c.input);
    if (inputs.length < 2) {
      this.status.textContent = "Choose at least two policies to compare.";
      return;
    }
    const editing = this.hooks.editing();
    const workspace = { ...this.documents.overlay(), ...(editing.path ? { [editing.path]: editing.text } : {}) };
    this.status.textContent = `Comparing ${inputs.length} policies… the search can take a few seconds.`;
    this.report.dataset["state"] = "pending";
    this.run.disabled = true;
    this.stop.hidden = false;
    try {
      const answer = await this.client.ask({ type: "compare", inputs, workspace });
      if (answer.kind === "problem") {
        this.status.textContent = `These cannot be compared: ${answer.message}.`;
        fill(this.report);
      } else {
        const paths = answer.report.policies.map((p, i) => ({ key: p.key, path: inputs[i]?.path ?? "" }));
        const shown = showReport(this.report, answer.html, (example) => this.hooks.openConference(example, paths));
        const verdict = answer.report.equivalent ? "They decide alike within the search's bounds." : `They differ: ${shown} ${shown === 1 ? "conference is" : "conferences are"} shown below that they decide differently.`;
        this.status.textContent = `Compared in ${(answer.milliseconds / 1000).toFixed(1)} s. ${verdict}`;
        this.status.scrollIntoView({ block: "start" });
      }
    } catch (error) {
      this.status.textContent = error instanceof Error ? `${error.message[0]?.toUpperCase() ?? ""}${error.message.slice(1)}.` : String(error);
    } finally {
      this.report.dataset["state"] = "ready";
      this.run.disabled = false;
      this.stop.hidden = true;
    }
  }
}
