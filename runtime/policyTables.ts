/**
 * The lookup tables an evaluator needs, built once per compiled policy: how each role
 * votes, the labels of groupings and agencies, which roles vote only on the children they
 * know, and which silences a step can cite. Everything is a `Map`, so a role or grouping
 * called `__proto__` is just a key.
 */
import type { Aspect, Condition, Fact, Origin, PolicyIR, Role } from "../compiler/ir.js";
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
  /** The role's practitioners vote alone: no grouping or agency of theirs to join. */
  alone: boolean;
  /** The policy never names the role: it takes part by Quorate's default (note Q086). */
  byDefault: boolean;
  /** The rule under which this role votes only on the children it is involved with; null where it votes on all. */
  onlyInvolvedAt: Origin | null;
  /** The facts of the case that rule is limited to; null: always. */
  onlyInvolvedWhen: Condition;
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
  onlyInvolvedRoles: ReadonlyMap<string, { at: Origin; when: Condition }>;
  /** The policy's facts by id. */
  facts: ReadonlyMap<string, Fact>;
  /** Some rule an evaluation reads depends on a fact of the case. */
  readsFacts: boolean;
  /** The groupings whose declarations list each role (a member not voting in one still attends for it). */
  groupingsOfRole: ReadonlyMap<string, readonly string[]>;
  /** The actions of the policy's duties and powers, by id. */
  actions: ReadonlyMap<string, PolicyIR["actions"][number]>;
  soleRepresentatives: readonly SoleRepresentativeRule[];
  categoryIds: ReadonlySet<string>;
  concernIds: ReadonlySet<string>;
  /** Every role that can take part votes alone, so each participant is a unit of their own. */
  individualsOnly: boolean;
  /** Some step of a decision asks who is involved with a child (the quorum, who votes on which child). */
  readsInvolvement: boolean;
  /** The first silence the policy records on each aspect, for steps where it is silent. */
  silenceOn: (aspect: z.infer<typeof Aspect>, mentioning?: RegExp) => Origin | null;
}

/**
 * A flat copy of an id. A compiled policy's ids are slices of its source text, and V8
 * compares a slice with a conference's string (a role, a grouping) by walking it, on every
 * lookup: ids looked up per attendee are copied flat once, here, so each lookup is direct.
 */
function flat(id: string): string {
  return JSON.parse(JSON.stringify(id)) as string;
}

function flatOrNull(id: string | null): string | null {
  return id === null ? null : flat(id);
}

function roleRule(role: Role, policyId: string, onlyInvolved: ReadonlyMap<string, { at: Origin; when: Condition }>): RoleRule {
  const vote = role.vote;
  if (vote === null) throw new Error(`role \`${role.id}\` has no voting rule in ${policyId}: only a board policy can decide a conference`);
  return {
    id: flat(role.id),
    label: role.label,
    agency: flatOrNull(role.agency),
    practitioner: role.practitioner,
    status: vote.status,
    writtenReportAdmits: vote.writtenReportAdmits,
    unitKind: vote.unit?.kind ?? null,
    unitId: flatOrNull(vote.unit?.id ?? null),
    choice: vote.choice ? { options: new Set(vote.choice.options.map(flat)), fallback: flat(vote.choice.fallback) } : null,
    perOrganisation: vote.perOrganisation,
    alone: vote.unit === null || vote.unit.kind === "individual" || vote.unit.id === null,
    byDefault: vote.byDefault,
    onlyInvolvedAt: onlyInvolved.get(role.id)?.at ?? null,
    onlyInvolvedWhen: onlyInvolved.get(role.id)?.when ?? null,
    at: vote.at,
  };
}

export function policyTables(ir: PolicyIR): PolicyTables {
  if (ir.kind !== "policy") throw new Error(`${ir.id} is a ${ir.kind}, not a board policy: evaluate a board policy that uses it`);
  const onlyInvolvedRoles = new Map<string, { at: Origin; when: Condition }>();
  for (const rule of ir.eligibility.onlyInvolved) for (const role of rule.roles) onlyInvolvedRoles.set(flat(role), { at: rule.at, when: rule.when });
  const groupingsOfRole = new Map<string, string[]>();
  for (const g of ir.groupings) for (const role of g.roles) groupingsOfRole.set(flat(role), [...(groupingsOfRole.get(role) ?? []), flat(g.id)]);
  const { quorum, eligibility } = ir;
  const readsFacts =
    quorum.counts.some((c) => c.when !== null) ||
    quorum.requirements.some((r) => r.when !== null) ||
    quorum.waiver?.when != null ||
    eligibility.defaultWhen !== null ||
    eligibility.onlyInvolved.some((o) => o.when !== null) ||
    ir.obligations.some((o) => o.when !== null) ||
    ir.routes.some((r) => r.opens.some((o) => o.when !== null) || r.openTo.some((o) => o.when !== null));
  const roles = new Map<string, RoleRule>();
  for (const r of ir.roles) {
    const rule = roleRule(r, ir.id, onlyInvolvedRoles);
    roles.set(rule.id, rule);
  }
  return {
    ir,
    roles,
    groupingLabels: new Map(ir.groupings.map((g) => [flat(g.id), g.label])),
    agencyLabels: new Map(ir.agencies.map((a) => [flat(a.id), a.label])),
    onlyInvolvedRoles,
    facts: new Map(ir.facts.map((f) => [flat(f.id), f])),
    readsFacts,
    groupingsOfRole,
    actions: new Map(ir.actions.map((a) => [flat(a.id), a])),
    soleRepresentatives: ir.eligibility.soleRepresentatives.map((s) => ({ kind: s.selector.kind, ids: new Set(s.selector.ids.map(flat)), at: s.at })),
    categoryIds: new Set(ir.categories.allowed.map((c) => c.id)),
    concernIds: new Set(ir.concerns.allowed.map((c) => c.id)),
    individualsOnly: [...roles.values()].every((r) => !r.practitioner || r.status === "not_voting" || r.alone),
    readsInvolvement: quorum.counts.some((c) => c.directContact) || onlyInvolvedRoles.size > 0 || eligibility.default === "involved_units" || eligibility.whenSiblingsDisagree !== null,
    silenceOn: (aspect, mentioning) => ir.silences.find((s) => s.aspect === aspect && (mentioning === undefined || mentioning.test(s.text)))?.at ?? null,
  };
}
