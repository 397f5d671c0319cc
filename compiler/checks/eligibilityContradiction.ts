import type { Check } from "./check.js";

/** A policy does not say both that every unit votes on every child and that only involved units vote. */
export const eligibilityContradiction: Check = {
  code: "Q055",
  title: "contradictory eligibility",
  severity: "error",
  invariant: "A policy does not say both that every unit votes on every child and that only involved units vote.",
  example: `eligibility {
  every unit votes on every child
  only involved units vote
}`,
  run(ctx) {
    const every = ctx.model.last("EveryUnitVotes");
    const only = ctx.model.last("OnlyInvolvedVote");
    if (!every || !only) return;
    ctx.report(only, "the policy says both that every unit votes on every child and that only involved units vote", "keep the rule the protocol states; for siblings who disagree, use `when siblings disagree: only involved units vote`", [
      { message: "every unit votes on every child, here", where: every },
    ]);
  },
};
