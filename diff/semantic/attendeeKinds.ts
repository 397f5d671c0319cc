/**
 * The kinds of attendee the semantic search puts in a room. A decision, and what follows
 * it, depends on what a policy reads of an attendee (whether they take part, the unit
 * they vote in, what each quorum count counts them as, the requirements, sole-representative
 * rules, duties and routes that name them), never on their name or exact role. Roles that
 * every compared policy reads alike are interchangeable, so one stands for all: a health
 * visitor and a school nurse are one kind when both policies put them in the same unit of
 * the same agency, and neither counts disciplines or names either role. A kind also fixes
 * what the attendee brings that a policy may read: the grouping they choose, the chair
 * admitting their view, a written report.
 */
import type { Conference } from "../../runtime/conference.js";
import { takeAttendance, type Seat } from "../../runtime/attendance.js";
import { soleRuleSelects } from "../../runtime/eligibility.js";
import { countedAs, isOf } from "../../runtime/quorumCheck.js";
import { selects } from "../../runtime/selection.js";
import type { PolicyReading } from "./policyReading.js";

/** The unit an attendee's vote goes to: none, their own, their organisation's, or one they share with others. */
export type KindUnit = { type: "none" } | { type: "own" } | { type: "organisation" } | { type: "joint"; key: string };

/** Which of an attendee's details (besides their role) a policy reads. */
export interface KindReads {
  view: boolean;
  involved: boolean;
  lead: boolean;
  level: boolean;
}

/** What one policy reads of an attendee of a kind. */
export interface KindProfile {
  takesPart: boolean;
  practitioner: boolean;
  agency: string | null;
  unit: KindUnit;
  /** For each of the policy's count specs, what it counts the attendee as (when it counts them at all). */
  countIds: (string | null)[];
  /** The requirement needs the attendee meets, as indexes into `PolicyReading.requirements`. */
  requirements: number[];
  /** The sole-representative rules that pick the attendee, by index. */
  sole: number[];
  /** The index of the condition under which the attendee votes only on children they know; -1 when never. */
  limited: number;
  /** The people needs (disagreement or dissent by whom) that name the attendee, by index. */
  people: number[];
  /** The `open to` entries that name the attendee, by index. */
  openTo: number[];
  reads: KindReads;
}

export interface AttendeeKind {
  role: string;
  represents: string | null;
  admitted: boolean;
  writtenReport: boolean;
  /** The roles this kind stands for: every compared policy reads them alike. */
  standsFor: string[];
  /** The variant in words ("the chair admits their view"), or null for the plain role. */
  variant: string | null;
  /** What each compared policy reads of this kind, in the order the policies were given. */
  profiles: KindProfile[];
  signatures: string[];
  /** The details varied for attendees of this kind: those some compared policy reads. */
  dims: KindReads;
  /** The group whose attendees a bound limits: the agency, or "" for people who are not practitioners. */
  group: string;
  /** Some policy gives each organisation of this kind a vote of its own: two attendees of one organisation are tried too. */
  organisations: boolean;
}

export interface RoleLeftOut {
  role: string;
  reason: string;
}

interface Variant {
  represents: string | null;
  admitted: boolean;
  writtenReport: boolean;
}

const CHILD = "child_1";

/** The runtime's own seat for one attendee of a role and variant, from which everything else is read. */
function seatOf(reading: PolicyReading, role: string, variant: Variant): Seat {
  const conference: Conference = {
    children: [{ id: CHILD }],
    attendees: [{ id: "a1", role, organisation: "o1", ...(variant.represents !== null ? { represents: variant.represents } : {}), ...(variant.writtenReport ? { writtenReport: true } : {}) }],
    ...(variant.admitted ? { chair: { admits: ["a1"] } } : {}),
  };
  const seat = takeAttendance(reading.tables, conference, false).seats[0];
  if (!seat) throw new Error(`no seat for ${role}`);
  return seat;
}

function indexes<T>(list: readonly T[], test: (item: T) => boolean): number[] {
  return list.flatMap((item, i) => (test(item) ? [i] : []));
}

