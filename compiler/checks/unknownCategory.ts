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
  fallbackHelp: (ctx) =>
    ctx.scope.categories.size > 0
      ? `the vocabulary defines ${listed(ctx.scope.categories.keys())}; a new category belongs in the vocabulary first`
      : "the categories come from the shared vocabulary; add `vocabulary \"vocabulary.policy\"` to the header",
});
