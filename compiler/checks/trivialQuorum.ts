import { countNoun } from "../countWords.js";
import type { Check } from "./check.js";

/** A quorum count, and a chair's waiver of it, ask for at least one; a count of none is always met and checks nothing. */
export const trivialQuorum: Check = {
  code: "Q052",
  title: "quorum of none",
  severity: "warning",
  invariant: "A quorum count, and a chair's waiver of it, ask for at least one; a count of none is always met and checks nothing.",
  example: `quorum {
  at least 0 agencies
}`,
  run(ctx) {
    for (const count of ctx.model.statements("QuorumCount")) {
      if (count.node.count.value !== 0) continue;
      ctx.report({ file: count.file, node: count.node.count }, `a quorum of 0 ${countNoun(count.node.of, 0)} is always met`, 'if the protocol sets no quorum, say so instead: `silent "the protocol states no quorum"`');
    }
    const waiver = ctx.model.last("Waiver");
    if (waiver && waiver.node.count.value === 0) {
      ctx.report({ file: waiver.file, node: waiver.node.count }, `the chair may proceed with 0 ${countNoun(waiver.node.of, 0)}, so the quorum never applies`, "write the smallest number the protocol lets the chair proceed with");
    }
  },
};
