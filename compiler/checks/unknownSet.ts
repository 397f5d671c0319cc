import { listed, unknownNameCheck } from "./unknownName.js";

/** Every set a selection names is declared under `sets`, in the vocabulary, a base or the policy. */
export const unknownSet = unknownNameCheck({
  code: "Q029",
  kind: "set",
  noun: "set",
  invariant: "Every set a selection names is declared under `sets`, in the vocabulary, a base or the policy.",
  example: `quorum {
  at least 2 of key_disciplnes
}`,
  known: (ctx) => ctx.scope.sets.keys(),
  fallbackHelp: (ctx) =>
    ctx.scope.sets.size > 0
      ? `the sets declared are ${listed(ctx.scope.sets.keys())}`
      : "declare it under `sets`, e.g. `sets { key_disciplines \"Key disciplines\": roles health_visitor, school_nurse }`, or name its roles here: `of roles health_visitor, school_nurse`",
});
