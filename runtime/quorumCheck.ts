/**
 * Whether the conference may decide for one child. Each count of the policy that applies
 * to the case (agencies, groupings, disciplines, or those among a list; of those taking
 * part, or of everyone present; with direct contact, where it says so) must be met, and
 * each required attendee must be there. The chair's waiver, where the policy allows one
 * and its condition holds, lowers the counts of its own kind; it never stands in for a
 * required attendee.
 */
import { DEFAULT_CODES } from "../compiler/catalogue.js";
import type { CountOf, PolicyIR } from "../compiler/ir.js";
import type { Conference } from "./conference.js";
import type { ChildDecision, NotApplied, TraceStep } from "./decision.js";
import { conditionWords, type Holds } from "./facts.js";
import type { PolicyTables } from "./policyTables.js";
import { isInvolved, type Seat } from "./attendance.js";
import { selects, whoWords } from "./selection.js";
import { listSome, notApplied, plural, step } from "./trace.js";

type Count = PolicyIR["quorum"]["counts"][number];
type Waiver = PolicyIR["quorum"]["waivers"][number];
type Requirement = PolicyIR["quorum"]["requirements"][number];

const WAIVER_NOT_FOR_ROLES = "the waiver lowers the numbers a quorum counts, not the attendees it requires";

/** Why a waiver does not let the chair proceed here, in words. */
function whyNotWaived(waiver: Waiver, holds: Holds, shortCounts: readonly { count: Count; found: number }[], requirementsMissing: boolean, applying: readonly Count[]): string {
  if (!holds(waiver.when)) return `the chair may proceed without a quorum only where ${conditionWords(waiver.when)}`;
  if (requirementsMissing) return WAIVER_NOT_FOR_ROLES;
  const { count, of } = waiver;
  if (count === null || of === null) return "the waiver does not apply";
  const unreached = shortCounts.find((s) => !sameKind(s.count.of, of) || s.found < count);
  if (unreached && !sameKind(unreached.count.of, of)) return `the chair may proceed with fewer ${countWords(of, 2)}, not with fewer ${countWords(unreached.count.of, 2)}`;
  return `the chair may proceed with ${count} ${countWords(of, count)}, and only ${unreached?.found ?? 0} ${tookPart(unreached?.count ?? (applying[0] as Count))}`;
}

/** How the trace begins where the policy states no quorum at all (no count, no required attendee); the text summary reads it. */
export const NO_QUORUM_STATED = "the policy states no quorum";

export interface QuorumResult {
  quorum: ChildDecision["quorum"];
  trace: TraceStep[];
  notApplied: NotApplied[];
}

/** What a count counts an attendee as: their agency, grouping (or agency where they sit in none), or role. */
export function countedAs(seat: Seat, of: CountOf): string | null {
  const kind = of.kind === "selected" ? of.selector.kind : of.kind;
  switch (kind) {
    case "agencies":
    case "agency":
      return seat.rule.agency;
    case "groupings":
    case "grouping":
      return seat.unitKind === "grouping" ? seat.unitId : seat.rule.agency;
    default:
      return seat.rule.id;
  }
}

/** The seats a count reads: those taking part, or every practitioner present. */
function countedSeats(count: Count, seats: readonly Seat[], participants: readonly Seat[]): readonly Seat[] {
  return count.counting === "present" ? seats : participants;
}

/**
 * The distinct things a count finds. A conference has few agencies, so a list is searched
 * rather than a set built; `most` stops the search once the count is met, where only
 * whether it is met matters.
 */
function counted(tables: PolicyTables, count: Count, seats: readonly Seat[], participants: readonly Seat[], child: string, most = Infinity): string[] {
  const found: string[] = [];
  // A policy may declare thousands of agencies or roles: past a few, a set is searched instead.
  let many: Set<string> | null = null;
  const listed = count.of.kind === "selected" ? count.of.selector : null;
  for (const seat of countedSeats(count, seats, participants)) {
    if (!seat.rule.practitioner) continue;
    if (count.directContact && !isInvolved(seat, child)) continue;
    if (listed !== null && !selects(tables, listed, seat)) continue;
    const id = countedAs(seat, count.of);
    if (id === null || (many !== null ? many.has(id) : found.includes(id))) continue;
    if (many !== null) many.add(id);
    else if (found.length >= 16) many = new Set([...found, id]);
    // Under a list, a member of two listed groupings counts once, for the first it sits in.
    found.push(id);
    if (found.length >= most) break;
  }
  return found;
}

