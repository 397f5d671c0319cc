import type { Check } from "./check.js";

/** A quorum, and a chair's waiver of it, ask for at least one agency; a quorum of none is always met and checks nothing. */
export const trivialQuorum: Check = {
  code: "Q052",
  title: "quorum of no agencies",
  severity: "warning",
  invariant: "A quorum, and a chair's waiver of it, ask for at least one agency; a quorum of none is always met and checks nothing.",
  example: `quorum {
  at least 0 agencies
}`,
  run(ctx) {
    const minimum = ctx.model.last("MinimumAgencies");
    if (minimum && minimum.node.count.value === 0) {
      ctx.report({ file: minimum.file, node: minimum.node.count }, "a quorum of 0 agencies is always met", 'if the protocol sets no quorum, say so instead: `silent "the protocol states no quorum"`');
    }
    const waiver = ctx.model.last("Waiver");
    if (waiver && waiver.node.count.value === 0) {
      ctx.report({ file: waiver.file, node: waiver.node.count }, "the chair may proceed with 0 agencies, so the quorum never applies", "write the smallest number of agencies the protocol lets the chair proceed with");
    }
  },
};
