/**
 * Voting units for one child, and the one view each gives. Several practitioners in a
 * grouping (or agency) give one vote: their nominated lead's, or the view they share.
 * When they disagree and no single lead speaks for them, the unit's view is unresolved;
 * the evaluator reports it rather than guess which member speaks.
 */
import type { Choice, View } from "./conference.js";
import { isInvolved, seatView, type Seat } from "./attendance.js";

export interface Unit {
  key: string;
  kind: Seat["unitKind"];
  id: string;
  label: string;
  organisation: string | null;
  members: Seat[];
}

export interface UnitView {
  /** Null when the members disagree and no one lead speaks for the unit. */
  view: View | null;
  by: string | null;
}

export function formUnits(seats: readonly Seat[]): Unit[] {
  // Where everyone votes as an individual, attendee ids (unique, as validation has checked) are the keys.
  if (seats.every((s) => s.unitKind === "individual")) return seats.map((s) => ({ key: s.unitKey, kind: s.unitKind, id: s.unitId, label: s.unitLabel, organisation: s.organisation, members: [s] }));
  const units = new Map<string, Unit>();
  for (const seat of seats) {
    let unit = units.get(seat.unitKey);
    if (!unit) {
      unit = { key: seat.unitKey, kind: seat.unitKind, id: seat.unitId, label: seat.unitLabel, organisation: seat.organisation, members: [] };
      units.set(seat.unitKey, unit);
    }
    unit.members.push(seat);
  }
  return [...units.values()];
}

export function unitInvolved(unit: Unit, child: string): boolean {
  return unit.members.some((m) => isInvolved(m, child));
}

function viewOf(seat: Seat, child: string): View {
  return seatView(seat, child) ?? "abstain";
}

/** One view from several: the views given (not abstentions) if they agree, else none. */
function sharedView(seats: readonly Seat[], child: string): View | null {
  let shared: View = "abstain";
  for (const seat of seats) {
    const view = viewOf(seat, child);
    if (view === "abstain") continue;
    if (shared === "abstain") shared = view;
    else if (shared !== view) return null;
  }
  return shared;
}

/** The member who speaks for the unit: its only member, or its one nominated lead; null when none does. */
function speaker(members: readonly Seat[]): Seat | null {
  const [first] = members;
  if (members.length === 1 && first) return first;
  let lead: Seat | null = null;
  for (const m of members) {
    if (!m.lead) continue;
    if (lead !== null) return null;
    lead = m;
  }
  return lead;
}

/** The view several members give when no one speaks for them: their leads' if they have several, else everyone's. */
function agreedView(members: readonly Seat[], child: string): View | null {
  return members.some((m) => m.lead) ? sharedView(members.filter((m) => m.lead), child) : sharedView(members, child);
}

export function unitView(unit: Unit, child: string): UnitView {
  const by = speaker(unit.members);
  return by ? { view: viewOf(by, child), by: by.id } : { view: agreedView(unit.members, child), by: null };
}

/** `unitView`'s view alone, for the decisions-only path. */
export function unitVote(unit: Unit, child: string): View | null {
  const by = speaker(unit.members);
  return by ? viewOf(by, child) : agreedView(unit.members, child);
}

/** The view every practitioner in the units who gave one shares; null when they differ or none was given. */
export function roomConsensus(units: readonly Unit[], child: string): Choice | null {
  let shared: Choice | null = null;
  for (const unit of units) {
    for (const m of unit.members) {
      const view = seatView(m, child);
      if (view === undefined || view === "abstain") continue;
      if (shared === null) shared = view;
      else if (shared !== view) return null;
    }
  }
  return shared;
}
