/**
 * The lookup tables an evaluator needs, built once per compiled policy: how each role
 * votes, the labels of groupings and agencies, which roles vote only on the children they
 * know, and which silences a step can cite. Everything is a `Map`, so a role or grouping
 * called `__proto__` is just a key.
 */
import type { Aspect, Origin, PolicyIR, Role } from "../compiler/ir.js";
import type { z } from "zod";

export interface RoleRule {
  id: string;
  label: string;
  agency: string | null;
  practitioner: boolean;
  status: "votes" | "chair_discretion" | "not_voting";
  writtenReportAdmits: boolean;
  unitKind: "grouping" | "agency" | "individual" | null;
  unitId: string | null;
  choice: { options: ReadonlySet<string>; fallback: string } | null;
  perOrganisation: boolean;
  /** The rule under which this role votes only on the children it is involved with; null where it votes on all. */
  onlyInvolvedAt: Origin | null;
  at: Origin;
}

export interface SoleRepresentativeRule {
  kind: "agency" | "grouping" | "role";
  ids: ReadonlySet<string>;
  at: Origin;
}

export interface PolicyTables {
  ir: PolicyIR;
  roles: ReadonlyMap<string, RoleRule>;
  groupingLabels: ReadonlyMap<string, string>;
  agencyLabels: ReadonlyMap<string, string>;
  onlyInvolvedRoles: ReadonlyMap<string, Origin>;
  soleRepresentatives: readonly SoleRepresentativeRule[];
  categoryIds: ReadonlySet<string>;
  /** The first silence the policy records on each aspect, for steps where it is silent. */
  silenceOn: (aspect: z.infer<typeof Aspect>, mentioning?: RegExp) => Origin | null;
}

function roleRule(role: Role, policyId: string, onlyInvolved: ReadonlyMap<string, Origin>): RoleRule {
  const vote = role.vote;
  if (vote === null) throw new Error(`role \`${role.id}\` has no voting rule in ${policyId}: only a board policy can decide a conference`);
  return {
    id: role.id,
    label: role.label,
    agency: role.agency,
    practitioner: role.practitioner,
    status: vote.status,
    writtenReportAdmits: vote.writtenReportAdmits,
    unitKind: vote.unit?.kind ?? null,
    unitId: vote.unit?.id ?? null,
    choice: vote.choice ? { options: new Set(vote.choice.options), fallback: vote.choice.fallback } : null,
    perOrganisation: vote.perOrganisation,
    onlyInvolvedAt: onlyInvolved.get(role.id) ?? null,
    at: vote.at,
  };
}

export function policyTables(ir: PolicyIR): PolicyTables {
  if (ir.kind !== "policy") throw new Error(`${ir.id} is a ${ir.kind}, not a board policy: evaluate a board policy that uses it`);
  const onlyInvolvedRoles = new Map<string, Origin>();
  for (const rule of ir.eligibility.onlyInvolved) for (const role of rule.roles) onlyInvolvedRoles.set(role, rule.at);
  return {
    ir,
    roles: new Map(ir.roles.map((r) => [r.id, roleRule(r, ir.id, onlyInvolvedRoles)])),
    groupingLabels: new Map(ir.groupings.map((g) => [g.id, g.label])),
    agencyLabels: new Map(ir.agencies.map((a) => [a.id, a.label])),
    onlyInvolvedRoles,
    soleRepresentatives: ir.eligibility.soleRepresentatives.map((s) => ({ kind: s.selector.kind, ids: new Set(s.selector.ids), at: s.at })),
    categoryIds: new Set(ir.categories.allowed.map((c) => c.id)),
    silenceOn: (aspect, mentioning) => ir.silences.find((s) => s.aspect === aspect && (mentioning === undefined || mentioning.test(s.text)))?.at ?? null,
  };
}