/** What one policy reads of an attendee of a role and variant. */
export function kindProfile(reading: PolicyReading, role: string, variant: Variant): KindProfile {
  const { tables } = reading;
  const seat = seatOf(reading, role, variant);
  const { rule, takesPart } = seat;
  const practitioner = rule.practitioner;
  let unit: KindUnit = { type: "none" };
  if (takesPart) unit = rule.alone ? { type: "own" } : rule.perOrganisation ? { type: "organisation" } : { type: "joint", key: seat.unitKey };
  const countIds = reading.counts.map((spec) => {
    if (!practitioner || (!spec.present && !takesPart)) return null;
    if (spec.of.kind === "selected" && !selects(tables, spec.of.selector, seat)) return null;
    return countedAs(seat, spec.of);
  });
  const sole = takesPart ? indexes(tables.soleRepresentatives, (r) => soleRuleSelects(r, seat)) : [];
  const limited = takesPart && rule.onlyInvolvedAt !== null ? reading.limited.findIndex((c) => JSON.stringify(c) === JSON.stringify(rule.onlyInvolvedWhen)) : -1;
  const people = indexes(reading.people, (n) => n.by === null || selects(tables, n.by, seat));
  const directlyCounted = reading.counts.some((spec, i) => spec.directContact && countIds[i] !== null);
  const votesOnlyIfInvolved = reading.involvedDefault !== undefined || reading.siblings || limited >= 0;
  return {
    takesPart,
    practitioner,
    agency: rule.agency,
    unit,
    countIds,
    requirements: indexes(reading.requirements, (r) => isOf(tables, r.kind, r.id, seat)),
    sole,
    limited,
    people,
    openTo: indexes(reading.openTo, (o) => selects(tables, o.who, seat)),
    reads: {
      view: takesPart || people.length > 0,
      involved: (takesPart && votesOnlyIfInvolved) || directlyCounted,
      lead: takesPart && tables.ir.voting.nominatedLead !== null && unit.type !== "own",
      level: people.some((n) => reading.people[n]?.event !== "disagreement"),
    },
  };
}

function inert(p: KindProfile): boolean {
  return !p.takesPart && p.countIds.every((id) => id === null) && p.requirements.length === 0 && p.people.length === 0 && p.openTo.length === 0;
}

function variantsOf(role: string, readings: readonly PolicyReading[]): Variant[] {
  const options = new Set<string>();
  let discretion = false;
  let report = false;
  for (const { tables } of readings) {
    const rule = tables.roles.get(role);
    for (const option of rule?.choice?.options ?? []) options.add(option);
    if (rule?.status === "chair_discretion") {
      discretion = true;
      report ||= rule.writtenReportAdmits;
    }
  }
  const seats: { admitted: boolean; writtenReport: boolean }[] = [{ admitted: false, writtenReport: false }];
  if (discretion) seats.push({ admitted: true, writtenReport: false });
  if (report) seats.push({ admitted: false, writtenReport: true });
  return [null, ...[...options].sort()].flatMap((represents) => seats.map((s) => ({ represents, ...s })));
}

function variantWords(v: Variant): string | null {
  const parts: string[] = [];
  if (v.represents !== null) parts.push(`sits with ${v.represents}`);
  if (v.admitted) parts.push("the chair admits their view");
  if (v.writtenReport) parts.push("gave a written report");
  return parts.length > 0 ? parts.join("; ") : null;
}

/**
 * The attendee kinds for a set of policies, in the order of the first policy's roles (the
 * vocabulary's order, which puts the roles a conference most often seats first), and the
 * roles left out of the search and why.
 */
export function attendeeKinds(readings: readonly PolicyReading[]): { kinds: AttendeeKind[]; leftOut: RoleLeftOut[] } {
  const bySignature = new Map<string, AttendeeKind>();
  const leftOut: RoleLeftOut[] = [];
  const allRoles = new Set(readings.flatMap((r) => [...r.tables.roles.keys()]));
  for (const role of allRoles) {
    const missing = readings.filter((r) => !r.tables.roles.has(role));
    if (missing.length > 0) {
      leftOut.push({ role, reason: `not a role of ${missing.map((r) => r.tables.ir.id).join(", ")}, so a conference with it is not valid there` });
      continue;
    }
    let used = false;
    for (const variant of variantsOf(role, readings)) {
      const profiles = readings.map((r) => kindProfile(r, role, variant));
      if (profiles.every(inert)) continue;
      used = true;
      const signatures = profiles.map((p) => JSON.stringify(p));
      const key = `${JSON.stringify(variant.represents !== null || variant.admitted || variant.writtenReport ? variant : null)}\u0000${signatures.join("\u0000")}`;
      // Variants of different roles merge only when they are the same variant, so every kind stays describable.
      const existing = bySignature.get(key);
      if (existing) {
        existing.standsFor.push(role);
        continue;
      }
      const dims: KindReads = { view: false, involved: false, lead: false, level: false };
      for (const p of profiles) for (const d of ["view", "involved", "lead", "level"] as const) dims[d] ||= p.reads[d];
      const practitioner = profiles.some((p) => p.practitioner);
      const group = practitioner ? (profiles.find((p) => p.agency !== null)?.agency ?? role) : "";
      bySignature.set(key, { role, ...variant, standsFor: [role], variant: variantWords(variant), profiles, signatures, dims, group, organisations: profiles.some((p) => p.unit.type === "organisation") });
    }
    if (!used) leftOut.push({ role, reason: "nothing about them changes what any compared policy decides or what follows" });
  }
  return { kinds: dedupeVariants([...bySignature.values()]), leftOut };
}

/** A variant that every policy reads exactly as another kind adds nothing: drop it. */
function dedupeVariants(kinds: AttendeeKind[]): AttendeeKind[] {
  const seen = new Set<string>();
  return kinds.filter((k) => {
    const key = k.signatures.join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
