/**
 * Duties that follow a decision: the events the evaluation can see (the decision itself,
 * dissent, disagreement by the people a duty names, the chair deciding or overriding, a
 * waiver, a quorum not met, a deferral, the chair's concern) select the policy's duties
 * triggered by them, where the facts of the case fit. Events that happen outside the
 * conference (a strategy discussion, a later appeal) are duties the policy lists but an
 * evaluation cannot detect, so they are never fired here.
 */
import { DEFAULT_CODES } from "../compiler/catalogue.js";
import type { Who } from "../compiler/ir.js";
import { deadlineWithDue } from "./dueDates.js";
import { dueFields, type Dating } from "./dating.js";
import type { Seat } from "./attendance.js";
import type { ObligationResult, TraceStep } from "./decision.js";
import { conditionWords, type Holds } from "./facts.js";
import type { PolicyTables } from "./policyTables.js";
import { selects } from "./selection.js";
import { listSome, step } from "./trace.js";

/** What the evaluation saw happen for one child. */
export interface Happened {
  events: Set<string>;
  /** For the events about people (disagreement, formal dissent, reservation): who. */
  people: Map<string, Seat[]>;
}

export { deadlineInWords, periodInWords } from "./dueDates.js";

/** The people an event about people concerns, narrowed to those `by` names; all of them when it names none. */
export function peopleOf(tables: PolicyTables, happened: Happened, event: string, by: Who | null): Seat[] {
  const all = happened.people.get(event) ?? [];
  return by === null ? all : all.filter((s) => selects(tables, by, s));
}

/** Whether a trigger fired: its event happened, to the people it names, in a case its condition fits. */
export function fired(tables: PolicyTables, happened: Happened, holds: Holds, event: string, by: Who | null, when: PolicyTables["ir"]["obligations"][number]["when"]): Seat[] | null {
  if (!happened.events.has(event)) return null;
  const people = happened.people.has(event) ? peopleOf(tables, happened, event, by) : [];
  if (happened.people.has(event) && people.length === 0) return null;
  if (!holds(when)) return null;
  return people;
}

export interface DissentFound {
  /** The dissenting units' keys, for the result, and their labels, for the trace. */
  keys: readonly string[];
  labels: readonly string[];
  /** Everyone who disagrees or records a dissent. */
  attendees: readonly string[];
}

export function triggeredObligations(tables: PolicyTables, happened: Happened, holds: Holds, dissent: DissentFound, trace: TraceStep[], dating: Dating | null = null): ObligationResult[] {
  const results: ObligationResult[] = [];
  for (const o of tables.ir.obligations) {
    const people = fired(tables, happened, holds, o.trigger, o.by, o.when);
    if (people === null) continue;
    const lists = tables.actions.get(o.action)?.listsDissenters === true;
    const due = dating !== null && o.deadline !== null ? dating.due(o.deadline) : undefined;
    // Fields in the order of the schema, added one by one (not spread inside a literal, which V8 makes slow).
    const result: Partial<ObligationResult> = { kind: o.action, trigger: o.trigger, description: o.description, to: o.to, deadline: o.deadline };
    if (due) Object.assign(result, dueFields(due));
    if (lists) result.units = [...dissent.keys];
    if (lists) result.attendees = [...dissent.attendees];
    else if (happened.people.has(o.trigger)) result.attendees = people.map((s) => s.id);
    result.cite = o.at.cite;
    result.line = o.at.line;
    result.file = o.at.file;
    results.push(result as ObligationResult);
    const words = [o.action.replace(/_/g, " "), o.to ? `to ${o.to}` : "", deadlineWithDue(o.deadline, due)].filter(Boolean).join(" ");
    const who = people.length > 0 ? ` (${listSome(people.map((s) => s.id))})` : "";
    const when = o.when === null ? "" : `, as ${conditionWords(o.when)}`;
    const listed = lists && dissent.labels.length + dissent.attendees.length > 0 ? `: ${listSome([...dissent.labels, ...dissent.attendees.filter((a) => !dissent.labels.includes(a))])}` : "";
    // An event about people with no `by` follows anyone's: Quorate's default, named in the step.
    const byDefault = o.by === null && happened.people.has(o.trigger) ? DEFAULT_CODES.whoseDisagreement : undefined;
    trace.push(step("obligations", `${o.trigger.replace(/_/g, " ")}${who}${when}: ${words}${o.description ? ` (${o.description})` : ""}${listed}`, o.at, byDefault));
  }
  return results;
}
