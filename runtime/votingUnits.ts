/**
 * Voting units for one child, and the one view each gives. Several practitioners in a
 * grouping (or agency) give one vote: their nominated lead's, or the view they share.
 * When they disagree and no single lead speaks for them, the unit's view is unresolved;
 * the evaluator reports it rather than guess which member speaks.
 */
import type { Choice, View } from "./conference.js";
import { isInvolved, seatView, type Seat } from "./attendance.js";

/** A unit of several members. */
export interface Unit {
  key: string;
  kind: Seat["unitKind"];
  id: string;
  label: string;
  organisation: string | null;
  members: Seat[];
}

/**
 * A unit as the evaluator holds it: a unit of one member is that member's seat, whose
 * `unit*` fields are the unit's, so a board where each practitioner votes alone makes no
 * unit objects at all. Only a unit that gathers a second member becomes a `Unit`.
 */
export type VotingUnit = Seat | Unit;

export interface UnitView {
  /** Null when the members disagree and no one lead speaks for the unit. */
  view: View | null;
  by: string | null;
}

export function isSeat(unit: VotingUnit): unit is Seat {
  return (unit as Partial<Unit>).members === undefined;
}

/** A unit's members as a list; for the explanation, which may allocate. */
export function membersOf(unit: VotingUnit): readonly Seat[] {
  return isSeat(unit) ? [unit] : unit.members;
}

export function unitKey(unit: VotingUnit): string {
  return isSeat(unit) ? unit.unitKey : unit.key;
}

export function unitLabel(unit: VotingUnit): string {
  return isSeat(unit) ? unit.unitLabel : unit.label;
}

/**
 * The voting units the seats form, in the order each unit's first member attended. Where
 * every role votes alone (`individualsOnly`), the seats are the units, as they are.
 */
export function votingUnits(seats: readonly Seat[], individualsOnly: boolean): readonly VotingUnit[] {
  if (individualsOnly) return seats;
  // Attendee ids (unique, as validation has checked) are the keys of individuals; every seat is keyed in one map, as units always have been.
  const at = new Map<string, number>();
  const units: VotingUnit[] = [];
  for (const seat of seats) {
    const i = at.get(seat.unitKey);
    if (i === undefined) {
      at.set(seat.unitKey, units.length);
      units.push(seat);
      continue;
    }
    const unit = units[i] as VotingUnit;
    if (isSeat(unit)) units[i] = { key: unit.unitKey, kind: unit.unitKind, id: unit.unitId, label: unit.unitLabel, organisation: unit.organisation, members: [unit, seat] };
    else unit.members.push(seat);
  }
  return units;
}

export function unitInvolved(unit: VotingUnit, child: string): boolean {
  if (isSeat(unit)) return isInvolved(unit, child);
  for (const m of unit.members) if (isInvolved(m, child)) return true;
  return false;
}

function viewOf(seat: Seat, child: string): View {
  return seatView(seat, child) ?? "abstain";
}

/** One view from several: the views given (not abstentions) if they agree, else none. */
function sharedView(seats: readonly Seat[], leadsOnly: boolean, child: string): View | null {
  let shared: View = "abstain";
  for (const seat of seats) {
    if (leadsOnly && !seat.lead) continue;
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

function hasLead(members: readonly Seat[]): boolean {
  for (const m of members) if (m.lead) return true;
  return false;
}

export function unitView(unit: VotingUnit, child: string): UnitView {
  if (isSeat(unit)) return { view: viewOf(unit, child), by: unit.id };
  const by = speaker(unit.members);
  return by ? { view: viewOf(by, child), by: by.id } : { view: unitVote(unit, child), by: null };
}

/**
 * `unitView`'s view alone, for the decisions-only path: a unit of one gives its member's
 * view; several give their leads' shared view if any lead (one lead's view is just that
 * lead's), else everyone's.
 */
export function unitVote(unit: VotingUnit, child: string): View | null {
  if (isSeat(unit)) return viewOf(unit, child);
  return sharedView(unit.members, hasLead(unit.members), child);
}

export interface UnitCount {
  register: number;
  not_register: number;
  abstain: number;
  /** Units with no single view. */
  unresolved: number;
  consensus: Choice | null;
  /** With `consensus`: whether any practitioner in the units gave a view (so a null consensus means the views differ). */
  viewGiven: boolean;
}

/**
 * `countUnits` where every unit is a seat (a policy whose practitioners all vote alone).
 * The same count, from a loop that only ever meets seats: in a process that had also
 * decided under a policy with units of several members, `countUnits` met both kinds and
 * counted some 40% slower (profiled 2026-12-05).
 */
export function countSeats(seats: readonly Seat[], child: string, count: UnitCount, consensus: boolean): void {
  let register = 0;
  let notRegister = 0;
  let abstain = 0;
  let shared: Choice | "none" | null = "none";
  for (const seat of seats) {
    const view = seatView(seat, child) ?? "abstain";
    if (consensus && shared !== null && view !== "abstain") shared = shared === "none" || shared === view ? view : null;
    if (view === "register") register++;
    else if (view === "not_register") notRegister++;
    else abstain++;
  }
  count.register = register;
  count.not_register = notRegister;
  count.abstain = abstain;
  count.unresolved = 0;
  if (consensus) {
    count.consensus = shared === "none" ? null : shared;
    count.viewGiven = shared !== "none";
  }
}

/**
 * What a child's units give, counted in place: `count` is reused, so a child costs no
 * objects here. With `consensus`, also the view every practitioner in the units who gave
 * one shares (null when they differ or none was given).
 */
export function countUnits(units: readonly VotingUnit[], child: string, count: UnitCount, consensus: boolean): void {
  let register = 0;
  let notRegister = 0;
  let abstain = 0;
  let unresolved = 0;
  // Every practitioner's view, for the consensus: "none" until one is given, null once two differ.
  let shared: Choice | "none" | null = "none";
  for (const unit of units) {
    let view: View | null;
    if (isSeat(unit)) {
      const given = seatView(unit, child);
      view = given ?? "abstain";
      if (consensus && shared !== null && view !== "abstain") shared = shared === "none" || shared === view ? view : null;
    } else {
      if (consensus && shared !== null) {
        for (const m of unit.members) {
          const given = seatView(m, child);
          if (given === undefined || given === "abstain") continue;
          if (shared === "none") shared = given;
          else if (shared !== given) {
            shared = null;
            break;
          }
        }
      }
      view = unitVote(unit, child);
    }
    if (view === "register") register++;
    else if (view === "not_register") notRegister++;
    else if (view === "abstain") abstain++;
    else unresolved++;
  }
  count.register = register;
  count.not_register = notRegister;
  count.abstain = abstain;
  count.unresolved = unresolved;
  if (consensus) {
    count.consensus = shared === "none" ? null : shared;
    count.viewGiven = shared !== "none";
  }
}
