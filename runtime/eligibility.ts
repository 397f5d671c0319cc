/**
 * Who votes on which child. By default every unit votes on every child; a policy may
 * limit that to units involved with the child, limit some roles (each school) to the
 * children they know, or, with siblings, limit a child without consensus to the units
 * involved with that child. A sole representative (the only school, the only health
 * practitioner present) votes on every child whatever those limits say.
 */
import type { Origin } from "../compiler/ir.js";
import type { TraceStep } from "./decision.js";
import type { Holds } from "./facts.js";
import type { PolicyTables, SoleRepresentativeRule } from "./policyTables.js";
import { isInvolved, type Seat } from "./attendance.js";
import { isSeat, unitInvolved, unitLabel, type VotingUnit } from "./votingUnits.js";
import { listSome, step } from "./trace.js";

/** Whether a sole-representative rule picks an attendee (of its roles, agencies or groupings). */
export function soleRuleSelects(rule: SoleRepresentativeRule, seat: Seat): boolean {
  if (rule.kind === "role") return rule.ids.has(seat.rule.id);
  if (rule.kind === "agency") return seat.rule.agency !== null && rule.ids.has(seat.rule.agency);
  return seat.unitKind === "grouping" && rule.ids.has(seat.unitId);
}

const NO_ONE: ReadonlyMap<Seat, Origin> = new Map();

/** Attendees who are the only one present of a kind the policy names, and the rule that frees them. */
export function soleRepresentatives(tables: PolicyTables, participants: readonly Seat[]): ReadonlyMap<Seat, Origin> {
  if (tables.soleRepresentatives.length === 0) return NO_ONE;
  let sole: Map<Seat, Origin> | null = null;
  for (const rule of tables.soleRepresentatives) {
    let only: Seat | null = null;
    let several = false;
    for (const seat of participants) {
      if (!soleRuleSelects(rule, seat)) continue;
      several = only !== null;
      if (several) break;
      only = seat;
    }
    if (only === null || several || sole?.has(only)) continue;
    (sole ??= new Map()).set(only, rule.at);
  }
  return sole ?? NO_ONE;
}

/**
 * The attendees who may vote on this child, before units are limited to the involved:
 * `participants` itself when no one is left out, so units formed from it can be reused.
 * `trace` is null when the evaluation is not explained.
 */
export function votersFor(tables: PolicyTables, participants: readonly Seat[], sole: ReadonlyMap<Seat, Origin>, child: string, trace: TraceStep[] | null, holds: Holds): readonly Seat[] {
  // A role's limit applies where its condition (if any) holds for this child.
  const limited = (seat: Seat) => seat.rule.onlyInvolvedAt !== null && (seat.rule.onlyInvolvedWhen === null || holds(seat.rule.onlyInvolvedWhen));
  let leftOut = false;
  if (tables.onlyInvolvedRoles.size > 0) {
    for (const seat of participants) {
      if (limited(seat) && !isInvolved(seat, child) && !sole.has(seat)) {
        leftOut = true;
        break;
      }
    }
  }
  if (!leftOut) {
    if (trace) for (const seat of participants) if (limited(seat) && !isInvolved(seat, child)) freedStep(seat, sole, child, trace);
    return participants;
  }
  const left: string[] = [];
  let at: Origin | null = null;
  const voters: Seat[] = [];
  for (const seat of participants) {
    const limit = limited(seat) ? seat.rule.onlyInvolvedAt : null;
    if (limit !== null && !isInvolved(seat, child)) {
      if (!sole.has(seat)) {
        if (trace) left.push(`${seat.id} (${seat.rule.label})`);
        at = limit;
        continue;
      }
      if (trace) freedStep(seat, sole, child, trace);
    }
    voters.push(seat);
  }
  if (trace && left.length > 0) trace.push(step("eligibility", `${listSome(left)} ${left.length === 1 ? "votes" : "vote"} only on the children they are involved with, so not on ${child}`, at));
  return voters;
}

function freedStep(seat: Seat, sole: ReadonlyMap<Seat, Origin>, child: string, trace: TraceStep[]): void {
  const freed = sole.get(seat);
  if (freed) {
    trace.push(step("eligibility", `${seat.id} (${seat.rule.label}) is not involved with ${child} but, as the only one of their kind present, votes on every child`, freed));
  }
}

function speaksAlone(unit: VotingUnit, sole: ReadonlyMap<Seat, Origin>): boolean {
  if (sole.size === 0) return false;
  if (isSeat(unit)) return sole.has(unit);
  for (const m of unit.members) if (sole.has(m)) return true;
  return false;
}

/** Keeps the units with a member involved with the child (or a sole representative). */
export function involvedUnits<U extends VotingUnit>(units: readonly U[], sole: ReadonlyMap<Seat, Origin>, child: string, why: string, at: Origin | null, trace: TraceStep[] | null): U[] {
  const kept: U[] = [];
  const dropped: string[] = [];
  // Units kept though not involved: a sole representative speaks for every child, and the
  // step must say so rather than call every unit involved.
  const keptAlone: string[] = [];
  for (const u of units) {
    if (unitInvolved(u, child)) kept.push(u);
    else if (speaksAlone(u, sole)) {
      kept.push(u);
      if (trace) keptAlone.push(unitLabel(u));
    } else if (trace) dropped.push(unitLabel(u));
  }
  if (!trace) return kept;
  const alone = keptAlone.length === 0 ? "" : `; ${listSome(keptAlone)} ${keptAlone.length === 1 ? "is" : "are"} not involved with ${child} but ${keptAlone.length === 1 ? "votes" : "vote"} as the only one of their kind present`;
  const involved = dropped.length > 0 ? `${listSome(dropped)} ${dropped.length === 1 ? "has" : "have"} no direct contact with ${child} and ${dropped.length === 1 ? "does" : "do"} not vote` : keptAlone.length === 0 ? `every unit taking part is involved with ${child}` : `every other unit taking part is involved with ${child}`;
  trace.push(step("eligibility", `${why}: ${involved}${alone}`, at));
  return kept;
}
