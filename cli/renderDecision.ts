/**
 * A decision as a chair or auditor reads it: for each child the outcome and who reached
 * it, the quorum, each unit's view, dissent, categories and duties, then the reasoning
 * step by step with the clause each step rests on, and any chair input not applied.
 */
import type { ChildDecision, DecisionResult, TraceStep } from "../runtime/decision.js";
import { deadlineInWords, periodInWords } from "../runtime/obligations.js";
import { NO_QUORUM_STATED } from "../runtime/quorumCheck.js";
import type { Style } from "./style.js";

const OUTCOME_WORDS: Record<ChildDecision["outcome"], string> = {
  register: "REGISTER",
  not_register: "NOT REGISTER",
  not_quorate: "NOT QUORATE — no decision",
  chair_decision_required: "THE CHAIR MUST DECIDE",
  deferred: "DEFERRED",
  unresolved: "UNRESOLVED — the vote turns on a unit with no single view",
  protocol_silent: "NO DECISION — the protocol does not say how this is decided",
};

const DECIDED_BY_WORDS: Record<NonNullable<ChildDecision["decidedBy"]>, string> = {
  consensus: "by consensus",
  majority: "by majority",
  chair_casting: "by the chair", // with why: a tie, or no majority (see `chairCastingWhy`)
  chair_executive: "by the chair's executive decision",
  chair_override: "by the chair, overriding the conference",
  chair_no_consensus: "by the chair, the conference having reached no consensus",
};

function where(s: { cite: string | null; line: number | null; file?: string | null }): string {
  const place = s.line === null ? "" : `${s.file ?? "policy"}:${s.line}`;
  const parts = [s.cite, place].filter((p): p is string => p !== null && p !== "");
  return parts.length === 0 ? "" : ` [${parts.join("; ")}]`;
}

function headline(child: ChildDecision, style: Style): string {
  const outcome = OUTCOME_WORDS[child.outcome];
  const coloured = child.outcome === "register" || child.outcome === "not_register" ? style.bold(outcome) : style.warning(outcome);
  const by = child.decidedBy ? ` ${DECIDED_BY_WORDS[child.decidedBy]}${child.decidedBy === "chair_casting" ? chairCastingWhy(child) : ""}` : "";
  return `${style.bold(child.child)}${child.unborn ? " (unborn)" : ""}: ${coloured}${by}`;
}

/**
 * Why the decision fell to the chair: a tie (as many units for each side, each unit
 * resolved), or no majority (no unit gave a view, or the vote turns on units whose members
 * disagree, where the policy gives that to the chair).
 */
function chairCastingWhy(child: ChildDecision): string {
  const t = child.tally;
  const tie = t.register === t.not_register && t.register > 0 && child.unresolved.length === 0;
  return tie ? ", breaking a tie" : ", as there is no majority";
}

function row(label: string, text: string): string {
  return `  ${label.padEnd(11)}${text}`;
}

function unitLines(child: ChildDecision): string[] {
  if (child.units.length === 0) return [row("units", "none")];
  // A loop, not Math.max(...): a conference may have 100,000 units.
  let width = 0;
  for (const u of child.units) width = Math.max(width, Math.min(40, u.label.length));
  return child.units.map((u, i) => {
    const view = u.view === null ? "unresolved" : u.view.replace("_", " ");
    const by = u.view === null ? `members disagree, and no one member speaks for them: ${u.members.slice(0, 8).join(", ")}${u.members.length > 8 ? ` and ${u.members.length - 8} more` : ""}` : u.by !== null ? `by ${u.by}` : u.members.length > 1 ? `${u.members.length <= 8 ? u.members.join(", ") : `all ${u.members.length} members`} agree` : "";
    const note = [by, u.involved ? "" : "not involved"].filter(Boolean).join("; ");
    return row(i === 0 ? "units" : "", `${u.label.padEnd(width)}  ${view.padEnd(13)}${note ? ` (${note})` : ""}`);
  });
}

