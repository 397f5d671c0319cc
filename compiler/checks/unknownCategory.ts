import { listed, unknownNameCheck } from "./unknownName.js";

/** Every registration category a policy allows is one the shared vocabulary defines, so regions can be compared. */
export const unknownCategory = unknownNameCheck({
  code: "Q012",
  kind: "category",
  noun: "category",
  invariant: "Every registration category a policy allows is one the shared vocabulary defines, so regions can be compared.",
  example: `categories {
  neglekt "Neglect"
}`,
  known: (ctx) => ctx.scope.categories.keys(),
  fallbackHelp: (ctx) => {
    const vocabulary = ctx.model.vocabulary?.path;
    if (ctx.scope.categories.size === 0 || vocabulary === undefined) return 'the categories come from the shared vocabulary; add `vocabulary "vocabulary.policy"` to the header';
    // Categories are compared across regions, so a new one is agreed once, in the file every board uses.
    return `the shared vocabulary, \`${vocabulary}\`, defines ${listed(ctx.scope.categories.keys())}; a new category is added there first, and every board's policy shares that file`;
  },
});
