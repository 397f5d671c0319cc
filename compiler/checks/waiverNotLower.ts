import { countKey, countNoun } from "../countWords.js";
import type { Check } from "./check.js";

/** A chair's waiver lets a conference proceed with fewer than a quorum count of the same kind, so it needs such a count and a lower number. */
export const waiverNotLower: Check = {
  code: "Q051",
  title: "waiver that waives nothing",
  severity: "error",
  invariant: "A chair's waiver lets a conference proceed with fewer than a quorum count of the same kind, so it needs such a count and a lower number.",
  example: `quorum {
  at least 3 agencies
  chair may proceed with 3 agencies
}`,
  run(ctx) {
    const waiver = ctx.model.last("Waiver");
    if (!waiver) return;
    const key = countKey(waiver.node.of);
    const counts = ctx.model.statements("QuorumCount").filter((c) => countKey(c.node.of) === key);
    const noun = countNoun(waiver.node.of, waiver.node.count.value);
    if (counts.length === 0) {
      ctx.report(waiver, `the chair may proceed with fewer ${countNoun(waiver.node.of, 2)}, but the policy sets no quorum of ${countNoun(waiver.node.of, 2)} to fall short of`, `add the quorum it relaxes, e.g. \`at least 3 ${countNoun(waiver.node.of, 3)}\``);
      return;
    }
    for (const count of counts) {
      if (waiver.node.count.value < count.node.count.value) continue;
      ctx.report(
        { file: waiver.file, node: waiver.node.count },
        `the chair may proceed with ${waiver.node.count.raw} ${noun}, but the quorum is already ${count.node.count.raw}`,
        `the waiver should allow fewer than ${count.node.count.raw} ${countNoun(count.node.of, count.node.count.value)}`,
        [{ message: "the quorum is set here", where: count }],
      );
    }
  },
};
