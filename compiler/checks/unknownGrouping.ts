import { listed, otherMeaning, unknownNameCheck } from "./unknownName.js";

/** Every grouping a rule names is declared with `grouping` in the `voting` section. */
export const unknownGrouping = unknownNameCheck({
  code: "Q011",
  kind: "grouping",
  noun: "grouping",
  invariant: "Every grouping a rule names is declared with `grouping` in the `voting` section.",
  example: `voting {
  vote by grouping
  grouping child_health "Child health" { gp }
  gp may sit with child_health or adult_helth, otherwise child_health
}`,
  known: (ctx) => ctx.scope.groupings.keys(),
  fallbackHelp: (ctx) =>
    ctx.scope.groupings.size > 0
      ? `the groupings declared are ${listed(ctx.scope.groupings.keys())}`
      : 'declare it in the `voting` section: `grouping child_health "Child Health" { health_visitor }`',
  explain: (ctx, ref) => otherMeaning(ctx, ref.ident.name, "grouping"),
});
