import type { Check } from "./check.js";

/** Where a majority decides, the policy says who decides a tie. */
export const missingTieBreak: Check = {
  code: "Q042",
  title: "no tie-break",
  severity: "error",
  invariant: "Where a majority decides, the policy says who decides a tie.",
  example: `decision {
  majority decides
}`,
  run(ctx) {
    const majority = ctx.model.last("MajorityDecides");
    if (!majority || ctx.model.last("TieBreak") || ctx.model.last("ExecutiveDecision") || ctx.model.last("NoConsensusRule")) return;
    ctx.report(
      majority,
      "votes can tie under `majority decides`, but the policy does not say who decides a tie",
      "add `tie: chair decides` citing the clause; if the protocol is silent, record the reading chosen with `ambiguity`",
    );
  },
};
