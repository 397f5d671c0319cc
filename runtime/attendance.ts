/**
 * Who in the room takes part in the decision, and in which voting unit: the first step
 * of every evaluation, done once per conference. A practitioner's unit follows the
 * policy's resolved vote for their role (a grouping, their agency, themselves), their
 * chosen grouping where the policy offers a choice, and their organisation where each
 * organisation votes apart. Everyone else is heard but does not vote.
 */
import { DEFAULT_CODES } from "../compiler/catalogue.js";
import type { Origin } from "../compiler/ir.js";
import type { Attendee, Conference, View } from "./conference.js";
import type { NotApplied, TraceStep } from "./decision.js";
import type { PolicyTables, RoleRule } from "./policyTables.js";
import { rememberedDidYouMean } from "../grammar/suggest.js";
import { formatPath } from "./jsonPath.js";
import { listInWords, listSome, notApplied, step } from "./trace.js";

export interface Seat {
  id: string;
  attendee: Attendee;
  rule: RoleRule;
  /**
   * Null: involved with every child. A conference has few children, so a list is quicker
   * to search than a set is to build. Read from the attendee only where the policy or the
   * explanation looks at involvement (`PolicyTables.readsInvolvement`); else null.
   */
  involvedWith: readonly string[] | null;
  lead: boolean;
  /** By child id; read through `seatView`, so a child called `constructor` finds no inherited entry. */
  views: Readonly<Record<string, View>> | null;
  takesPart: boolean;
  unitKey: string;
  unitKind: "grouping" | "agency" | "individual";
  unitId: string;
  unitLabel: string;
  /** The unit's organisation, where each organisation votes apart; for one who votes alone, theirs, a word for the explanation (null when not explained). */
  organisation: string | null;
}

export interface Attendance {
  seats: Seat[];
  /** Practitioners who form a unit, in the order they attended. */
  participants: Seat[];
  /** Empty when the evaluation is not explained. */
  trace: TraceStep[];
  notApplied: NotApplied[];
}

/** Lists longer than this are searched through a set, built once: a thousand attendees each naming a thousand children was a billion comparisons. */
const LONGEST_LIST_SEARCHED = 16;
const involvementSets = new WeakMap<readonly string[], ReadonlySet<string>>();

export function isInvolved(seat: Seat, child: string): boolean {
  const list = seat.involvedWith;
  if (list === null) return true;
  if (list.length <= LONGEST_LIST_SEARCHED) return list.includes(child);
  let set = involvementSets.get(list);
  if (!set) {
    set = new Set(list);
    involvementSets.set(list, set);
  }
  return set.has(child);
}

/**
 * The seat's view on a child; undefined where none was given. One lookup, no `hasOwn`: a
 * child called `constructor` finds only a function inherited from Object, never a view.
 */
export function seatView(seat: Seat, child: string): View | undefined {
  const view: unknown = seat.views?.[child];
  return view === "register" || view === "not_register" || view === "abstain" ? view : undefined;
}

/**
 * Seats the attendee in their unit. The seat arrives as an individual's and is changed in
 * place, so taking attendance makes one object per attendee. `notes` is null when the
 * evaluation is not explained: then labels are left empty too.
 */
function placeInUnit(tables: PolicyTables, rule: RoleRule, seat: Seat, notes: NotApplied[] | null, index: number): void {
  const { attendee } = seat;
  if (rule.alone || rule.unitId === null) {
    if (notes) seat.unitLabel = `${attendee.name ?? attendee.id} (${rule.label})`;
    return;
  }
  const kind = rule.unitKind ?? "individual";
  let unitId = rule.unitId;
  if (rule.choice) {
    const chosen = attendee.represents;
    if (chosen !== undefined && rule.choice.options.has(chosen)) unitId = chosen;
    else {
      unitId = rule.choice.fallback;
      if (notes && chosen !== undefined) {
        // A conference may be written for another board, whose groupings these are not; a near miss is more likely a typo.
        const typo = rememberedDidYouMean(rule.choice.options, chosen, rule.choice.options);
        notes.push(notApplied(formatPath(["attendees", index, "represents"]), `${rule.label} may sit with ${listInWords([...rule.choice.options])} under this policy, not \`${chosen}\`${typo ? ` (${typo})` : ""}; they sit with ${unitId}`, rule.at));
      }
    }
  } else if (notes && attendee.represents !== undefined && attendee.represents !== unitId) {
    notes.push(notApplied(formatPath(["attendees", index, "represents"]), `this policy gives ${rule.label} no choice of grouping; they vote with ${unitId}`, rule.at));
  }
  const label = notes === null ? "" : ((kind === "grouping" ? tables.groupingLabels.get(unitId) : tables.agencyLabels.get(unitId)) ?? unitId);
  seat.unitKind = kind;
  seat.unitId = unitId;
  if (!rule.perOrganisation) {
    seat.unitKey = unitId;
    seat.unitLabel = label;
    seat.organisation = null;
    return;
  }
  // Each organisation votes apart; an attendee who names none is an organisation of their own.
  // `@` and `#` keep the two kinds of key apart, so an attendee id never joins an organisation's unit.
  const organisation = attendee.organisation ?? null;
  seat.unitKey = organisation === null ? `${unitId}#${attendee.id}` : `${unitId}@${organisation}`;
  seat.unitLabel = notes ? `${label} (${organisation ?? attendee.id})` : "";
  seat.organisation = organisation;
}

