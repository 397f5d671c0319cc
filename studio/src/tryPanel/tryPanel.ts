/**
 * Try a conference: build one in the form (or paste, open or pick one from the shipped
 * scenarios) and see, as you change it or the policy, what the policy decides for each
 * child and why. The conference is one JSON value, the file `quorate eval` reads; the form
 * and the JSON box are two ways of editing it.
 */
import type { BundledScenarioFile } from "../../build/bundledPolicies.js";
import { fill, h } from "../ui/dom.js";
import type { WorkerClient } from "../worker/client.js";
import type { Decided, PolicySummary } from "../worker/protocol.js";
import { CONFERENCE_FILES, openLocalFile, saveLocalFile } from "../files/localFiles.js";
import { chairFieldset, categoriesFieldset, factsFieldset } from "./chairForm.js";
import { asConference, startingConference, tidy, type ConferenceValue } from "./conferenceModel.js";
import { renderDecided } from "./decisionPanel.js";
import { button } from "./formControls.js";
import { childrenFieldset, peopleFieldset } from "./peopleForm.js";
import { scenarioPicker, type ScenarioChoice } from "./scenarioPicker.js";

export interface TryHooks {
  /** The file in the editor and its text now. */
  policy(): { path: string; text: string };
  openPolicy(path: string): void;
  titleOf(path: string): string;
  status(message: string): void;
}

export class TryPanel {
  readonly element: HTMLElement;
  private conference: ConferenceValue | string = startingConference();
  private text = JSON.stringify(this.conference, null, 2);
  private summary: PolicySummary | undefined;
  private seq = 0;
  private readonly decision = h("section", { class: "decision", "aria-labelledby": "decision-heading", "aria-live": "polite", "data-state": "pending" });
  private readonly form = h("div", { class: "conference-form" });
  private readonly note = h("div", { class: "try-note" });
  private readonly json = h("textarea", { class: "conference-json", rows: "16", spellcheck: "false", "aria-label": "The conference as JSON" });

  constructor(
    private readonly client: WorkerClient,
    private readonly hooks: TryHooks,
    scenarios: readonly BundledScenarioFile[],
  ) {
    this.json.addEventListener("input", () => this.fromJson(this.json.value));
    const tools = h(
      "div",
      { class: "toolbar" },
      scenarioPicker(scenarios, hooks.titleOf, (choice) => this.loadScenario(choice)),
      button("Open a conference file…", () => void this.openFile()),
      button("Save this conference…", () => void this.saveFile()),
      button("Start again", () => this.load(startingConference())),
    );
    this.element = h(
      "div",
      { class: "try" },
      h("div", { class: "decision-area" }, h("h2", { id: "decision-heading" }, "What the policy decides"), this.decision),
      h("div", { class: "conference-area" }, h("h2", {}, "The conference"), tools, this.note, this.form, h("details", { class: "json" }, h("summary", {}, "The conference as JSON (the file quorate eval reads)"), this.json)),
    );
    this.renderForm();
  }

  /** The conference as JSON text, as sent to be decided. */
  conferenceText(): string {
    return this.text;
  }

  /** Replaces the conference (from a file, a scenario, or a comparison); `note` says where it came from. */
  load(value: unknown, note: HTMLElement | null = null): void {
    fill(this.note, note);
    this.conference = asConference(value);
    this.text = JSON.stringify(value, null, 2);
    this.json.value = this.text;
    this.renderForm();
    this.refresh();
  }

  /** Decides the conference again under the policy as it now stands. */
  refresh(): void {
    const seq = ++this.seq;
    const { path, text } = this.hooks.policy();
    if (!path) return;
    this.decision.dataset["state"] = "pending";
    this.client.ask({ type: "decide", path, text, conference: this.text }).then(
      (answer) => seq === this.seq && this.showDecided(answer),
      (error: unknown) => seq === this.seq && this.showFailure(error),
    );
  }

