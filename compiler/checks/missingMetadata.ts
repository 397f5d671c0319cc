import { versionsOf } from "../metadataFacts.js";
import type { Check } from "./check.js";

/** A board policy records the version and dates of its protocol, or says the protocol has none. */
export const missingMetadata: Check = {
  code: "Q074",
  title: "no version or dates",
  severity: "warning",
  invariant: "A board policy records the version and dates of its protocol, or says the protocol has none.",
  example: `policy example "Example" {
  vocabulary "vocabulary.policy"
}`,
  run(ctx) {
    const m = ctx.model;
    if (m.kind !== "policy" || versionsOf(m).length > 0) return;
    const silent = m.statements("Silence").some((s) => s.file === m.root && s.aspect === "header");
    if (silent) return;
    ctx.report({ file: m.root, node: m.root.ast.header.id }, "the policy records no version or dates of the protocol", 'copy them from the protocol\'s front page, e.g. `version "V2" dated 2022-03-21 review 2025-03-21`, or write `silent "the document carries no dates"`');
  },
};
