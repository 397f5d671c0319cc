import type { Check } from "./check.js";

/** A chair may override only a view the conference reaches by vote, so an override needs `majority decides`. */
export const overrideWithoutMajority: Check = {
  code: "Q044",
  title: "override with nothing to override",
  severity: "error",
  invariant: "A chair may override only a view the conference reaches by vote, so an override needs `majority decides`.",
  example: `decision {
  consensus first
  chair may override majority or unanimity
}`,
  run(ctx) {
    const override = ctx.model.last("Override");
    if (!override || ctx.model.last("MajorityDecides") || ctx.model.last("ExecutiveDecision")) return;
    ctx.report(override, "the chair may override the majority, but the policy never lets a majority decide", "add `majority decides` citing the clause, or remove the override");
  },
};