function quorumLine(child: ChildDecision): string {
  const q = child.quorum;
  const agencies = `${q.agencies.length} ${q.agencies.length === 1 ? "agency" : "agencies"}`;
  if (q.waived) return row("quorum", `waived by the chair: ${agencies}; lacking ${q.missing.join("; ")}`);
  if (!q.met) return row("quorum", `not met: ${q.missing.join("; ")}`);
  if (q.required !== null) return row("quorum", `met: ${agencies} of the ${q.required} needed`);
  // A policy may count groupings or a list of agencies, or only require attendees: it states a quorum all the same.
  if (q.counts.length > 0) return row("quorum", `met: ${q.counts.map((c) => `${c.counted.length} ${c.of} (${c.required} needed)`).join("; ")}`);
  const none = child.trace.some((s) => s.step === "quorum" && s.detail.startsWith(NO_QUORUM_STATED));
  return row("quorum", `met: ${agencies}${none ? `, ${NO_QUORUM_STATED}` : ""}`);
}

function stepLine(s: TraceStep, n: number, style: Style): string {
  return `   ${String(n).padStart(2)}. ${s.step.replace("_", " ")}: ${s.detail}${style.dim(where(s))}`;
}

export function renderChildDecision(child: ChildDecision, style: Style): string[] {
  const lines = [headline(child, style), quorumLine(child)];
  const add = (more: readonly string[]) => {
    for (const line of more) lines.push(line);
  };
  const t = child.tally;
  if (child.units.length > 0) lines.push(row("tally", `${t.register} register, ${t.not_register} not register, ${t.abstain} abstaining${child.unresolved.length > 0 ? `, ${child.unresolved.length} unresolved` : ""}`));
  add(unitLines(child));
  const labelOf = new Map(child.units.map((u) => [u.unit, u.label]));
  if (child.dissent.length > 0) lines.push(row("dissent", child.dissent.map((key) => labelOf.get(key) ?? key).join(", ")));
  if (child.dissenters.length > 0) {
    const people = child.dissenters.map((d) => `${d.attendee}${d.level === "formal" ? " (formal dissent)" : d.level === "reservation" ? " (reservation)" : ""}`);
    lines.push(row("disagree", people.join(", ")));
  }
  for (const [label, list] of [["categories", child.categories], ["concerns", child.concerns]] as const) {
    if (list) lines.push(row(label, `${[list.primary, ...list.secondary, ...list.unranked].filter(Boolean).join(", ") || "none given"}${list.valid ? "" : style.error(` — ${list.problems.join("; ")}`)}`));
  }
  child.obligations.forEach((o, i) => {
    const text = [o.kind.replace(/_/g, " "), o.to ? `to ${o.to}` : "", deadlineInWords(o.deadline), o.units && o.units.length > 0 ? `(${o.units.map((key) => labelOf.get(key) ?? key).join(", ")})` : ""].filter(Boolean).join(" ");
    lines.push(row(i === 0 ? "duties" : "", `${text}${style.dim(where(o))}`));
  });
  child.routes.forEach((r, i) => {
    const how = r.opened ? `opened${r.openedBy.length > 0 ? ` by ${r.openedBy.join(", ")}` : ""}` : `open on request${r.mayStart.length > 0 ? ` to ${r.mayStart.join(", ")}` : ""}`;
    const limit = r.startWithin ? `, within ${periodInWords(r.startWithin)}` : "";
    const stages = r.stages.map((s) => [s.to, deadlineInWords(s.deadline)].filter(Boolean).join(" ")).join(" → ");
    lines.push(row(i === 0 ? "routes" : "", `${r.label}: ${how}${limit}${stages ? `; ${stages}` : ""}${style.dim(where(r))}`));
  });
  lines.push("", "  Why:");
  child.trace.forEach((s, i) => lines.push(stepLine(s, i + 1, style)));
  if (child.notApplied.length > 0) {
    lines.push("", "  Not applied:");
    for (const n of child.notApplied) lines.push(`   - ${n.input}: ${n.reason}${style.dim(where(n))}`);
  }
  return lines;
}

export function renderDecision(result: DecisionResult, style: Style): string {
  const lines = [`${style.bold(result.title)} (${result.policy}) decides:`, ""];
  result.children.forEach((child, i) => {
    if (i > 0) lines.push("");
    for (const line of renderChildDecision(child, style)) lines.push(line);
  });
  if (result.notApplied.length > 0) {
    lines.push("", "Not applied to this conference:");
    for (const n of result.notApplied) lines.push(`  - ${n.input}: ${n.reason}${style.dim(where(n))}`);
  }
  return lines.join("\n") + "\n";
}
