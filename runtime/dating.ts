/**
 * A conference's deadlines as dates: the working calendar of a policy (its jurisdiction's
 * public holidays, less the closure days the policy and the deployment declare), and, for
 * one dated conference, the due date of each duty and of each route's start and stages.
 * The arithmetic and the words are runtime/dueDates.ts's; this joins them to the IR.
 */
import type { Deadline, PolicyIR, Route } from "../compiler/ir.js";
import { compareDates } from "../compiler/dates.js";
import type { Conference } from "./conference.js";
import type { InForce } from "./decision.js";
import { dayOf, dueFrom, minutesOf, WorkingCalendar, type Closure, type DueDate, type Moment } from "./dueDates.js";

/** The closure days a policy declares (its bases' included), each with where it is written. */
export function policyClosures(ir: PolicyIR): Closure[] {
  return ir.calendar.closures.map((c) => ({ from: c.from, to: c.to, reason: c.reason, source: `${c.at.file}:${c.at.line}` }));
}

/** The working days a policy's deadlines count: its jurisdiction's, less its closures and any others given. */
export function policyCalendar(ir: PolicyIR, closures: readonly Closure[] = []): WorkingCalendar {
  return new WorkingCalendar(ir.jurisdiction, [...policyClosures(ir), ...closures]);
}

/** The due dates of one dated conference's deadlines; each note met is gathered for the reader. */
export interface Dating {
  due(deadline: Deadline): DueDate;
  route(route: Route): { startBy: DueDate | null; stages: (DueDate | undefined)[] };
}

/** The moment a conference sat, where it gives a real date. */
export function momentOf(conference: Conference): Moment | null {
  const day = conference.date === undefined ? undefined : dayOf(conference.date);
  if (day === undefined) return null;
  const minutes = conference.time === undefined ? undefined : minutesOf(conference.time);
  return { day, minutes: minutes ?? null };
}

export function datingFor(moment: Moment, calendar: WorkingCalendar, notes: Set<string>): Dating {
  const noted = (due: DueDate) => {
    if (due.note !== undefined) notes.add(due.note);
    return due;
  };
  return {
    due: (deadline) => noted(dueFrom(deadline, moment, calendar).due),
    route(route) {
      let start: Moment | null = moment;
      let startBy: DueDate | null = null;
      if (route.startWithin) {
        const counted = dueFrom({ kind: "within", ...route.startWithin.period, then: null }, moment, calendar);
        startBy = noted(counted.due);
        start = counted.end;
      }
      const stages = route.stages.map((stage): DueDate | undefined => {
        if (stage.deadline === null) return undefined;
        if (start === null) return { due: null, note: "the step before it has no date" };
        const counted = dueFrom(stage.deadline, start, calendar);
        start = counted.end;
        return noted(counted.due);
      });
      return { startBy, stages };
    },
  };
}

/** A due date as the fields of a duty or a route's stage in the decision. */
export function dueFields(due: DueDate): { due: string | null; dueTime?: string; provisional?: true; dueNote?: string } {
  const fields: { due: string | null; dueTime?: string; provisional?: true; dueNote?: string } = { due: due.due };
  if (due.dueTime !== undefined) fields.dueTime = due.dueTime;
  if (due.provisional) fields.provisional = true;
  if (due.note !== undefined) fields.dueNote = due.note;
  return fields;
}

export function startByFields(due: DueDate): { startBy: string | null; startByNote?: string } {
  return due.note === undefined ? { startBy: due.due } : { startBy: due.due, startByNote: due.note };
}

/** The version a compiled policy records as in force: its label, dates and file. */
export function versionOf(ir: PolicyIR): NonNullable<InForce["version"]> {
  const { versions, currentVersion } = ir.metadata;
  const current = currentVersion === null ? undefined : versions[currentVersion];
  return { label: current?.label ?? null, effective: current?.effective ?? null, review: current?.review ?? null, file: current?.at.file ?? null };
}

/** What a reader should know about the version a dated conference is decided under: its review date had passed. */
export function reviewNote(version: NonNullable<InForce["version"]>, date: string | null): string | undefined {
  if (date === null || version.review === null || compareDates(date, version.review) <= 0) return undefined;
  const name = version.label === null ? "the policy" : `version “${version.label}”`;
  return `the conference is after the review date of ${name} (${version.review}): a newer protocol may have been in force, and this policy does not record it`;
}
