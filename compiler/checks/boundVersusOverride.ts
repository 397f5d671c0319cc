import type { Check } from "./check.js";

/** A chair bound by the majority is not also given the power to override it. */
export const boundVersusOverride: Check = {
  code: "Q043",
  title: "bound chair with an override",
  severity: "error",
  invariant: "A chair bound by the majority is not also given the power to override it.",
  example: `decision {
  majority decides
  tie: chair decides
  chair bound by majority
  chair may override majority
}`,
  run(ctx) {
    const bound = ctx.model.last("ChairBound");
    const override = ctx.model.last("Override");
    if (!bound || !override) return;
    // Report at the rule stated last (the policy's own, if one is inherited from a base),
    // since that is the one its author can change.
    const chain = ctx.model.chain;
    const order = (s: typeof bound | typeof override) => [chain.indexOf(s.file), s.node.range.start.offset] as const;
    const [bFile, bOffset] = order(bound);
    const [oFile, oOffset] = order(override);
    const boundIsLater = bFile > oFile || (bFile === oFile && bOffset > oOffset);
    const later = boundIsLater ? bound : override;
    const earlier = boundIsLater ? override : bound;
    ctx.report(later, "the chair is both bound by the majority and allowed to override it", "keep the rule the protocol states; record the other reading with `ambiguity` if the text says both", [
      { message: "the contradicting rule is here", where: earlier },
    ]);
  },
};
