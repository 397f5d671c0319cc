import type { Check } from "./check.js";

/** A decision that may be deferred has an obligation saying when the conference reconvenes. */
export const deferralWithoutReconvene: Check = {
  code: "Q045",
  title: "deferral without a date to reconvene",
  severity: "warning",
  invariant: "A decision that may be deferred has an obligation saying when the conference reconvenes.",
  example: `decision {
  executive decision by chair
  chair may defer
}`,
  run(ctx) {
    const deferral = ctx.model.last("Deferral");
    if (!deferral) return;
    const reconvenes = ctx.model.statements("Obligation").some((o) => o.node.trigger?.event.name === "deferred" && o.node.action.name === "reconvene" && o.node.deadline !== undefined);
    if (reconvenes) return;
    ctx.report(deferral, "the chair may defer the decision, but no obligation says when the conference reconvenes", "add `when deferred: reconvene within 10 working days`, with the protocol's own period; if it gives none, keep the deadline you read it to mean and record that with `ambiguity`");
  },
};