function sameKind(a: CountOf, b: CountOf): boolean {
  if (a.kind !== "selected" || b.kind !== "selected") return a.kind === b.kind;
  return a.selector.kind === b.selector.kind && a.selector.ids.length === b.selector.ids.length && a.selector.ids.every((id) => b.selector.ids.includes(id));
}

/** Whether an attendee is of the one role, agency or grouping named. */
export function isOf(tables: PolicyTables, kind: Requirement["selector"]["kind"], id: string, seat: Seat): boolean {
  if (kind === "role") return seat.rule.id === id;
  if (kind === "agency") return seat.rule.agency === id;
  if (seat.unitKind === "grouping") return seat.unitId === id;
  return tables.groupingsOfRole.get(seat.rule.id)?.includes(id) === true;
}

/** Whether a requirement is met: each listed attendee there, or with `one of`, any of them. */
function requirementMet(tables: PolicyTables, requirement: Requirement, seats: readonly Seat[]): boolean {
  const { kind } = requirement.selector;
  return requirementHolds(requirement, (id) => seats.some((s) => isOf(tables, kind, id, s)));
}

/** Whether a requirement is met, given which of the things it names are present: each, or with `one of` any. */
export function requirementHolds(requirement: Requirement, present: (id: string) => boolean): boolean {
  const { ids } = requirement.selector;
  return requirement.oneOf ? ids.some(present) : ids.every(present);
}

/**
 * Whether one waiver covers what the conference lacks: `without quorum` covers everything;
 * one with a number covers counts of its own kind that reach it, and never a required attendee.
 */
function covers(waiver: Waiver, shortCounts: readonly { count: Count; found: number }[], requirementsMissing: boolean): boolean {
  if (waiver.count === null || waiver.of === null) return true;
  const { count, of } = waiver;
  return !requirementsMissing && shortCounts.every((s) => sameKind(s.count.of, of) && s.found >= count);
}

/**
 * The quorum rule itself, for both paths: every count that applies met and every required
 * attendee present, unless the chair proceeds under a waiver the policy gives, whose
 * condition holds and which covers what is lacking.
 */
function quorumRule(
  tables: PolicyTables,
  shortCounts: readonly { count: Count; found: number }[],
  requirementsMissing: boolean,
  proceeding: boolean,
  holds: Holds,
): { met: boolean; waived: boolean; under: Waiver | null } {
  const lacking = shortCounts.length > 0 || requirementsMissing;
  if (!lacking) return { met: true, waived: false, under: null };
  const under = proceeding ? (tables.ir.quorum.waivers.find((w) => holds(w.when) && covers(w, shortCounts, requirementsMissing)) ?? null) : null;
  return { met: under !== null, waived: under !== null, under };
}

/** Whether the conference may decide for one child, and nothing else: the facts `quorumCheck` puts into words. */
export function quorumMet(tables: PolicyTables, conference: Conference, participants: readonly Seat[], seats: readonly Seat[], child: string, holds: Holds): { met: boolean; waived: boolean } {
  const { counts, requirements, waivers } = tables.ir.quorum;
  const shortCounts: { count: Count; found: number }[] = [];
  for (const count of counts) {
    if (!holds(count.when)) continue;
    // Only whether a count is met matters, and for a waiver whether it reaches the waiver's number.
    const found = counted(tables, count, seats, participants, child, count.count).length;
    if (found < count.count) shortCounts.push({ count, found });
  }
  let missing = false;
  for (const r of requirements) {
    if (holds(r.when) && !requirementMet(tables, r, seats)) {
      missing = true;
      break;
    }
  }
  const proceeding = waivers.length > 0 && conference.chair?.proceedWithoutQuorum !== undefined;
  const { met, waived } = quorumRule(tables, shortCounts, missing, proceeding, holds);
  return { met, waived };
}

