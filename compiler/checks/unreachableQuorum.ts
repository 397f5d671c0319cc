import type { CountOf, RoleDeclaration } from "../../grammar/ast.js";
import { countNoun } from "../countWords.js";
import type { Located, PolicyModel } from "../model.js";
import type { Scope } from "../scope.js";
import { takesPart, votingFacts, type VotingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";

interface Countable {
  agency: Set<string>;
  role: Set<string>;
  grouping: Set<string>;
}

/**
 * Every agency, role and grouping (or agency, for a practitioner in no grouping) a count
 * could find: of the practitioners who take part, or of every practitioner where the count
 * reads who is present. Worked out once for each, then read by every count.
 */
function countable(model: PolicyModel, scope: Scope, facts: VotingFacts, present: boolean): Countable {
  const found: Countable = { agency: new Set(), role: new Set(), grouping: new Set() };
  const counts = (role: Located<RoleDeclaration>) => role.node.agency !== undefined && (present || takesPart(model, role, facts));
  for (const role of scope.roles.values()) {
    if (!counts(role)) continue;
    const name = role.node.id.name;
    const agency = role.node.agency?.name ?? "";
    found.agency.add(agency);
    found.role.add(name);
    const groupings = [...(facts.groupingsOf.get(name) ?? []).map((g) => g.node.id.name), ...(facts.choiceOf.get(name)?.node.options.map((o) => o.name) ?? [])];
    for (const id of groupings.length > 0 ? groupings : [agency]) found.grouping.add(id);
  }
  return found;
}

/** The most distinct things a count could ever find. */
function mostCountable(found: Countable, of: CountOf): number {
  if (of.kind === "selected") return of.selector.names.filter((n) => found[of.selector.kind].has(n.name)).length;
  return found[of.kind === "discipline" ? "role" : of.kind].size;
}

/** Each quorum count asks for no more than there are agencies, groupings or disciplines whose practitioners could be counted. */
export const unreachableQuorum: Check = {
  code: "Q050",
  title: "quorum that can never be met",
  severity: "error",
  invariant: "Each quorum count asks for no more than there are agencies, groupings or disciplines whose practitioners could be counted.",
  example: `quorum {
  at least 20 agencies
}`,
  run(ctx) {
    if (ctx.model.kind === "vocabulary") return;
    const facts = votingFacts(ctx.model);
    const found = new Map<boolean, Countable>();
    for (const count of ctx.model.statements("QuorumCount")) {
      const { of } = count.node;
      const present = count.node.counting === "present";
      let sets = found.get(present);
      if (!sets) found.set(present, (sets = countable(ctx.model, ctx.scope, facts, present)));
      const most = mostCountable(sets, of);
      if (count.node.count.value <= most) continue;
      const who = count.node.counting === "present" ? "practitioners who may attend" : "practitioners who take part";
      ctx.report(
        { file: count.file, node: count.node.count },
        `the quorum needs ${count.node.count.raw} ${countNoun(of, count.node.count.value)}, but only ${most} ${of.kind === "selected" ? countNoun(of, most) : countNoun(of, most)} can have ${who}, so no conference could ever be quorate`,
        `check the number in the protocol; at most ${most} is possible with these roles`,
      );
    }
  },
};
