/**
 * Who in the room takes part in the decision, and in which voting unit: the first step
 * of every evaluation, done once per conference. A practitioner's unit follows the
 * policy's resolved vote for their role (a grouping, their agency, themselves), their
 * chosen grouping where the policy offers a choice, and their organisation where each
 * organisation votes apart. Everyone else is heard but does not vote.
 */
import type { Origin } from "../compiler/ir.js";
import type { Attendee, Conference, View } from "./conference.js";
import type { NotApplied, TraceStep } from "./decision.js";
import type { PolicyTables, RoleRule } from "./policyTables.js";
import { listInWords, notApplied, step } from "./trace.js";

export interface Seat {
  id: string;
  attendee: Attendee;
  rule: RoleRule;
  /** Null: involved with every child. */
  involvedWith: ReadonlySet<string> | null;
  lead: boolean;
  views: ReadonlyMap<string, View>;
  takesPart: boolean;
  unitKey: string;
  unitKind: "grouping" | "agency" | "individual";
  unitId: string;
  unitLabel: string;
  organisation: string | null;
}

export interface Attendance {
  seats: Seat[];
  /** Practitioners who form a unit, in the order they attended. */
  participants: Seat[];
  trace: TraceStep[];
  notApplied: NotApplied[];
}

export function isInvolved(seat: Seat, child: string): boolean {
  return seat.involvedWith === null || seat.involvedWith.has(child);
}

function unitOf(tables: PolicyTables, rule: RoleRule, attendee: Attendee, notes: NotApplied[], index: number): Pick<Seat, "unitKey" | "unitKind" | "unitId" | "unitLabel" | "organisation"> {
  const kind = rule.unitKind ?? "individual";
  if (kind === "individual" || rule.unitId === null) {
    return { unitKey: attendee.id, unitKind: "individual", unitId: attendee.id, unitLabel: `${attendee.name ?? attendee.id} (${rule.label})`, organisation: attendee.organisation ?? null };
  }
  let unitId = rule.unitId;
  if (rule.choice) {
    const chosen = attendee.represents;
    if (chosen !== undefined && rule.choice.options.has(chosen)) unitId = chosen;
    else {
      unitId = rule.choice.fallback;
      if (chosen !== undefined) notes.push(notApplied(`attendees[${index}].represents`, `${rule.label} may sit with ${listInWords([...rule.choice.options])} under this policy, not \`${chosen}\`; they sit with ${unitId}`, rule.at));
    }
  } else if (attendee.represents !== undefined && attendee.represents !== unitId) {
    notes.push(notApplied(`attendees[${index}].represents`, `this policy gives ${rule.label} no choice of grouping; they vote with ${unitId}`, rule.at));
  }
  const label = (kind === "grouping" ? tables.groupingLabels.get(unitId) : tables.agencyLabels.get(unitId)) ?? unitId;
  if (!rule.perOrganisation) return { unitKey: unitId, unitKind: kind, unitId, unitLabel: label, organisation: null };
  // Each organisation votes apart; an attendee who names none is an organisation of their own.
  const organisation = attendee.organisation ?? null;
  const key = `${unitId}@${organisation ?? attendee.id}`;
  return { unitKey: key, unitKind: kind, unitId, unitLabel: `${label} (${organisation ?? attendee.id})`, organisation };
}

function participation(rule: RoleRule, attendee: Attendee, admitted: boolean): { takesPart: boolean; why: string } {
  if (!rule.practitioner) return { takesPart: false, why: "is heard but is not a practitioner, so gives no vote" };
  if (rule.status === "not_voting") return { takesPart: false, why: "is heard but is not party to the decision" };
  if (rule.status === "votes") return { takesPart: true, why: "votes" };
  if (admitted) return { takesPart: true, why: "votes because the chair admits their view" };
  if (rule.writtenReportAdmits && attendee.writtenReport === true) return { takesPart: true, why: "votes, having given a written report" };
  return { takesPart: false, why: `votes only at the chair's discretion, and the chair did not admit their view${rule.writtenReportAdmits ? " (nor did they give a written report)" : ""}` };
}

export function takeAttendance(tables: PolicyTables, conference: Conference): Attendance {
  const admitted = new Set(conference.chair?.admits ?? []);
  const seats: Seat[] = [];
  const trace: TraceStep[] = [];
  const notes: NotApplied[] = [];
  const heard: string[] = [];
  conference.attendees.forEach((attendee, index) => {
    const rule = tables.roles.get(attendee.role);
    // Validation has checked every role against this policy's vocabulary.
    if (!rule) throw new Error(`unknown role ${attendee.role}`);
    const { takesPart, why } = participation(rule, attendee, admitted.has(attendee.id));
    if (admitted.has(attendee.id) && rule.status !== "chair_discretion") {
      const reason = rule.status === "votes" ? `${rule.label} votes under this policy without the chair's leave` : `this policy gives the chair no discretion over the view of a ${rule.label}`;
      notes.push(notApplied(`chair.admits (${attendee.id})`, reason, rule.at));
    }
    const seat: Seat = {
      id: attendee.id,
      attendee,
      rule,
      involvedWith: attendee.involvedWith === undefined ? null : new Set(attendee.involvedWith),
      lead: attendee.nominatedLead === true,
      views: new Map(Object.entries(attendee.views ?? {})),
      takesPart,
      ...unitOf(tables, rule, attendee, notes, index),
    };
    seats.push(seat);
    if (!takesPart) {
      if (rule.practitioner) trace.push(step("attendance", `${attendee.id} (${rule.label}) ${why}`, rule.at));
      else heard.push(attendee.id);
    } else if (rule.status === "chair_discretion") {
      trace.push(step("attendance", `${attendee.id} (${rule.label}) ${why}`, rule.at));
    }
  });
  if (heard.length > 0) trace.push(step("attendance", `${listInWords(heard)} ${heard.length === 1 ? "is" : "are"} heard but ${heard.length === 1 ? "is not a practitioner" : "are not practitioners"}, so ${heard.length === 1 ? "gives" : "give"} no vote`, firstNonPractitionerRule(seats)));
  return { seats, participants: seats.filter((s) => s.takesPart), trace, notApplied: notes };
}

function firstNonPractitionerRule(seats: Seat[]): Origin | null {
  return seats.find((s) => !s.rule.practitioner)?.rule.at ?? null;
}