/** The noun for what a count counts: "agency"/"agencies", "of the agencies listed" and so on. */
export function countWords(of: CountOf, n: number): string {
  const one = n === 1;
  switch (of.kind) {
    case "agencies":
      return one ? "agency" : "agencies";
    case "groupings":
      return one ? "grouping" : "groupings";
    case "disciplines":
      return one ? "discipline" : "disciplines";
    case "selected":
      return `of the ${of.selector.kind === "agency" ? "agencies" : of.selector.kind === "grouping" ? "groupings" : "roles"} listed`;
  }
}

function labelOf(tables: PolicyTables, of: CountOf, id: string): string {
  const kind = of.kind === "selected" ? of.selector.kind : of.kind;
  if (kind === "agencies" || kind === "agency") return tables.agencyLabels.get(id) ?? id;
  if (kind === "disciplines" || kind === "role") return tables.roles.get(id)?.label ?? id;
  return tables.groupingLabels.get(id) ?? tables.agencyLabels.get(id) ?? id;
}

/** The agencies counted, each as an id and as the words for the trace: by the policy's first count of agencies, or every agency taking part. */
export function countedAgencies(tables: PolicyTables, participants: readonly Seat[], child: string): { ids: string[]; words: string[] } {
  const directContact = tables.ir.quorum.counts.find((c) => c.of.kind === "agencies")?.directContact === true;
  const found = new Map<string, string>();
  for (const seat of participants) {
    const agency = seat.rule.agency;
    if (agency === null || (directContact && !isInvolved(seat, child))) continue;
    found.set(agency, tables.agencyLabels.get(agency) ?? agency);
  }
  const ids = [...found.keys()].sort();
  return { ids, words: ids.map((id) => found.get(id) ?? id) };
}

/** Who a count found, as a past fact: "took part with direct contact with the child". */
function tookPart(count: Count): string {
  const whom = count.counting === "present" ? "were present" : "took part";
  return count.directContact ? `${whom} with direct contact with the child` : whom;
}

function whoCounted(count: Count): string {
  const whom = count.counting === "present" ? "present" : "taking part";
  return count.directContact ? `${whom} with direct contact with the child` : whom;
}

/**
 * `agencies`: the agencies already counted for another child, where that does not depend
 * on the child (no count needs direct contact); else they are counted here.
 */
