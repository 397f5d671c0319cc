import { POWERS } from "../catalogue.js";
import { listed, unknownNameCheck } from "./unknownName.js";

/** Every power given to a post holder is one Quorate knows. */
export const unknownPower = unknownNameCheck({
  code: "Q016",
  kind: "power",
  noun: "power",
  invariant: "Every power given to a post holder is one Quorate knows.",
  example: `powers {
  "Lead Safeguarding Manager" may set_aside
}`,
  known: () => Object.keys(POWERS),
  fallbackHelp: () => `the powers are ${listed(Object.keys(POWERS), 30)}`,
});
