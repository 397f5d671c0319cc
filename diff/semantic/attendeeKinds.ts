/**
 * The kinds of attendee the semantic search puts in a room. Decisions depend on what a
 * policy reads of an attendee (whether they take part, their agency, the unit they vote
 * in, the eligibility rules that name them), never on their name or exact role. Roles
 * that every compared policy reads alike are interchangeable, so one stands for all: a
 * health visitor and a school nurse are one kind when both policies put them in the same
 * unit of the same agency. A kind also fixes what the attendee brings that a policy may
 * read: the grouping they choose, the chair admitting their view, a written report.
 */
import type { PolicyTables } from "../../runtime/policyTables.js";
import { unbornRoles } from "./quorumReading.js";

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
  signatures: string[];
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

const OUT = "takes no part";

/** What one policy reads of an attendee of a role and variant (their views and involvement apart). */
export function kindSignature(tables: PolicyTables, role: string, variant: Variant): string {
  const rule = tables.roles.get(role);
  if (!rule) throw new Error(`role ${role} is not in ${tables.ir.id}`);
  // A conference for an unborn child asks whether someone of this role attends, voting or not.
  const unbornRole = unbornRoles(tables.ir).some((u) => u.role === role) ? `needed for an unborn child: ${role}` : "";
  const discretionary = rule.status === "chair_discretion" && (variant.admitted || (rule.writtenReportAdmits && variant.writtenReport));
  const takesPart = rule.practitioner && (rule.status === "votes" || discretionary);
  if (!takesPart) return unbornRole ? `${OUT}; ${unbornRole}` : OUT;
  const unitKind = rule.unitKind ?? "individual";
  let unitId = unitKind === "individual" || rule.unitId === null ? "-" : rule.unitId;
  if (rule.choice) unitId = variant.represents !== null && rule.choice.options.has(variant.represents) ? variant.represents : rule.choice.fallback;
  const sole = tables.soleRepresentatives.map((s) => (s.kind === "role" ? s.ids.has(role) : s.kind === "agency" ? rule.agency !== null && s.ids.has(rule.agency) : unitKind === "grouping" && s.ids.has(unitId)));
  return JSON.stringify([rule.agency, unitKind, unitId, rule.perOrganisation, tables.onlyInvolvedRoles.has(role), sole, unbornRole]);
}

export interface SignatureParts {
  /** What the policy reads, without the names of the unit and agency. */
  shape: string;
  /** The unit the attendee shares with others of it; null when the unit is theirs alone (an individual, an organisation). */
  unit: string | null;
  agency: string | null;
  /** For each of the policy's sole-representative rules, whether it selects this kind. */
  soleRules: boolean[];
}

export function signatureParts(signature: string): SignatureParts {
  if (!signature.startsWith("[")) return { shape: signature, unit: null, agency: null, soleRules: [] };
  const [agency, unitKind, unitId, perOrganisation, ...flags] = JSON.parse(signature) as [string | null, string, string, boolean, ...unknown[]];
  const ownUnit = unitKind === "individual" || perOrganisation;
  // The flags after the unit are `kindSignature`'s: only involved, then the sole-representative rules, then the unborn role.
  const sole = flags[1];
  return { shape: JSON.stringify([unitKind, perOrganisation, flags, agency === null]), unit: ownUnit ? null : `${unitKind}:${unitId}`, agency, soleRules: Array.isArray(sole) ? sole.map((s) => s === true) : [] };
}

function variantsOf(role: string, policies: readonly PolicyTables[]): Variant[] {
  const options = new Set<string>();
  let discretion = false;
  let report = false;
  for (const tables of policies) {
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

/** The attendee kinds for a set of policies, and the roles left out of the search and why. */
export function attendeeKinds(policies: readonly PolicyTables[]): { kinds: AttendeeKind[]; leftOut: RoleLeftOut[] } {
  const [first, ...rest] = policies;
  if (!first) return { kinds: [], leftOut: [] };
  const bySignature = new Map<string, AttendeeKind>();
  const leftOut: RoleLeftOut[] = [];
  const allRoles = new Set(policies.flatMap((t) => [...t.roles.keys()]));
  for (const role of allRoles) {
    const missing = policies.filter((t) => !t.roles.has(role));
    if (missing.length > 0) {
      leftOut.push({ role, reason: `not a role of ${missing.map((t) => t.ir.id).join(", ")}, so a conference with it is not valid there` });
      continue;
    }
    let used = false;
    for (const variant of variantsOf(role, [first, ...rest])) {
      const signatures = policies.map((t) => kindSignature(t, role, variant));
      if (signatures.every((s) => s === OUT)) continue;
      used = true;
      const key = `${JSON.stringify(variant.represents !== null || variant.admitted || variant.writtenReport ? variant : null)}\u0000${signatures.join("\u0000")}`;
      // Variants of different roles merge only when they are the same variant, so every kind stays describable.
      const existing = bySignature.get(key);
      if (existing) existing.standsFor.push(role);
      else bySignature.set(key, { role, ...variant, standsFor: [role], variant: variantWords(variant), signatures });
    }
    if (!used) leftOut.push({ role, reason: "takes part in no compared policy's decision (never changes an outcome)" });
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
