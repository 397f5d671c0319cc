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

export function unitView(unit: Unit, child: string): UnitView {
  const { members } = unit;
  const [first] = members;
  if (members.length === 1 && first) return { view: viewOf(first, child), by: first.id };
  // Counted before any list is made: most units have no lead or just one.
  let lead: Seat | undefined;
  let leads = 0;
  for (const m of members) {
    if (!m.lead) continue;
    leads++;
    lead ??= m;
  }
  if (leads === 1 && lead) return { view: viewOf(lead, child), by: lead.id };
  if (leads > 1) return { view: sharedView(members.filter((m) => m.lead), child), by: null };
  return { view: sharedView(members, child), by: null };
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
