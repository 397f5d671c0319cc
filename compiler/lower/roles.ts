/**
 * Lowers roles, agencies and groupings, and resolves for every role how it votes under
 * this policy: the role→unit table the runtime precomputes from.
 */
import type { RoleDeclaration } from "../../grammar/ast.js";
import type { PolicyIR, RoleVote } from "../ir.js";
import type { Located, PolicyModel } from "../model.js";
import type { Scope } from "../scope.js";
import { votingFacts, type VotingFacts } from "../votingFacts.js";
import { originOf } from "./origin.js";

const NOT_VOTING = { status: "not_voting", writtenReportAdmits: false, unit: null, choice: null, perOrganisation: false } as const;

function groupingUnit(model: PolicyModel, role: Located<RoleDeclaration>, facts: VotingFacts): Omit<RoleVote, "writtenReportAdmits" | "perOrganisation"> | null {
  const name = role.node.id.name;
  const choice = facts.choiceOf.get(name);
  if (choice) {
    return {
      status: "votes",
      unit: { kind: "grouping", id: choice.node.fallback.name },
      choice: { options: choice.node.options.map((o) => o.name), fallback: choice.node.fallback.name },
      at: originOf(choice),
    };
  }
  const grouping = facts.groupingsOf.get(name)?.[0];
  if (grouping) return { status: "votes", unit: { kind: "grouping", id: grouping.node.id.name }, choice: null, at: originOf(grouping) };
  const others = model.last("OthersRule");
  if (!others) return null;
  const agencyUnit = { kind: "agency" as const, id: role.node.agency?.name ?? null };
  switch (others.node.mode) {
    case "own_agency":
      return { status: "votes", unit: agencyUnit, choice: null, at: originOf(others) };
    case "chair_discretion":
      return { status: "chair_discretion", unit: agencyUnit, choice: null, at: originOf(others) };
    case "not_voting":
      return { ...NOT_VOTING, at: originOf(others) };
  }
}

function roleVote(model: PolicyModel, role: Located<RoleDeclaration>, facts: VotingFacts): RoleVote | null {
  if (model.kind === "vocabulary") return null;
  const name = role.node.id.name;
  const notVoting = facts.notVoting.get(name);
  if (role.node.agency === undefined || notVoting) return { ...NOT_VOTING, at: originOf(notVoting ?? role) };
  const voteBy = model.last("VoteBy");
  const base = { writtenReportAdmits: false, perOrganisation: facts.perOrganisation.has(name) };
  let placed: Omit<RoleVote, "writtenReportAdmits" | "perOrganisation">;
  switch (voteBy?.node.unit) {
    case "individual":
      placed = { status: "votes", unit: { kind: "individual", id: null }, choice: null, at: originOf(voteBy) };
      break;
    case "agency":
      placed = { status: "votes", unit: { kind: "agency", id: role.node.agency.name }, choice: null, at: originOf(voteBy) };
      break;
    case "grouping":
      placed = groupingUnit(model, role, facts) ?? { status: "votes", unit: null, choice: null, at: originOf(voteBy) };
      break;
    case undefined:
      placed = { status: "votes", unit: null, choice: null, at: originOf(role) };
  }
  if (placed.status === "not_voting") return inSchemaOrder({ ...placed, ...base });
  const discretion = facts.discretion.get(name);
  if (!discretion) return inSchemaOrder({ ...placed, ...base });
  return inSchemaOrder({ ...placed, ...base, status: "chair_discretion", writtenReportAdmits: discretion.node.writtenReportAdmits, at: originOf(discretion) });
}

/** The keys in the order the IR schema lists them, so the JSON reads the same as the schema. */
function inSchemaOrder(vote: RoleVote): RoleVote {
  return { status: vote.status, writtenReportAdmits: vote.writtenReportAdmits, unit: vote.unit, choice: vote.choice, perOrganisation: vote.perOrganisation, at: vote.at };
}

export function lowerRoles(model: PolicyModel, scope: Scope): Pick<PolicyIR, "agencies" | "roles" | "groupings"> {
  const facts = votingFacts(model);
  return {
    agencies: [...scope.agencies.values()].map((a) => ({ id: a.node.id.name, label: a.node.label.value, at: originOf(a) })),
    roles: [...scope.roles.values()].map((r) => ({
      id: r.node.id.name,
      label: r.node.label.value,
      agency: r.node.agency?.name ?? null,
      practitioner: r.node.agency !== undefined,
      at: originOf(r),
      vote: roleVote(model, r, facts),
    })),
    groupings: [...scope.groupings.values()].map((g) => ({
      id: g.node.id.name,
      label: g.node.label.value,
      roles: g.node.roles.map((r) => r.name),
      at: originOf(g),
    })),
  };
}
