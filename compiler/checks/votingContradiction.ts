import { firstMention, votingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";

/** A role listed under `not voting` is not also given a vote by a grouping, a choice, the chair's discretion or per-organisation voting. */
export const votingContradiction: Check = {
  code: "Q035",
  title: "role both voting and not voting",
  severity: "error",
  invariant: "A role listed under `not voting` is not also given a vote by a grouping, a choice, the chair's discretion or per-organisation voting.",
  example: `voting {
  vote by grouping
  grouping police "Police" { police_officer }
  not voting: police_officer
}`,
  run(ctx) {
    const facts = votingFacts(ctx.model);
    for (const [role, notVoting] of facts.notVoting) {
      const grouping = facts.groupingsOf.get(role)?.[0];
      const elsewhere = grouping ?? facts.choiceOf.get(role) ?? facts.discretion.get(role) ?? facts.perOrganisation.get(role);
      if (!elsewhere) continue;
      const ident = firstMention(notVoting.node, role) ?? notVoting.node.roles[0];
      if (!ident) continue;
      ctx.report(
        { file: notVoting.file, node: ident },
        `\`${role}\` is listed as not voting, but another rule gives it a vote`,
        "keep one of the two; if the protocol says both, record the reading chosen with `ambiguity`",
        [{ message: "given a vote here", where: elsewhere }],
      );
    }
  },
};
