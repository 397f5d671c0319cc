import { listed, otherMeaning, unknownNameCheck } from "./unknownName.js";

/** Every agency named by a role or a rule is declared in an `agencies` section. */
export const unknownAgency = unknownNameCheck({
  code: "Q013",
  kind: "agency",
  noun: "agency",
  invariant: "Every agency named by a role or a rule is declared in an `agencies` section.",
  example: `roles {
  hospital_social_worker "Hospital social worker" agency helth
}`,
  known: (ctx) => ctx.scope.agencies.keys(),
  fallbackHelp: (ctx) =>
    ctx.scope.agencies.size > 0 ? `the agencies declared are ${listed(ctx.scope.agencies.keys())}` : 'declare it: `agencies { police "Police" }`',
  explain: (ctx, ref) => otherMeaning(ctx, ref.ident.name, "agency"),
});
