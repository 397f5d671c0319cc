import { otherMeaning, unknownNameCheck } from "./unknownName.js";

/** Every role a policy names is declared in the shared vocabulary or in the policy's own `roles` section. */
export const unknownRole = unknownNameCheck({
  code: "Q010",
  kind: "role",
  noun: "role",
  invariant: "Every role a policy names is declared in the shared vocabulary or in the policy's own `roles` section.",
  example: `voting {
  vote by grouping
  grouping child_health "Child health" { helth_visitor }
}`,
  known: (ctx) => ctx.scope.roles.keys(),
  fallbackHelp: () => 'use a role from the shared vocabulary, or declare a local one: `roles { hospital_social_worker "Hospital social worker" agency health }`',
  explain: (ctx, ref) => otherMeaning(ctx, ref.ident.name, "role"),
});
