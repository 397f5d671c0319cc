import { JURISDICTIONS } from "../catalogue.js";
import { listed, unknownNameCheck } from "./unknownName.js";

/** A policy's jurisdiction is one Quorate knows the working days of: a UK nation, a Crown dependency or Ireland. */
export const unknownJurisdiction = unknownNameCheck({
  code: "Q017",
  kind: "jurisdiction",
  noun: "jurisdiction",
  invariant: "A policy's jurisdiction is one Quorate knows the working days of: a UK nation, a Crown dependency or Ireland.",
  example: `policy example "Example" {
  jurisdiction wails
  vocabulary "vocabulary.policy"
}`,
  known: () => Object.keys(JURISDICTIONS),
  fallbackHelp: () => `write one of ${listed(Object.keys(JURISDICTIONS))}`,
});
