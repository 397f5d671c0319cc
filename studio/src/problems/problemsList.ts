/**
 * The list of problems under the editor, with their counts: every finding of `quorate
 * check` for the policy shown (and for the base and vocabulary it uses), each with its
 * `help:` line, a link to what its code means, and its quick fixes as buttons.
 */
import { fill, h, plural, withCode } from "../ui/dom.js";
import type { Fix, Problem } from "../worker/protocol.js";

export interface ProblemsHooks {
  reveal(problem: Problem): void;
  applyFix(problem: Problem, fix: Fix): void;
  explainCode(code: string): void;
}

const SEVERITY_WORD: Record<Problem["severity"], string> = { error: "error", warning: "warning", info: "note" };

export function problemCounts(problems: readonly Problem[]): string {
  const count = (severity: Problem["severity"]) => problems.filter((p) => p.severity === severity).length;
  const [errors, warnings, notes] = [count("error"), count("warning"), count("info")];
  if (problems.length === 0) return "no problems";
  return [plural(errors, "error"), plural(warnings, "warning"), plural(notes, "note")].join(", ");
}

export class ProblemsList {
  readonly element: HTMLElement;
  private readonly counts = h("span", { class: "counts", "aria-live": "polite" }, "checking…");
  private readonly summary = h("p", { class: "problems-summary" });
  private readonly list = h("ul", { class: "problems-list" });

  constructor(private readonly hooks: ProblemsHooks) {
    this.element = h("section", { class: "problems", "aria-labelledby": "problems-heading", "data-state": "checking" }, h("h2", { id: "problems-heading" }, "Problems: ", this.counts), this.summary, this.list);
  }

  /** While a change is being checked, the list says so; assistive technology hears the counts once it is done. */
  pending(pending: boolean): void {
    this.element.dataset["state"] = pending ? "checking" : "ready";
  }

  show(file: string, problems: readonly Problem[]): void {
    const errors = problems.filter((p) => p.severity === "error").length;
    this.counts.textContent = problemCounts(problems);
    this.element.dataset["errors"] = String(errors);
    this.summary.textContent =
      errors > 0 ? "The policy cannot be used until its errors are fixed." : "The policy compiles. Warnings are worth reading; notes record where the protocol is silent or ambiguous.";
    fill(this.list, ...problems.map((p) => this.item(file, p)));
  }

  private item(file: string, p: Problem): HTMLElement {
    const elsewhere = p.file !== file;
    const where = `${elsewhere ? `${p.file.replace(/^policies\//, "")}, ` : ""}line ${p.line}, column ${p.column}`;
    return h(
      "li",
      { class: `problem severity-${p.severity}`, "data-code": p.code },
      h("span", { class: `severity-badge severity-${p.severity}` }, SEVERITY_WORD[p.severity]),
      " ",
      h("button", { type: "button", class: "link problem-place", onclick: () => this.hooks.reveal(p) }, where),
      " ",
      h("span", { class: "problem-text" }, ...withCode(p.message)),
      p.help ? h("div", { class: "help" }, h("span", { class: "help-label" }, "help: "), ...withCode(p.help)) : null,
      h(
        "div",
        { class: "problem-actions" },
        h("button", { type: "button", class: "code-link", onclick: () => this.hooks.explainCode(p.code) }, `${p.code}: what this means`),
        ...p.fixes.map((fix) => h("button", { type: "button", class: "fix", onclick: () => this.hooks.applyFix(p, fix) }, "Fix: ", ...withCode(fix.title))),
      ),
    );
  }
}
