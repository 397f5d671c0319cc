import type { Check } from "./check.js";

/** A chair's waiver lets a conference proceed with fewer agencies than the quorum, so it needs a quorum and a lower number. */
export const waiverNotLower: Check = {
  code: "Q051",
  title: "waiver that waives nothing",
  severity: "error",
  invariant: "A chair's waiver lets a conference proceed with fewer agencies than the quorum, so it needs a quorum and a lower number.",
  example: `quorum {
  at least 3 agencies
  chair may proceed with 3 agencies
}`,
  run(ctx) {
    const waiver = ctx.model.last("Waiver");
    if (!waiver) return;
    const minimum = ctx.model.last("MinimumAgencies");
    if (!minimum) {
      ctx.report(waiver, "the chair may proceed with fewer agencies, but the policy sets no quorum to fall short of", "add the quorum it relaxes, e.g. `at least 3 agencies with direct contact`");
      return;
    }
    if (waiver.node.count.value >= minimum.node.count.value) {
      ctx.report(
        { file: waiver.file, node: waiver.node.count },
        `the chair may proceed with ${waiver.node.count.raw} agencies, but the quorum is already ${minimum.node.count.raw}`,
        `the waiver should allow fewer than ${minimum.node.count.raw} agencies`,
        [{ message: "the quorum is set here", where: minimum }],
      );
    }
  },
};
