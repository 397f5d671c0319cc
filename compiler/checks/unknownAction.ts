import { OBLIGATION_ACTIONS } from "../catalogue.js";
import { listed, unknownNameCheck } from "./unknownName.js";

/** Every obligation asks for one of the actions Quorate knows. */
export const unknownAction = unknownNameCheck({
  code: "Q015",
  kind: "action",
  noun: "obligation",
  invariant: "Every obligation asks for one of the actions Quorate knows.",
  example: `obligations {
  when dissent: record_disent "dissenting agencies are listed"
}`,
  known: () => Object.keys(OBLIGATION_ACTIONS),
  fallbackHelp: () => `the obligations are ${listed(Object.keys(OBLIGATION_ACTIONS), 30)}`,
});
