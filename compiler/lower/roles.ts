/**
 * Lowers roles, agencies and groupings, and resolves for every role how it votes under
 * this policy: the role→unit table the runtime precomputes from.
 */
import type { RoleDeclaration, VoteBy } from "../../grammar/ast.js";
import type { PolicyIR, RoleVote } from "../ir.js";
import type { Located, PolicyModel } from "../model.js";
import type { Scope } from "../scope.js";
import { isNamed, votingFacts, type VotingFacts } from "../votingFacts.js";
import { originOf } from "./origin.js";

type Placed = Pick<RoleVote, "status" | "unit" | "choice" | "at">;

// Each RoleVote is built once, as one literal with its keys in the order the IR schema
// lists them (so the JSON reads the same as the schema), not by spreading partial
// records: lowering every role of a policy and its vocabulary was an eighth of a compile.
function vote(placed: Placed, writtenReportAdmits: boolean, perOrganisation: boolean, byDefault = false): RoleVote {
  return { status: placed.status, writtenReportAdmits, unit: placed.unit, choice: placed.choice, perOrganisation, byDefault, at: placed.at };
}

function notVoting(at: RoleVote["at"]): RoleVote {
  return { status: "not_voting", writtenReportAdmits: false, unit: null, choice: null, perOrganisation: false, byDefault: false, at };
}

function groupingUnit(model: PolicyModel, role: Located<RoleDeclaration>, facts: VotingFacts): Placed | null {
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
  if (!others) return role.node.notVotingByDefault ? { status: "not_voting", unit: null, choice: null, at: originOf(role) } : null;
  const agencyUnit = { kind: "agency" as const, id: role.node.agency?.name ?? null };
  switch (others.node.mode) {
    case "own_agency":
      return { status: "votes", unit: agencyUnit, choice: null, at: originOf(others) };
    case "chair_discretion":
      return { status: "chair_discretion", unit: agencyUnit, choice: null, at: originOf(others) };
    case "not_voting":
      return { status: "not_voting", unit: null, choice: null, at: originOf(others) };
  }
}

function roleVote(model: PolicyModel, role: Located<RoleDeclaration>, facts: VotingFacts, voteBy: Located<VoteBy> | undefined): RoleVote | null {
  if (model.kind === "vocabulary") return null;
  const name = role.node.id.name;
  const listedNotVoting = facts.notVoting.get(name);
  if (role.node.agency === undefined || listedNotVoting) return notVoting(originOf(listedNotVoting ?? role));
  const perOrganisation = facts.perOrganisation.has(name);
  let placed: Placed;
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
  if (placed.status === "not_voting") return vote(placed, false, perOrganisation);
  const discretion = facts.discretion.get(name);
  // Where votes are not counted by grouping, a practitioner the policy never names follows
  // its `others …` rule, or, where it has none, takes part by Quorate's default (note Q086).
  if (!discretion && voteBy?.node.unit !== "grouping" && !isNamed(name, facts)) {
    const others = model.last("OthersRule");
    if (!others) return role.node.notVotingByDefault ? notVoting(originOf(role)) : vote(placed, false, perOrganisation, true);
    if (others.node.mode === "not_voting") return notVoting(originOf(others));
    if (others.node.mode === "chair_discretion") return vote({ status: "chair_discretion", unit: placed.unit, choice: null, at: originOf(others) }, false, perOrganisation);
    return vote({ ...placed, at: originOf(others) }, false, perOrganisation);
  }
  if (!discretion) return vote(placed, false, perOrganisation);
  return vote({ status: "chair_discretion", unit: placed.unit, choice: placed.choice, at: originOf(discretion) }, discretion.node.writtenReportAdmits, perOrganisation);
}

export function lowerRoles(model: PolicyModel, scope: Scope): Pick<PolicyIR, "agencies" | "roles" | "groupings"> {
  const facts = votingFacts(model);
  const voteBy = model.last("VoteBy");
  return {
    agencies: [...scope.agencies.values()].map((a) => ({ id: a.node.id.name, label: a.node.label.value, at: originOf(a) })),
    roles: [...scope.roles.values()].map((r) => ({
      id: r.node.id.name,
      label: r.node.label.value,
      agency: r.node.agency?.name ?? null,
      practitioner: r.node.agency !== undefined,
      at: originOf(r),
      vote: roleVote(model, r, facts, voteBy),
    })),
    groupings: [...scope.groupings.values()].map((g) => ({
      id: g.node.id.name,
      label: g.node.label.value,
      roles: g.node.roles.map((r) => r.name),
      at: originOf(g),
    })),
  };
}