// Why an attendee does or does not vote, in the singular and the plural.
const REASONS = {
  votes: ["votes", "vote"],
  byDefault: ["votes, though the policy never names the role: the shared vocabulary makes it a practitioner", "vote, though the policy never names the role: the shared vocabulary makes it a practitioner"],
  notPractitioner: ["is heard but is not a practitioner, so gives no vote", "are heard but are not practitioners, so give no vote"],
  notVoting: ["is heard but is not party to the decision", "are heard but are not party to the decision"],
  admitted: ["votes because the chair admits their view", "vote because the chair admits their views"],
  writtenReport: ["votes, having given a written report", "vote, having given written reports"],
  notAdmitted: ["votes only at the chair's discretion, and the chair did not admit their view", "vote only at the chair's discretion, and the chair did not admit their views"],
  notAdmittedNoReport: ["votes only at the chair's discretion, and the chair did not admit their view (nor did they give a written report)", "vote only at the chair's discretion, and the chair did not admit their views (nor did they give written reports)"],
} as const;
type Reason = keyof typeof REASONS;

function participation(rule: RoleRule, attendee: Attendee, admitted: boolean): Reason {
  if (!rule.practitioner) return "notPractitioner";
  if (rule.status === "not_voting") return "notVoting";
  if (rule.status === "votes") return "votes";
  if (admitted) return "admitted";
  if (rule.writtenReportAdmits && attendee.writtenReport === true) return "writtenReport";
  return rule.writtenReportAdmits ? "notAdmittedNoReport" : "notAdmitted";
}

function takesPartFor(reason: Reason): boolean {
  return reason === "votes" || reason === "admitted" || reason === "writtenReport";
}

const NOT_ADMITTED: ReadonlyMap<string, number> = new Map();
// Shared by every attendance not explained, which never adds to them.
const NO_STEPS: TraceStep[] = Object.freeze([]) as unknown as TraceStep[];
const NONE_NOTED: NotApplied[] = Object.freeze([]) as unknown as NotApplied[];

/** With `explain` false, only the seats are taken: no trace, and inputs not applied are not listed. */
export function takeAttendance(tables: PolicyTables, conference: Conference, explain = true): Attendance {
  const admits = conference.chair?.admits;
  let admittedAt = NOT_ADMITTED;
  if (admits !== undefined && admits.length > 0) {
    const admitted = new Map<string, number>();
    admits.forEach((id, i) => admitted.set(id, i));
    admittedAt = admitted;
  }
  const leadsSpeak = tables.ir.voting.nominatedLead !== null;
  const seats: Seat[] = [];
  const participants: Seat[] = [];
  const notes: NotApplied[] = explain ? [] : NONE_NOTED;
  // One step per reason and role, whatever the number of attendees.
  const grouped = explain ? new Map<string, { ids: string[]; reason: Reason; label: string; at: Origin }>() : null;
  const { attendees } = conference;
  for (let index = 0; index < attendees.length; index++) {
    const attendee = attendees[index] as Attendee;
    const rule = tables.roles.get(attendee.role);
    // Validation has checked every role against this policy's vocabulary.
    if (!rule) throw new Error(`unknown role ${attendee.role}`);
    const admitIndex = admittedAt.size === 0 ? undefined : admittedAt.get(attendee.id);
    const reason = participation(rule, attendee, admitIndex !== undefined);
    const takesPart = takesPartFor(reason);
    if (explain && admitIndex !== undefined && rule.status !== "chair_discretion") {
      const reason = rule.status === "votes" ? `${rule.label} votes under this policy without the chair's leave` : `this policy gives the chair no discretion over the view of a ${rule.label}`;
      notes.push(notApplied(formatPath(["chair", "admits", admitIndex]), reason, rule.at));
    }
    // Each field of the attendee read once: attendees parsed from JSON come in many shapes, so every read is a slow, generic one.
    const id = attendee.id;
    const seat: Seat = {
      id,
      attendee,
      rule,
      involvedWith: explain || tables.readsInvolvement ? (attendee.involvedWith ?? null) : null,
      lead: leadsSpeak && attendee.nominatedLead === true,
      views: attendee.views ?? null,
      takesPart,
      unitKey: id,
      unitKind: "individual",
      unitId: id,
      unitLabel: "",
      organisation: explain && rule.alone ? (attendee.organisation ?? null) : null,
    };
    if (explain || !rule.alone) placeInUnit(tables, rule, seat, explain ? notes : null, index);
    seats.push(seat);
    if (takesPart) participants.push(seat);
    if (explain && attendee.nominatedLead === true && !leadsSpeak && takesPart && seat.unitKind !== "individual") {
      notes.push(notApplied(formatPath(["attendees", index, "nominatedLead"]), "the policy does not say that a nominated lead speaks for a unit, so the members' own views are taken", tables.ir.voting.unitAt));
    }
    if (grouped === null || (takesPart && rule.status !== "chair_discretion" && !rule.byDefault)) continue;
    const shown: Reason = takesPart && rule.byDefault && reason === "votes" ? "byDefault" : reason;
    const key = `${rule.practitioner ? rule.id : "-"}\u0000${shown}`;
    const entry = grouped.get(key) ?? { ids: [], reason: shown, label: rule.practitioner ? rule.label : "", at: rule.at };
    entry.ids.push(attendee.id);
    grouped.set(key, entry);
  }
  if (grouped === null) return { seats, participants, trace: NO_STEPS, notApplied: notes };
  const trace = [...grouped.values()].map((g) => {
    const who = g.label ? `${listSome(g.ids)} (${g.label})` : listSome(g.ids);
    return step("attendance", `${who} ${REASONS[g.reason][g.ids.length > 1 ? 1 : 0]}`, g.at, g.reason === "byDefault" ? DEFAULT_CODES.unnamedPractitioners : undefined);
  });
  return { seats, participants, trace, notApplied: notes };
}
