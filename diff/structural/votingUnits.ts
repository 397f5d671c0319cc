/**
 * Which roles share one vote, compared between two policies. Regions name their
 * groupings differently and fold roles together differently (a paediatrician with its
 * own vote in one, inside child health in another), so units are matched first by the
 * roles they hold, then by name; what is left was added or removed, and each is described
 * with where its roles vote in the other policy.
 */
import type { Origin, PolicyIR } from "../../compiler/ir.js";
import { listInWords } from "../../runtime/trace.js";
import { namerOf, type Namer } from "./names.js";
import type { Change } from "../report.js";

export interface VotingUnit {
  kind: "grouping" | "agency";
  id: string;
  /** The unit's name in words, as the policy labels it. */
  label: string;
  roles: string[];
  at: Origin | null;
}

/** The grouping and agency units a policy forms, each with the voting roles that form it. */
export function votingUnitsOf(ir: PolicyIR): VotingUnit[] {
  const units = new Map<string, VotingUnit>();
  for (const role of ir.roles) {
    const unit = role.vote?.unit;
    if (!role.practitioner || !unit || unit.kind === "individual" || unit.id === null || role.vote?.status === "not_voting") continue;
    const key = `${unit.kind}:${unit.id}`;
    let entry = units.get(key);
    if (!entry) {
      const declared = unit.kind === "grouping" ? ir.groupings.find((g) => g.id === unit.id) : ir.agencies.find((a) => a.id === unit.id);
      entry = { kind: unit.kind, id: unit.id, label: declared?.label ?? unit.id, roles: [], at: declared?.at ?? null };
      units.set(key, entry);
    }
    entry.roles.push(role.id);
  }
  for (const unit of units.values()) unit.roles.sort();
  return [...units.values()];
}

/** Where a role votes under a policy, in words, the units named as `names` names them. */
export function placement(ir: PolicyIR, roleId: string, names: Namer = namerOf(ir)): string {
  const role = ir.roles.find((r) => r.id === roleId);
  if (!role) return "not a role of this policy";
  const vote = role.vote;
  if (!role.practitioner || !vote || vote.status === "not_voting" || !vote.unit) return "does not vote";
  if (vote.unit.kind === "individual" || vote.unit.id === null) return "votes as an individual";
  const choice = vote.choice ? ` (or ${listInWords(vote.choice.options.filter((o) => o !== vote.unit?.id).map((o) => names.grouping(o)))})` : "";
  return `votes in ${vote.unit.kind} ${vote.unit.kind === "grouping" ? names.grouping(vote.unit.id) : names.agency(vote.unit.id)}${choice}`;
}

function unitWords(unit: VotingUnit, ir: PolicyIR): string {
  const names = namerOf(ir);
  return `${unit.kind} ${unit.label}: ${listInWords(unit.roles.map((r) => names.role(r)))}`;
}

function sameRoles(a: VotingUnit, b: VotingUnit): boolean {
  return a.roles.length === b.roles.length && a.roles.every((r, i) => r === b.roles[i]);
}

/** In the other policy, where the roles of a unit vote, grouped by place. */
function whereRolesGo(roles: readonly string[], other: PolicyIR): string {
  const names = namerOf(other);
  const byPlace = new Map<string, string[]>();
  for (const role of roles) {
    const place = placement(other, role);
    byPlace.set(place, [...(byPlace.get(place) ?? []), names.role(role)]);
  }
  return [...byPlace].map(([place, rs]) => `${listInWords(rs)} ${rs.length > 1 ? place.replace(/^votes/, "vote").replace(/^does not/, "do not").replace(/^is not/, "are not") : place}`).join("; ");
}

function membershipWords(a: VotingUnit, b: VotingUnit, irA: PolicyIR): string {
  const gained = b.roles.filter((r) => !a.roles.includes(r));
  const lost = a.roles.filter((r) => !b.roles.includes(r));
  const parts: string[] = [];
  const names = namerOf(irA);
  if (gained.length > 0) parts.push(`gains ${gained.map((r) => `${names.role(r)} (in a, ${placement(irA, r)})`).join(", ")}`);
  if (lost.length > 0) parts.push(`no longer holds ${listInWords(lost.map((r) => names.role(r)))}`);
  return parts.join("; ");
}

/** The grouping (or agency) changes between two policies that vote by the same kind of unit. */
export function votingUnitChanges(irA: PolicyIR, irB: PolicyIR, between: [string, string]): Change[] {
  if (irA.voting.unit !== irB.voting.unit || (irA.voting.unit !== "grouping" && irA.voting.unit !== "agency")) return [];
  const unitsA = votingUnitsOf(irA);
  const unitsB = votingUnitsOf(irB);
  const changes: Change[] = [];
  const pairedB = new Set<VotingUnit>();
  const leftA: VotingUnit[] = [];
  const make = (kind: Change["kind"], severity: Change["severity"], subject: string, a: string | null, b: string | null, atA: Origin | null, atB: Origin | null): Change => ({
    between,
    aspect: "groupings",
    subject,
    kind,
    severity,
    a,
    b,
    cite: { a: atA, b: atB },
  });
  for (const a of unitsA) {
    const same = unitsB.find((b) => !pairedB.has(b) && sameRoles(a, b));
    if (same) {
      pairedB.add(same);
      if (same.id !== a.id || same.kind !== a.kind) changes.push(make("changed", "metadata", `${a.kind} ${a.id}`, unitWords(a, irA), `${unitWords(same, irB)} (the same roles, named differently)`, a.at, same.at));
      else if (same.label !== a.label) changes.push(make("changed", "metadata", `${a.kind} ${a.id}`, unitWords(a, irA), `the same roles, called "${same.label}"`, a.at, same.at));
      continue;
    }
    leftA.push(a);
  }
  for (const a of leftA) {
    const named = unitsB.find((b) => !pairedB.has(b) && b.id === a.id && b.kind === a.kind);
    if (named) {
      pairedB.add(named);
      changes.push(make("changed", "outcome", `${a.kind} ${a.id}`, unitWords(a, irA), `${unitWords(named, irB)} — ${membershipWords(a, named, irA)}`, a.at, named.at));
    } else {
      changes.push(make("removed", "outcome", `${a.kind} ${a.id}`, unitWords(a, irA), `no ${a.kind} ${a.label}: ${whereRolesGo(a.roles, irB)}`, a.at, null));
    }
  }
  for (const b of unitsB) {
    if (pairedB.has(b)) continue;
    changes.push(make("added", "outcome", `${b.kind} ${b.id}`, `no ${b.kind} ${b.label}: ${whereRolesGo(b.roles, irA)}`, unitWords(b, irB), null, b.at));
  }
  return changes;
}
