import type { Check } from "./check.js";
import { wordBefore } from "./unknownAction.js";

/** Every obligation says which event triggers it, so it is known when it applies. */
export const obligationWithoutTrigger: Check = {
  code: "Q060",
  title: "obligation without a trigger",
  severity: "error",
  invariant: "Every obligation says which event triggers it, so it is known when it applies.",
  example: `obligations {
  record_dissent "dissenting agencies are listed"
}`,
  run(ctx) {
    for (const o of ctx.model.statements("Obligation")) {
      if (o.node.trigger) continue;
      // `when dissent: record dissent` reads `dissent` as a second obligation; the unknown
      // `record` is already reported with the fix, so this one stays quiet.
      const previous = wordBefore(o.file.text, o.node.range.start.offset);
      if (previous !== undefined && ctx.scope.actions.has(`${previous}_${o.node.action.name}`)) continue;
      ctx.report(
        { file: o.file, node: o.node.action },
        `the obligation \`${o.node.action.name}\` does not say when it applies`,
        `begin it with the event that triggers it, e.g. \`when dissent: ${o.node.action.name} …\``,
      );
    }
  },
};
