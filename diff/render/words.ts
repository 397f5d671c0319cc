/** Words shared by the diff's renderings: citations, outcomes, a counterexample's room. */
import type { Origin } from "../../compiler/ir.js";
import type { Conference } from "../../runtime/conference.js";
import type { TraceStep } from "../../runtime/decision.js";
import type { Counterexample, PairComparison, SearchBounds } from "../report.js";

/** "§2 para 5 (file.policy:94)": the clause (its words before the colon) and the policy line. */
function placeWords(cite: string | null, file: string | null, line: number | null): string | null {
  const clause = cite ? (cite.split(":")[0] ?? null) : null;
  const where = file && line ? `${file}:${line}` : null;
  return clause && where ? `${clause} (${where})` : (clause ?? where);
}

export function citeWords(at: Origin | null): string {
  return at ? (placeWords(at.cite, at.file, at.line) ?? "") : "";
}

export function outcomeWords(outcome: string): string {
  return outcome.replaceAll("_", " ");
}

export function percent(share: number): string {
  if (share > 0 && share < 0.001) return "<0.1%";
  return `${(share * 100).toFixed(1)}%`;
}

export function count(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

/** One line per attendee: who, which organisation, their view on each child, and contact. */
export function attendeeLines(conference: Conference): string[] {
  return conference.attendees.map((a) => {
    const views = Object.entries(a.views ?? {}).map(([child, view]) => `${child}: ${outcomeWords(view)}`);
    const extras = [a.involvedWith && a.involvedWith.length === 0 ? "no direct contact" : null, a.nominatedLead ? "nominated lead" : null, a.represents ? `sits with ${a.represents}` : null, a.writtenReport ? "written report" : null].filter((x): x is string => x !== null);
    return `${a.id} ${a.role}${a.organisation ? ` (${a.organisation})` : ""} — ${views.join(", ") || "no view"}${extras.length > 0 ? `; ${extras.join(", ")}` : ""}`;
  });
}

export function chairWords(conference: Conference): string {
  const chair = conference.chair;
  if (!chair) return "the chair gives no input";
  const parts: string[] = [];
  for (const [child, choice] of Object.entries(chair.decides ?? {})) parts.push(`decides ${outcomeWords(choice)} for ${child}`);
  for (const [child, o] of Object.entries(chair.override ?? {})) parts.push(`overrides ${child} to ${outcomeWords(o.outcome)}`);
  if (chair.authorisedToOverride) parts.push("is authorised by the board to override");
  if (chair.admits?.length) parts.push(`admits the view of ${chair.admits.join(", ")}`);
  if (chair.proceedWithoutQuorum) parts.push("proceeds without a quorum");
  for (const child of Object.keys(chair.defer ?? {})) parts.push(`defers ${child}`);
  return `the chair ${parts.join(", ")}`;
}

export function childrenWords(conference: Conference): string {
  return conference.children.map((c) => `${c.id}${c.unborn ? " (unborn)" : ""}`).join(", ");
}

const DECISIVE: ReadonlySet<TraceStep["step"]> = new Set(["consensus", "vote", "tie_break", "chair", "override", "deferral", "units"]);

/** The step that settled the outcome: the last quorum step when not quorate, else the last deciding step. */
export function decisiveStep(outcome: string, trace: readonly TraceStep[]): TraceStep | undefined {
  const wanted = outcome === "not_quorate" ? (s: TraceStep) => s.step === "quorum" && /needed|no .* attends/.test(s.detail) : (s: TraceStep) => DECISIVE.has(s.step);
  return [...trace].reverse().find(wanted) ?? [...trace].reverse().find((s) => s.step === "quorum");
}

export function stepCite(step: TraceStep): string {
  return placeWords(step.cite, step.file, step.line) ?? "no clause: Quorate's default";
}

export function pairCounterexamples(pair: PairComparison, all: readonly Counterexample[]): Counterexample[] {
  return all.filter((c) => c.between[0] === pair.between[0] && c.between[1] === pair.between[1]);
}

export function roomSize(c: Counterexample): string {
  return `${count(c.attendees, "attendee")}, ${count(c.children, "child", "children")}`;
}

/** ", at most 3 from one group of roles sharing a unit or agency", where that limits the room. */
export function perGroupWords(bounds: SearchBounds): string {
  return bounds.perGroup.max < bounds.attendees.max ? `, at most ${bounds.perGroup.max} from one group of roles sharing a unit or an agency` : "";
}
