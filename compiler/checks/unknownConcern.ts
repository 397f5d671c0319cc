import { listed, unknownNameCheck } from "./unknownName.js";

/** Every area of concern a policy lists is one the shared vocabulary defines, or one the policy declares `local`. */
export const unknownConcern = unknownNameCheck({
  code: "Q019",
  kind: "concern",
  noun: "area of concern",
  invariant: "Every area of concern a policy lists is one the shared vocabulary defines, or one the policy declares `local`.",
  example: `concerns {
  domestik_abuse "Domestic abuse"
}`,
  known: (ctx) => ctx.scope.concerns.keys(),
  fallbackHelp: (ctx) =>
    ctx.scope.concerns.size > 0
      ? `the vocabulary defines ${listed(ctx.scope.concerns.keys())}; an area of concern only this board uses is declared \`local\`, e.g. \`local county_lines "County lines"\``
      : "declare it `local` (`local county_lines \"County lines\"`), or add the shared areas of concern to the vocabulary",
});
