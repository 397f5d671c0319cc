import type { CountOf, RoleDeclaration } from "../../grammar/ast.js";
import { countNoun } from "../countWords.js";
import type { Located, PolicyModel } from "../model.js";
import type { Scope } from "../scope.js";
import { takesPart, votingFacts, type VotingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";

/**
 * The most distinct things a count could ever find: the agencies, groupings or roles of the
 * practitioners who can be counted (every practitioner, where the count reads who is
 * present), or those of the listed ones they can belong to.
 */
function mostCountable(model: PolicyModel, scope: Scope, facts: VotingFacts, of: CountOf, present: boolean): number {
  const found = new Set<string>();
  const countable = (role: Located<RoleDeclaration>) => role.node.agency !== undefined && (present || takesPart(model, role, facts));
  for (const role of scope.roles.values()) {
    if (!countable(role)) continue;
    const name = role.node.id.name;
    const agency = role.node.agency?.name ?? "";
    const groupings = [...(facts.groupingsOf.get(name) ?? []).map((g) => g.node.id.name), ...(facts.choiceOf.get(name)?.node.options.map((o) => o.name) ?? [])];
    const kind = of.kind === "selected" ? of.selector.kind : of.kind;
    const ids = kind === "agency" ? [agency] : kind === "role" || kind === "discipline" ? [name] : groupings.length > 0 ? groupings : [agency];
    for (const id of ids) found.add(id);
  }
  if (of.kind !== "selected") return found.size;
  return of.selector.names.filter((n) => found.has(n.name)).length;
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
    for (const count of ctx.model.statements("QuorumCount")) {
      const { of } = count.node;
      const most = mostCountable(ctx.model, ctx.scope, facts, of, count.node.counting === "present");
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
