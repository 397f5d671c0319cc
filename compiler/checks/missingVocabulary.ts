import type { Check } from "./check.js";

/** A policy uses the shared vocabulary, so the same conference can be described once and decided under every board's policy. */
export const missingVocabulary: Check = {
  code: "Q084",
  title: "no shared vocabulary",
  severity: "warning",
  invariant: "A policy uses the shared vocabulary, so the same conference can be described once and decided under every board's policy.",
  example: `policy example "Example" {
  jurisdiction wales
}`,
  run(ctx) {
    const m = ctx.model;
    if (m.kind === "vocabulary" || m.vocabulary) return;
    ctx.report({ file: m.root, node: m.root.ast.header.id }, "this policy does not use the shared role vocabulary", 'add `vocabulary "vocabulary.policy"` to the header, so conferences can be compared across boards');
  },
};
