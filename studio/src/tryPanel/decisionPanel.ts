/**
 * What the policy decides for each child, and why: the outcome and who reached it, the
 * summary `quorate eval` gives (quorum, tally, each unit's view, dissent, categories,
 * duties, routes), then each step of the reasoning with the clause it rests on. The
 * command line's whole text is one click away, to copy into a record.
 */
import { h, withCode } from "../ui/dom.js";
import type { ChildView, Decided, DecisionView } from "../worker/protocol.js";

function clause(place: string): HTMLElement | null {
  return place === "" ? h("span", { class: "clause none" }, "no clause: Quorate's default") : h("span", { class: "clause" }, place);
}

function childCard(child: ChildView): HTMLElement {
  return h(
    "article",
    { class: `child-decision outcome-${child.outcome}`, "data-child": child.child, "data-outcome": child.outcome, "data-decided-by": child.decidedBy ?? "" },
    h("h3", {}, h("span", { class: "child-name" }, `${child.child}${child.unborn ? " (unborn)" : ""}`), " ", h("span", { class: "outcome" }, child.headline)),
    h("dl", { class: "summary" }, ...child.summary.flatMap((row) => [h("dt", {}, row.label), h("dd", {}, ...row.lines.map((line) => h("div", {}, line)))])),
    h("h4", {}, "Why"),
    h("ol", { class: "steps" }, ...child.steps.map((s) => h("li", { "data-step": s.step }, h("span", { class: "step-kind" }, s.step), " ", h("span", { class: "step-detail" }, ...withCode(s.detail)), " ", clause(s.place)))),
    child.notApplied.length > 0 ? h("div", { class: "not-applied" }, h("h4", {}, "Not applied"), h("ul", {}, ...child.notApplied.map((n) => h("li", {}, h("code", {}, n.input), `: ${n.reason} `, clause(n.place))))) : null,
  );
}

function decided(view: DecisionView, text: string): HTMLElement[] {
  return [
    h("h3", { class: "decides-heading" }, `${view.title} decides:`),
    ...view.inForce.map((line) => h("p", { class: "in-force" }, line)),
    ...view.children.map(childCard),
    view.notApplied.length > 0 ? h("div", { class: "not-applied" }, h("h4", {}, "Not applied to this conference"), h("ul", {}, ...view.notApplied.map((n) => h("li", {}, h("code", {}, n.input), `: ${n.reason} `, clause(n.place))))) : null,
    h("details", { class: "eval-text" }, h("summary", {}, "The same, as the command line prints it (quorate eval)"), h("pre", { tabindex: "0" }, text)),
  ].filter((e): e is HTMLElement => e !== null);
}

export function renderDecided(answer: Decided): HTMLElement[] {
  switch (answer.kind) {
    case "decided":
      return decided(answer.view, answer.text);
    case "conference-problems":
      return [
        h("p", { class: "notice" }, "This conference cannot be decided yet:"),
        h("ul", { class: "conference-problems" }, ...answer.problems.map((p) => h("li", {}, h("code", {}, p.path), ": ", ...withCode(p.message), p.hint ? h("div", { class: "help" }, h("span", { class: "help-label" }, "help: "), ...withCode(p.hint)) : null))),
      ];
    case "policy-problems":
      return [h("p", { class: "notice" }, `The policy has ${answer.errors === 1 ? "an error" : `${answer.errors} errors`}, so it cannot decide a conference. Fix ${answer.errors === 1 ? "it" : "them"} first: see Problems, under the policy.`)];
    case "not-a-board":
      return [h("p", { class: "notice" }, `This file is ${answer.what}, not a board's policy. Choose a board's policy above to try a conference under it.`)];
  }
}