  private showDecided(answer: Decided): void {
    if (answer.kind === "decided" || answer.kind === "conference-problems") {
      const roles = this.summary?.roles;
      this.summary = answer.summary;
      // The roles offered depend on the policy: the form is redrawn when they change (keeping the focus where it was).
      if (JSON.stringify(roles) !== JSON.stringify(answer.summary.roles)) this.renderForm();
    }
    fill(this.decision, ...renderDecided(answer));
    this.decision.dataset["state"] = "ready";
  }

  private showFailure(error: unknown): void {
    fill(this.decision, h("p", { class: "notice" }, `The conference could not be decided: ${error instanceof Error ? error.message : String(error)}`));
    this.decision.dataset["state"] = "ready";
  }

  private fromJson(text: string): void {
    this.text = text;
    try {
      const value: unknown = JSON.parse(text);
      this.conference = asConference(value);
      this.renderForm();
    } catch {
      // Not JSON yet: the decision panel says where it breaks; the form keeps what it showed.
    }
    this.refresh();
  }

  private changed(structural: boolean): void {
    if (typeof this.conference === "string") return;
    tidy(this.conference);
    this.text = JSON.stringify(this.conference, null, 2);
    if (document.activeElement !== this.json) this.json.value = this.text;
    if (structural) this.renderForm();
    this.refresh();
  }

  private renderForm(): void {
    const c = this.conference;
    if (typeof c === "string") {
      fill(this.form, h("p", { class: "notice" }, `The form cannot show this conference: ${c}. Edit it as JSON below.`));
      return;
    }
    const changed = (structural: boolean) => this.changed(structural);
    // Redrawing keeps the place: the control that had the focus has it again.
    const focused = document.activeElement instanceof HTMLElement && this.form.contains(document.activeElement) ? focusKey(document.activeElement) : undefined;
    fill(this.form, childrenFieldset(c, changed), peopleFieldset(c, this.summary, changed), chairFieldset(c, changed), categoriesFieldset(c, this.summary, changed), factsFieldset(c, this.summary, changed));
    if (focused) this.form.querySelectorAll<HTMLElement>("input, select, button").forEach((e) => focusKey(e) === focused && e.focus());
  }

  /** A scenario opens with the policy it was written for, and says what that policy should decide. */
  private loadScenario(choice: ScenarioChoice): void {
    const { file, scenario } = choice;
    const expects = Object.entries(scenario.expect as Record<string, { outcome: string; decidedBy?: string | null }>).map(([child, e]) => `${child}: ${e.outcome.replace(/_/g, " ")}${e.decidedBy ? ` (${e.decidedBy.replace(/_/g, " ")})` : ""}`);
    if (this.hooks.policy().path !== file.policy) this.hooks.openPolicy(file.policy);
    const note = h("p", { class: "notice" }, `Scenario “${scenario.name}” (${scenario.clause}): ${this.hooks.titleOf(file.policy)} should decide ${expects.join("; ")}.`);
    this.load(scenario.conference, note);
  }

  private async openFile(): Promise<void> {
    const opened = await openLocalFile(CONFERENCE_FILES);
    if (!opened) return;
    let value: unknown;
    try {
      value = JSON.parse(opened.text);
    } catch {
      this.text = opened.text;
      this.json.value = opened.text;
      this.refresh();
      return;
    }
    this.load(value, h("p", { class: "notice" }, `Opened ${opened.name} from this computer.`));
  }

  private async saveFile(): Promise<void> {
    const saved = await saveLocalFile(CONFERENCE_FILES, "conference.json", this.text.endsWith("\n") ? this.text : `${this.text}\n`);
    if (saved) this.hooks.status(saved.downloaded ? `The conference was downloaded as ${saved.name}.` : `Saved the conference to ${saved.name}.`);
  }
}

/** What identifies a control across a redraw: its fieldset's place and its field. */
function focusKey(element: HTMLElement): string {
  const holder = element.closest<HTMLElement>("[data-attendee], [data-child]");
  return [holder?.dataset["attendee"] ?? "", holder?.dataset["child"] ?? "", element.dataset["field"] ?? element.dataset["action"] ?? element.textContent ?? ""].join("|");
}
