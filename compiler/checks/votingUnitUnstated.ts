import type { Check } from "./check.js";

/** A board policy says whether votes are counted by individual, by agency or by grouping, or records that the protocol is silent. */
export const votingUnitUnstated: Check = {
  code: "Q091",
  title: "voting unit not stated",
  severity: "error",
  invariant: "A board policy says whether votes are counted by individual, by agency or by grouping, or records that the protocol is silent.",
  example: `voting {
  not voting: parent
}`,
  run(ctx) {
    const m = ctx.model;
    if (m.kind !== "policy" || m.last("VoteBy") || m.last("ExecutiveDecision")) return;
    const voting = m.sections("voting").at(-1);
    if (!voting || m.statements("Silence").some((s) => s.aspect === "voting")) return;
    ctx.report({ file: voting.file, range: voting.node.keywordRange }, "the policy does not say what counts as one vote", "add `vote by grouping`, `vote by agency` or `vote by individual`, citing the clause");
  },
};
