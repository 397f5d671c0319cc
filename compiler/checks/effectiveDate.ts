import { currentVersion, dateOf } from "../metadataFacts.js";
import type { Check } from "./check.js";

/** A version comes into force on a whole day, and a version that supersedes another says which day. */
export const effectiveDate: Check = {
  code: "Q078",
  title: "date in force",
  severity: "error",
  invariant: "A version comes into force on a whole day, and a version that supersedes another says which day.",
  example: `policy example "Example" {
  vocabulary "vocabulary.policy"
  version "V2" approved 2025-03-14 effective 2025-04
}`,
  run(ctx) {
    const m = ctx.model;
    for (const v of m.statements("Version")) {
      const effective = dateOf(v.node, "effective");
      if (effective && effective.value.length !== 10) {
        ctx.report({ file: v.file, node: effective }, `\`${effective.value}\` is a month, not a day`, "a version comes into force on one day: write year-month-day, like 2025-04-23");
      }
    }
    const supersedes = m.lastIn("Supersedes", m.root);
    if (!supersedes) return;
    const current = currentVersion(m);
    if (current && dateOf(current.node, "effective")) return;
    ctx.report(
      supersedes,
      `this version supersedes \`${supersedes.node.path.value}\` but does not say when it came into force`,
      current ? `add \`effective YYYY-MM-DD\` to the line \`version${current.node.label ? ` "${current.node.label.value}"` : ""} …\`: conferences before that day are decided under the version it supersedes` : 'add a line `version "…" effective YYYY-MM-DD` for this version',
    );
  },
};