export function quorumCheck(
  tables: PolicyTables,
  conference: Conference,
  participants: readonly Seat[],
  seats: readonly Seat[],
  child: { id: string; unborn: boolean },
  holds: Holds,
  agencies?: { ids: readonly string[]; words: readonly string[] },
): QuorumResult {
  const { counts, requirements, waivers } = tables.ir.quorum;
  const trace: TraceStep[] = [];
  const notes: NotApplied[] = [];
  const missing: string[] = [];
  const found = agencies ?? countedAgencies(tables, participants, child.id);
  const proceed = conference.chair?.proceedWithoutQuorum;
  const applying = counts.filter((c) => holds(c.when));
  const applyingRequirements = requirements.filter((r) => holds(r.when));

  if (counts.length === 0 && requirements.length === 0) {
    trace.push(step("quorum", `${NO_QUORUM_STATED}, so the conference is taken to be quorate (${plural(found.ids.length, "agency", "agencies")} taking part: ${listSome([...found.words]) || "none"})`, tables.silenceOn("quorum")));
  }
  for (const count of counts) {
    if (!applying.includes(count)) {
      trace.push(step("quorum", `the count of ${count.count} ${countWords(count.of, count.count)} does not apply: it is for conferences where ${conditionWords(count.when)}`, count.at));
    }
  }
  const shortCounts: { count: Count; found: number }[] = [];
  const countResults: ChildDecision["quorum"]["counts"] = [];
  for (const count of applying) {
    // Sorted, so the order attendees are listed in never shows.
    const ids = counted(tables, count, seats, participants, child.id).sort();
    const words = ids.map((id) => labelOf(tables, count.of, id));
    const met = ids.length >= count.count;
    if (!met) {
      shortCounts.push({ count, found: ids.length });
      missing.push(`${count.count} ${countWords(count.of, count.count)} needed, ${ids.length} ${count.directContact ? "with direct contact" : count.counting === "present" ? "present" : "taking part"}`);
    }
    countResults.push({ of: countWords(count.of, 2), counted: ids, required: count.count, met });
    const when = count.when === null ? "" : ` (as ${conditionWords(count.when)})`;
    // A count that does not say whom it counts reads those taking part: Quorate's default, named in the step.
    const byDefault = count.counting === null ? DEFAULT_CODES.quorumCounting : undefined;
    trace.push(step("quorum", `${ids.length} ${countWords(count.of, ids.length)} ${whoCounted(count)}, of the ${count.count} needed${when}${ids.length > 0 ? `: ${listSome(words)}` : ""}`, count.at, byDefault));
  }
  if (tables.ir.quorum.localAuthorityServicesCountSeparately && counts.length > 0) {
    // Agencies are counted by role, so this holds of every count above; it is shown so a
    // reader sees the protocol's own clause, and a count never splits by organisation.
    trace.push(step("quorum", "a service run within the local authority counts as the agency it provides, not as the local authority (agencies are counted by role, so this is how every count above was made)", tables.ir.quorum.localAuthorityServicesCountSeparately));
  }
  let requirementsMissing = false;
  for (const r of applyingRequirements) {
    const met = requirementMet(tables, r, seats);
    const whom = whoWords(tables, r.selector);
    const when = r.when === null ? "" : `${conditionWords(r.when) === "unborn" ? "the child is unborn, and " : `as ${conditionWords(r.when)}, `}`;
    // A role is someone ("a Midwife"); an agency or grouping is someone from it.
    const article = r.selector.kind === "role" ? "a" : "someone from";
    const needed = r.oneOf || r.selector.ids.length === 1 ? `${article} ${whom}` : `someone from each of ${r.selector.ids.map((id) => whoWords(tables, { kind: r.selector.kind, ids: [id] })).join(", ")}`;
    if (!met) {
      requirementsMissing = true;
      const needs = r.when === null ? "" : `, whom ${conditionWords(r.when) === "unborn" ? "a conference about an unborn child" : `a conference where ${conditionWords(r.when)}`} needs`;
      // Each of a list: name the ones not there. One of a list: none of them is.
      const absent = r.oneOf ? [] : r.selector.ids.filter((id) => !seats.some((s) => isOf(tables, r.selector.kind, id, s)));
      if (r.oneOf && r.selector.ids.length > 1) missing.push(`none of ${whom}${needs}`);
      else for (const id of absent) missing.push(`no ${whoWords(tables, { kind: r.selector.kind, ids: [id] })}${needs}`);
    }
    trace.push(step("quorum", `${when}${needed} must attend: ${met ? "present" : "not present"}`, r.at));
  }

  const { met, waived, under } = quorumRule(tables, shortCounts, requirementsMissing, waivers.length > 0 && proceed !== undefined, holds);
  // The rule has decided; what follows says why, and what became of the chair's input.
  const short = shortCounts.length > 0;
  if (proceed !== undefined) {
    const firstAt = applying[0]?.at ?? applyingRequirements[0]?.at ?? null;
    if (!short && !requirementsMissing) {
      notes.push(notApplied("chair.proceedWithoutQuorum", "the conference is quorate without it", firstAt ?? tables.silenceOn("quorum")));
    } else if (waivers.length === 0) {
      notes.push(notApplied("chair.proceedWithoutQuorum", "the policy gives the chair no power to proceed without a quorum", firstAt));
    } else if (under !== null) {
      const how = under.count === null ? "without the quorum" : "with fewer";
      trace.push(step("quorum", `the chair proceeds ${how}${under.condition ? `, being ${under.condition}` : ""}: "${proceed.reason}"`, under.at));
    } else {
      // Say why the waiver nearest to applying does not: the first whose condition holds, else the first.
      const waiver = waivers.find((w) => holds(w.when)) ?? (waivers[0] as Waiver);
      notes.push(notApplied("chair.proceedWithoutQuorum", whyNotWaived(waiver, holds, shortCounts, requirementsMissing, applying), waiver.at));
    }
  }

  const agencyCount = applying.find((c) => c.of.kind === "agencies");
  // The agencies that count are the agency count's own (those present, or with direct
  // contact, where it says so), not every agency taking part.
  const agenciesThatCount = agencyCount ? (countResults[applying.indexOf(agencyCount)]?.counted ?? [...found.ids]) : [...found.ids];
  return {
    quorum: { met, waived, agencies: agenciesThatCount, required: agencyCount?.count ?? null, missing, counts: countResults },
    trace,
    notApplied: notes,
  };
}
