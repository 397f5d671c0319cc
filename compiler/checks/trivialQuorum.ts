import type { Check } from "./check.js";

/** A quorum asks for at least one agency; a quorum of none is always met and checks nothing. */
export const trivialQuorum: Check = {
  code: "Q052",
  title: "quorum of no agencies",
  severity: "warning",
  invariant: "A quorum asks for at least one agency; a quorum of none is always met and checks nothing.",
  example: `quorum {
  at least 0 agencies
}`,
  run(ctx) {
    const minimum = ctx.model.last("MinimumAgencies");
    if (!minimum || minimum.node.count.value > 0) return;
    ctx.report({ file: minimum.file, node: minimum.node.count }, "a quorum of 0 agencies is always met", 'if the protocol sets no quorum, say so instead: `silent "the protocol states no quorum"`');
  },
};
