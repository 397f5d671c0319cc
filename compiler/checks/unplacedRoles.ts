import { unplacedPractitioners, votingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";
import { listed } from "./unknownName.js";

/** When votes are counted by grouping, every practitioner role has a grouping, is not voting, or is covered by an `others` rule. */
export const unplacedRoles: Check = {
  code: "Q033",
  title: "role with no grouping",
  severity: "error",
  invariant: "When votes are counted by grouping, every practitioner role has a grouping, is not voting, or is covered by an `others` rule.",
  example: `voting {
  vote by grouping
  grouping police "Police" { police_officer }
}`,
  run(ctx) {
    const m = ctx.model;
    const voteBy = m.last("VoteBy");
    if (m.kind !== "policy" || !voteBy || voteBy.node.unit !== "grouping" || m.last("OthersRule")) return;
    // A role declared `not voting by default` needs no place: without an `others` rule it does not vote.
    const unplaced = unplacedPractitioners(ctx.scope.roles.values(), votingFacts(m))
      .filter((r) => !r.node.notVotingByDefault)
      .map((r) => r.node.id.name);
    if (unplaced.length === 0) return;
    // When the rule comes from a base, the gap is in this policy, so that is where it is shown.
    const inherited = voteBy.file !== m.root;
    ctx.report(
      inherited ? { file: m.root, node: m.root.ast.header.id } : voteBy,
      `votes are counted by grouping${inherited ? ` (as ${voteBy.file.name} says)` : ""}, but ${unplaced.length === 1 ? "this role belongs" : `${unplaced.length} roles belong`} to no grouping: ${listed(unplaced, 12)}`,
      "put each in a grouping, list it under `not voting:`, or say what happens to the rest: `others vote as their agency`",
      inherited ? [{ message: "votes are counted by grouping here", where: voteBy }] : [],
    );
  },
};
