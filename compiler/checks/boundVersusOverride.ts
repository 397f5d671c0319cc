import type { Check } from "./check.js";

/** A chair bound by the majority is not also given the power to override it. */
export const boundVersusOverride: Check = {
  code: "Q043",
  title: "bound chair with an override",
  severity: "error",
  invariant: "A chair bound by the majority is not also given the power to override it.",
  run(ctx) {
    const bound = ctx.model.last("ChairBound");
    const override = ctx.model.last("Override");
    if (!bound || !override) return;
    const later = bound.node.range.start.offset > override.node.range.start.offset && bound.file === override.file ? bound : override;
    const earlier = later === bound ? override : bound;
    ctx.report(later, "the chair is both bound by the majority and allowed to override it", "keep the rule the protocol states; record the other reading with `ambiguity` if the text says both", [
      { message: "the contradicting rule is here", where: earlier },
    ]);
  },
};
