/**
 * Whether the conference may decide for one child: enough agencies among the
 * practitioners taking part (those with direct contact, where the policy says so), the
 * roles an unborn child needs, and the chair's waiver where the policy allows one. The
 * waiver lowers the number of agencies only; it never stands in for a required role.
 */
import type { Conference } from "./conference.js";
import type { ChildDecision, NotApplied, TraceStep } from "./decision.js";
import type { PolicyTables } from "./policyTables.js";
import { isInvolved, type Seat } from "./attendance.js";
import { listSome, notApplied, plural, step } from "./trace.js";

const WAIVER_NOT_FOR_ROLES = "the waiver lowers the number of agencies, not the roles a conference needs";

export interface QuorumResult {
  quorum: ChildDecision["quorum"];
  trace: TraceStep[];
  notApplied: NotApplied[];
}

/**
 * How many agencies count: a few, so a list is searched rather than a set built. An agency
 * is the service a role belongs to, whoever runs it and however its organisation is
 * spelt, so two officers of one force are one agency, and a substance misuse worker
 * employed by the council is substance misuse services, not children's social care.
 */
function countAgencies(participants: readonly Seat[], child: string, directContact: boolean): number {
  const counted: string[] = [];
  // A policy may declare thousands of agencies: past a few, a set is searched instead.
  let many: Set<string> | null = null;
  for (const seat of participants) {
    if (directContact && !isInvolved(seat, child)) continue;
    const agency = seat.rule.agency;
    if (agency === null) continue;
    if (many !== null) many.add(agency);
    else if (!counted.includes(agency)) {
      counted.push(agency);
      if (counted.length > 16) many = new Set(counted);
    }
  }
  return many?.size ?? counted.length;
}

/** The agencies counted, each as an id and as the words for the trace. */
export function countedAgencies(tables: PolicyTables, participants: readonly Seat[], child: string): { ids: string[]; words: string[] } {
  const minimum = tables.ir.quorum.minimum;
  const counted = new Map<string, string>();
  for (const seat of participants) {
    const agency = seat.rule.agency;
    if (agency === null) continue;
    if (minimum?.directContact && !isInvolved(seat, child)) continue;
    counted.set(agency, tables.agencyLabels.get(agency) ?? agency);
  }
  const ids = [...counted.keys()].sort();
  return { ids, words: ids.map((id) => counted.get(id) ?? id) };
}

/**
 * The quorum rule itself, for both paths: too few agencies, unless the chair proceeds
 * where the policy allows it with enough of them; a role an unborn child needs is never
 * waived.
 */
function quorumRule(tables: PolicyTables, agencies: number, rolesMissing: boolean, proceeding: boolean): { agenciesShort: boolean; met: boolean; waived: boolean } {
  const { minimum, waiver } = tables.ir.quorum;
  const agenciesShort = minimum !== null && agencies < minimum.agencies;
  const waived = agenciesShort && !rolesMissing && waiver !== null && agencies >= waiver.agencies && proceeding;
  return { agenciesShort, met: (!agenciesShort && !rolesMissing) || waived, waived };
}

function roleMissing(seats: readonly Seat[], role: string): boolean {
  return !seats.some((s) => s.rule.id === role);
}

/** Whether the conference may decide for one child, and nothing else: the facts `quorumCheck` puts into words. */
export function quorumMet(tables: PolicyTables, conference: Conference, participants: readonly Seat[], seats: readonly Seat[], child: { id: string; unborn: boolean }): { met: boolean; waived: boolean } {
  const { minimum, unborn } = tables.ir.quorum;
  const agencies = minimum === null ? 0 : countAgencies(participants, child.id, minimum.directContact);
  const rolesMissing = child.unborn && unborn.some((need) => roleMissing(seats, need.role));
  const { met, waived } = quorumRule(tables, agencies, rolesMissing, conference.chair?.proceedWithoutQuorum !== undefined);
  return { met, waived };
}

/**
 * `counted`: the agencies already counted for another child, where the count does not
 * depend on the child (no direct contact needed); else they are counted here.
 */
