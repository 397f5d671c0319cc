import { listed, unknownNameCheck } from "./unknownName.js";

/** Every registration category a policy allows is one the shared vocabulary defines, or one the policy declares `local`, so a misspelt name is never taken for a new one. */
export const unknownCategory = unknownNameCheck({
  code: "Q012",
  kind: "category",
  noun: "category",
  invariant: "Every registration category a policy allows is one the shared vocabulary defines, or one the policy declares `local`, so a misspelt name is never taken for a new one.",
  example: `categories {
  neglekt "Neglect"
}`,
  known: (ctx) => ctx.scope.categories.keys(),
  fallbackHelp: (ctx) => {
    const vocabulary = ctx.model.vocabulary?.path;
    if (ctx.scope.categories.size === 0 || vocabulary === undefined) return 'the categories come from the shared vocabulary; add `vocabulary "vocabulary.policy"` to the header';
    // Categories are compared across regions, so one that boards share is agreed once, in the file every board uses.
    return `the shared vocabulary, \`${vocabulary}\`, defines ${listed(ctx.scope.categories.keys())}; a category boards share is added there (every board's policy uses that file), and one only this board uses is declared \`local\`, e.g. \`local exploitation "Exploitation"\``;
  },
});
