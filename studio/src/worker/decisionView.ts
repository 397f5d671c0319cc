/**
 * A decision laid out for the page in the command line's own words: the headline and the
 * summary rows come from `renderChildDecision` (cli/renderDecision.ts), the steps of the
 * explanation from the trace, so what the Studio says is what `quorate eval` prints.
 *
 * The summary rows are read back from the lines `renderChildDecision` writes, a label in
 * the first 13 columns and its text after (continuation rows leave the label blank); the
 * Studio's tests compare the whole text with `quorate eval`'s, so a change of layout
 * there shows up here.
 */
import { renderChildDecision, renderDecision } from "../../../cli/renderDecision.js";
import { styleFor } from "../../../cli/style.js";
import type { ChildDecision, DecisionResult, NotApplied, TraceStep } from "../../../runtime/decision.js";
import type { ChildView, DecisionView } from "./protocol.js";

const PLAIN = styleFor(false);
const LABEL_WIDTH = 13;

function place(s: { cite: string | null; line: number | null; file?: string | null }): string {
  const where = s.line === null ? "" : `${s.file ?? "policy"}:${s.line}`;
  return [s.cite, where].filter((p): p is string => p !== null && p !== "").join("; ");
}

function summaryRows(lines: readonly string[]): ChildView["summary"] {
  const rows: ChildView["summary"] = [];
  for (const line of lines) {
    if (line === "") break;
    const label = line.slice(0, LABEL_WIDTH).trim();
    const text = line.slice(LABEL_WIDTH);
    const last = rows[rows.length - 1];
    if (label === "" && last) last.lines.push(text);
    else rows.push({ label, lines: [text] });
  }
  return rows;
}

function notAppliedView(n: NotApplied): DecisionView["notApplied"][number] {
  return { input: n.input, reason: n.reason, place: place(n) };
}

function childView(child: ChildDecision): ChildView {
  const lines = renderChildDecision(child, PLAIN);
  const prefix = `${child.child}${child.unborn ? " (unborn)" : ""}: `;
  const headline = lines[0] ?? "";
  return {
    child: child.child,
    unborn: child.unborn,
    outcome: child.outcome,
    decidedBy: child.decidedBy ?? null,
    headline: headline.startsWith(prefix) ? headline.slice(prefix.length) : headline,
    summary: summaryRows(lines.slice(1)),
    steps: child.trace.map((s: TraceStep) => ({ step: s.step.replace(/_/g, " "), detail: s.detail, place: place(s) })),
    notApplied: child.notApplied.map(notAppliedView),
  };
}

export function decisionView(result: DecisionResult): { view: DecisionView; text: string } {
  const text = renderDecision(result, PLAIN);
  // The lines right after the title say which version decided and on which working days, when the conference is dated.
  const inForce = result.inForce ? text.split("\n").slice(1, 2 + result.inForce.notes.length) : [];
  return {
    text,
    view: { title: result.title, policy: result.policy, inForce: inForce.map((l) => l.trim()), children: result.children.map(childView), notApplied: result.notApplied.map(notAppliedView) },
  };
}
