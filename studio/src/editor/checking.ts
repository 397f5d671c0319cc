/**
 * Checking as you type: every change sends the text to the worker, and its answer (every
 * problem `quorate check` reports, and the names the parser read) is laid on the editor.
 * An answer may come back after more typing: its places are mapped through the changes
 * made since, so a problem stays on the word it is about.
 *
 * The time from each change to its problems being on the page is recorded with the User
 * Timing API (see latency.ts).
 */
import { ChangeSet, type ChangeDesc } from "@codemirror/state";
import { setDiagnostics, type Action, type Diagnostic } from "@codemirror/lint";
import type { EditorView, ViewUpdate } from "@codemirror/view";
import type { WorkerClient } from "../worker/client.js";
import type { Checked, Fix, Problem } from "../worker/protocol.js";
import { h, withCode } from "../ui/dom.js";
import { LATENCY_MEASURE } from "./latency.js";
import { setNames } from "./semanticNames.js";

interface InFlight {
  seq: number;
  file: string;
  /** The changes made to the text since it was sent. */
  since: ChangeDesc;
}

export interface CheckingHooks {
  /** Every problem found, those of the edited file at their current places, and what the file's header says it is. */
  onProblems(file: string, problems: Problem[], header: Checked["header"]): void;
  onFailure(message: string): void;
  explainCode(code: string): void;
  /** Whether a change's problems are still to come (the list says "checking…" meanwhile). */
  onPending(pending: boolean): void;
}

export class Checking {
  private seq = 0;
  private inFlight: InFlight[] = [];
  /** Changes whose problems are not on the page yet, with when each was made. */
  private unshown: { seq: number; at: number }[] = [];

  constructor(
    private readonly client: WorkerClient,
    private readonly hooks: CheckingHooks,
    /** The file the editor shows now: an answer about another is not laid on it. */
    private readonly shown: () => string,
  ) {}

  /** The editor now shows another file (or a new text of it): answers still on the way are not laid on it. */
  reset(): void {
    this.inFlight = [];
  }

  /** After every change to the editor's text. */
  changed(update: ViewUpdate, file: string): void {
    if (!update.docChanged) return;
    for (const entry of this.inFlight) if (entry.file === file) entry.since = entry.since.composeDesc(update.changes.desc);
    this.check(update.view, file, performance.now());
  }

  check(view: EditorView, file: string, at = performance.now()): void {
    const seq = ++this.seq;
    const text = view.state.doc.toString();
    this.inFlight.push({ seq, file, since: ChangeSet.empty(text.length).desc });
    this.unshown.push({ seq, at });
    this.hooks.onPending(true);
    this.client.ask({ type: "check", path: file, text }).then(
      (answer) => {
        const entry = this.inFlight.find((e) => e.seq === seq);
        this.inFlight = this.inFlight.filter((e) => e.seq > seq);
        if (answer.superseded || !entry || this.shown() !== file) return;
        const problems = answer.problems.map((p) => (p.file === file ? mapProblem(p, entry.since) : p));
        const names = answer.names.map((n) => ({ ...n, from: entry.since.mapPos(n.from, 1), to: entry.since.mapPos(n.to, -1) }));
        const length = view.state.doc.length;
        const own = problems.filter((p) => p.file === file).map((p) => this.diagnostic(p, length));
        view.dispatch(setDiagnostics(view.state, own), { effects: setNames.of(names) });
        this.hooks.onProblems(file, problems, answer.header);
        this.measure(seq);
      },
      (error: unknown) => {
        this.unshown = this.unshown.filter((c) => c.seq > seq);
        if (this.unshown.length === 0) this.hooks.onPending(false);
        this.hooks.onFailure(error instanceof Error ? error.message : String(error));
      },
    );
  }

  private measure(seq: number): void {
    const end = performance.now();
    for (const change of this.unshown) if (change.seq <= seq) performance.measure(LATENCY_MEASURE, { start: change.at, end });
    this.unshown = this.unshown.filter((c) => c.seq > seq);
    if (this.unshown.length === 0) this.hooks.onPending(false);
  }

  private diagnostic(p: Problem, length: number): Diagnostic {
    const from = Math.min(p.from, length);
    return {
      from,
      to: Math.max(from, Math.min(p.to, length)),
      severity: p.severity,
      message: p.help ? `${p.message} (help: ${p.help})` : p.message,
      renderMessage: () => problemMessage(p, this.hooks.explainCode),
      actions: p.fixes.map((fix) => fixAction(fix, from)),
    };
  }
}

function mapProblem(p: Problem, since: ChangeDesc): Problem {
  const from = since.mapPos(p.from, 1);
  const shift = (n: number, assoc: number) => since.mapPos(n, assoc);
  return { ...p, from, to: Math.max(from, shift(p.to, -1)), fixes: p.fixes.map((f) => ({ ...f, changes: f.changes.map((c) => ({ ...c, from: shift(c.from, 1), to: Math.max(shift(c.from, 1), shift(c.to, -1)) })) })) };
}

/** A quick fix as the editor offers it; its edits move with the problem if the text moved since. */
export function fixAction(fix: Fix, problemFrom: number): Action {
  return {
    name: fix.title.replace(/`/g, ""),
    apply(view, from) {
      const shift = from - problemFrom;
      view.dispatch({ changes: fix.changes.map((c) => ({ from: c.from + shift, to: c.to + shift, insert: c.insert })), userEvent: "input.fix" });
    },
  };
}

/** The message, its `help:` line, and the code linking to what it means. */
export function problemMessage(p: Problem, explainCode: (code: string) => void): HTMLElement {
  return h(
    "div",
    { class: "problem-message" },
    h("div", {}, ...withCode(p.message)),
    p.help ? h("div", { class: "help" }, h("span", { class: "help-label" }, "help: "), ...withCode(p.help)) : null,
    h("button", { type: "button", class: "code-link", title: `What ${p.code} means`, onclick: () => explainCode(p.code) }, `${p.code}: what this means`),
  );
}