export function quorumCheck(tables: PolicyTables, conference: Conference, participants: readonly Seat[], seats: readonly Seat[], child: { id: string; unborn: boolean }, counted?: { ids: readonly string[]; words: readonly string[] }): QuorumResult {
  const { minimum, unborn, waiver } = tables.ir.quorum;
  const trace: TraceStep[] = [];
  const notes: NotApplied[] = [];
  const found = counted ?? countedAgencies(tables, participants, child.id);
  const agencies = [...found.ids];
  const { words } = found;
  const missing: string[] = [];
  const proceed = conference.chair?.proceedWithoutQuorum;

  if (minimum === null) {
    trace.push(step("quorum", `the policy states no quorum, so the conference is taken to be quorate (${plural(agencies.length, "agency", "agencies")} present: ${listSome(words) || "none"})`, tables.silenceOn("quorum")));
  }
  const rolesMissing = child.unborn && unborn.some((need) => roleMissing(seats, need.role));
  const { agenciesShort, met, waived } = quorumRule(tables, agencies.length, rolesMissing, proceed !== undefined);
  if (minimum !== null) {
    const what = `${minimum.directContact ? "agencies with direct contact with the child" : "agencies"}`;
    if (agenciesShort) missing.push(`${plural(minimum.agencies, "agency", "agencies")} needed, ${agencies.length} ${minimum.directContact ? "with direct contact" : "taking part"}`);
    trace.push(step("quorum", `${plural(agencies.length, what.replace(/^agencies/, "agency"), what)} ${agencies.length === 1 ? "takes" : "take"} part, of the ${minimum.agencies} needed${agencies.length > 0 ? `: ${listSome(words)}` : ""}`, minimum.at));
  }
  if (tables.ir.quorum.localAuthorityServicesCountSeparately && minimum !== null) {
    // Agencies are counted by role, so this holds of every count above; it is shown so a
    // reader sees the protocol's own clause, and a count never splits by organisation.
    trace.push(step("quorum", "a service run within the local authority counts as the agency it provides, not as the local authority (agencies are counted by role, so this is how every count above was made)", tables.ir.quorum.localAuthorityServicesCountSeparately));
  }
  if (child.unborn) {
    for (const need of unborn) {
      const present = !roleMissing(seats, need.role);
      const label = tables.roles.get(need.role)?.label ?? need.role;
      if (!present) missing.push(`no ${label}, whom a conference about an unborn child needs`);
      trace.push(step("quorum", present ? `the child is unborn and a ${label} attends` : `the child is unborn and no ${label} attends`, need.at));
    }
  }

  // The rule has decided; what follows says why, and what became of the chair's input.
  if (agenciesShort && proceed !== undefined) {
    if (waiver === null) {
      notes.push(notApplied("chair.proceedWithoutQuorum", "the policy gives the chair no power to proceed without a quorum", minimum?.at ?? null));
    } else if (agencies.length < waiver.agencies) {
      notes.push(notApplied("chair.proceedWithoutQuorum", `the chair may proceed with ${plural(waiver.agencies, "agency", "agencies")}, and only ${agencies.length} took part${minimum?.directContact ? " with direct contact with the child" : ""}`, waiver.at));
    } else if (rolesMissing) {
      notes.push(notApplied("chair.proceedWithoutQuorum", WAIVER_NOT_FOR_ROLES, waiver.at));
    } else if (waived) {
      trace.push(step("quorum", `the chair proceeds with ${plural(agencies.length, "agency", "agencies")}${waiver.condition ? `, being ${waiver.condition}` : ""}: "${proceed.reason}"`, waiver.at));
    }
  } else if (proceed !== undefined && !agenciesShort && !rolesMissing) {
    notes.push(notApplied("chair.proceedWithoutQuorum", "the conference is quorate without it", minimum?.at ?? tables.silenceOn("quorum")));
  } else if (proceed !== undefined && rolesMissing) {
    notes.push(notApplied("chair.proceedWithoutQuorum", waiver ? WAIVER_NOT_FOR_ROLES : "the policy gives the chair no power to proceed without a quorum", waiver?.at ?? minimum?.at ?? null));
  }

  return { quorum: { met, waived, agencies, required: minimum?.agencies ?? null, missing }, trace, notApplied: notes };
}
