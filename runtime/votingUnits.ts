/**
 * Voting units for one child, and the one view each gives. Several practitioners in a
 * grouping (or agency) give one vote: their nominated lead's, or the view they share.
 * When they disagree and no single lead speaks for them, the unit's view is unresolved;
 * the evaluator reports it rather than guess which member speaks.
 */
import type { View } from "./conference.js";
import { isInvolved, type Seat } from "./attendance.js";

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
  return seat.views.get(child) ?? "abstain";
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
  const [first] = unit.members;
  if (unit.members.length === 1 && first) return { view: viewOf(first, child), by: first.id };
  const leads = unit.members.filter((m) => m.lead);
  const [lead] = leads;
  if (leads.length === 1 && lead) return { view: viewOf(lead, child), by: lead.id };
  if (leads.length > 1) return { view: sharedView(leads, child), by: null };
  return { view: sharedView(unit.members, child), by: null };
}
