import { countKey, countNoun } from "../countWords.js";
import type { Check } from "./check.js";

/** A chair's waiver lets a conference proceed with fewer than a quorum count of the same kind (or, `without quorum`, despite the quorum), so it needs a quorum to waive and, with a number, a lower one. */
export const waiverNotLower: Check = {
  code: "Q051",
  title: "waiver that waives nothing",
  severity: "error",
  invariant: "A chair's waiver lets a conference proceed with fewer than a quorum count of the same kind (or, `without quorum`, despite the quorum), so it needs a quorum to waive and, with a number, a lower one.",
  example: `quorum {
  at least 3 agencies
  chair may proceed with 3 agencies
}`,
  run(ctx) {
    const counts = ctx.model.statements("QuorumCount");
    // The lowest count of each kind, found once: a waiver is compared with it, whatever the number of waivers.
    const lowest = new Map<string, (typeof counts)[number]>();
    for (const c of counts) {
      const key = countKey(c.node.of);
      const seen = lowest.get(key);
      if (!seen || c.node.count.value < seen.node.count.value) lowest.set(key, c);
    }
    const anyQuorum = counts.length > 0 || ctx.model.statements("QuorumRequirement").length > 0 || ctx.model.statements("UnbornRequirement").length > 0;
    for (const waiver of ctx.model.statements("Waiver")) {
      const { count: number, of } = waiver.node;
      if (!number || !of) {
        if (!anyQuorum) ctx.report(waiver, "the chair may proceed without a quorum, but the policy sets no quorum to waive", "add the quorum it waives, e.g. `at least 3 agencies`");
        continue;
      }
      const count = lowest.get(countKey(of));
      if (!count) {
        ctx.report(waiver, `the chair may proceed with fewer ${countNoun(of, 2)}, but the policy sets no quorum of ${countNoun(of, 2)} to fall short of`, `add the quorum it relaxes, e.g. \`at least 3 ${countNoun(of, 3)}\``);
        continue;
      }
      if (number.value < count.node.count.value) continue;
      ctx.report(
        { file: waiver.file, node: number },
        `the chair may proceed with ${number.raw} ${countNoun(of, number.value)}, but the quorum is already ${count.node.count.raw}`,
        `the waiver should allow fewer than ${count.node.count.raw} ${countNoun(count.node.of, count.node.count.value)}`,
        [{ message: "the quorum is set here", where: count }],
      );
    }
  },
};
