/**
 * Facts about who votes, read off the statements of a policy and its bases. Checks and
 * lowering both ask these questions, so they are answered once, here.
 */
import type { ChoiceRule, Discretion, GroupingDeclaration, Ident, NotVoting, PerOrganisation, RoleDeclaration } from "../grammar/ast.js";
import type { Located, PolicyModel } from "./model.js";

export interface VotingFacts {
  /** Groupings that list each role, in declaration order. */
  groupingsOf: Map<string, Located<GroupingDeclaration>[]>;
  choiceOf: Map<string, Located<ChoiceRule>>;
  notVoting: Map<string, Located<NotVoting>>;
  discretion: Map<string, Located<Discretion>>;
  perOrganisation: Map<string, Located<PerOrganisation>>;
}

function byRole<T extends { roles: { name: string }[] }>(items: Located<T>[]): Map<string, Located<T>> {
  const map = new Map<string, Located<T>>();
  // Later statements (the root's) take precedence over a base's.
  for (const item of items) for (const role of item.node.roles) map.set(role.name, item);
  return map;
}

// Several checks and the lowering ask the same questions of one model; answer them once.
const factsOf = new WeakMap<PolicyModel, VotingFacts>();

export function votingFacts(model: PolicyModel): VotingFacts {
  const cached = factsOf.get(model);
  if (cached) return cached;
  const facts = computeVotingFacts(model);
  factsOf.set(model, facts);
  return facts;
}

function computeVotingFacts(model: PolicyModel): VotingFacts {
  const groupingsOf = new Map<string, Located<GroupingDeclaration>[]>();
  for (const g of model.statements("GroupingDeclaration")) {
    for (const role of g.node.roles) {
      const list = groupingsOf.get(role.name) ?? [];
      // A grouping's roles are read together, so a role it lists twice finds it last in the list.
      if (list[list.length - 1] !== g) list.push(g);
      groupingsOf.set(role.name, list);
    }
  }
  const choiceOf = new Map<string, Located<ChoiceRule>>();
  for (const c of model.statements("ChoiceRule")) choiceOf.set(c.node.role.name, c);
  return {
    groupingsOf,
    choiceOf,
    notVoting: byRole(model.statements("NotVoting")),
    discretion: byRole(model.statements("Discretion")),
    perOrganisation: byRole(model.statements("PerOrganisation")),
  };
}

/** Whether any voting statement names the role: a grouping, a choice, or a list of roles. */
export function isNamed(role: string, facts: VotingFacts): boolean {
  return facts.groupingsOf.has(role) || facts.choiceOf.has(role) || facts.notVoting.has(role) || facts.discretion.has(role) || facts.perOrganisation.has(role);
}

export function isPractitioner(role: Located<RoleDeclaration>): boolean {
  return role.node.agency !== undefined;
}

/** Practitioner roles that no grouping, choice or list places, so only an `others` rule can. */
export function unplacedPractitioners(roles: Iterable<Located<RoleDeclaration>>, facts: VotingFacts): Located<RoleDeclaration>[] {
  return [...roles].filter((r) => {
    const name = r.node.id.name;
    return isPractitioner(r) && !facts.groupingsOf.has(name) && !facts.choiceOf.has(name) && !facts.notVoting.has(name);
  });
}

/**
 * Whether a role's practitioners take part in the decision at all: not listed under
 * `not voting`, and not an ungrouped role that `others do not vote` leaves out.
 */
export function takesPart(model: PolicyModel, role: Located<RoleDeclaration>, facts: VotingFacts): boolean {
  const name = role.node.id.name;
  if (!isPractitioner(role) || facts.notVoting.has(name)) return false;
  const placed = facts.groupingsOf.has(name) || facts.choiceOf.has(name) || facts.discretion.has(name);
  const leftOut = model.last("VoteBy")?.node.unit === "grouping" && !placed && model.last("OthersRule")?.node.mode === "not_voting";
  return !leftOut;
}

const firstMentions = new WeakMap<object, Map<string, Ident>>();

/**
 * Where a statement that lists roles (a grouping, `not voting`, …) first names a role:
 * indexed once per statement, so a check asking for each of its roles reads it once.
 */
export function firstMention(statement: { roles: readonly Ident[] }, role: string): Ident | undefined {
  let index = firstMentions.get(statement);
  if (!index) {
    index = new Map();
    for (const ident of statement.roles) if (!index.has(ident.name)) index.set(ident.name, ident);
    firstMentions.set(statement, index);
  }
  return index.get(role);
}
