import { EVENTS } from "../catalogue.js";
import { listed, unknownNameCheck } from "./unknownName.js";

/** Every obligation and power is triggered by one of the events Quorate knows. */
export const unknownEvent = unknownNameCheck({
  code: "Q014",
  kind: "event",
  noun: "event",
  invariant: "Every obligation and power is triggered by one of the events Quorate knows.",
  example: `obligations {
  when dissents: record_dissent "dissenting agencies are listed"
}`,
  known: () => Object.keys(EVENTS),
  fallbackHelp: () => `the events are ${listed(Object.keys(EVENTS), 30)}`,
});
