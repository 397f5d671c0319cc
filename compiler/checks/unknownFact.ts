import { UNBORN_FACT } from "../catalogue.js";
import { listed, unknownNameCheck } from "./unknownName.js";

/** Every condition tests a fact the vocabulary or the policy declares under `facts` (or `unborn`, which every child has). */
export const unknownFact = unknownNameCheck({
  code: "Q018",
  kind: "fact",
  noun: "fact",
  invariant: "Every condition tests a fact the vocabulary or the policy declares under `facts` (or `unborn`, which every child has).",
  example: `quorum {
  require role paediatrician when case_tipe is fabricated_or_induced_illness
}`,
  known: (ctx) => [UNBORN_FACT, ...ctx.scope.facts.keys()],
  fallbackHelp: (ctx) =>
    `the facts declared are ${listed([UNBORN_FACT, ...ctx.scope.facts.keys()], 20)}; a new one is declared in a \`facts\` section, e.g. \`facts { interpreter_needed "An interpreter is needed": yes or no }\``,
});
