import type { Check } from "./check.js";

/** A policy that allows only one category does not require a secondary one. */
export const categoryRules: Check = {
  code: "Q065",
  title: "contradictory category rules",
  severity: "error",
  invariant: "A policy that allows only one category does not require a secondary one.",
  example: `categories {
  multiple not allowed
  secondary required
}`,
  run(ctx) {
    const multiple = ctx.model.last("MultipleRule");
    const secondary = ctx.model.statements("ConcernRule").filter((c) => c.node.concern === "secondary").at(-1);
    if (!multiple || multiple.node.allowed || !secondary || !secondary.node.required) return;
    ctx.report(secondary, "a secondary category is required, but only one category may be chosen", "remove one of the two rules, or record the reading chosen with `ambiguity`", [
      { message: "only one category is allowed here", where: multiple },
    ]);
  },
};
