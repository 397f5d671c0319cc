import { DETECTED_EVENTS } from "../catalogue.js";
import { listed, unknownNameCheck } from "./unknownName.js";

/**
 * Words the language once had for events now said with `by`, and what to write instead.
 * They are the language's own past words, not any board's.
 */
const RETIRED = new Map<string, string>(Object.entries({
  anyone_dissents: "disagreement by anyone",
  parents_disagree: "disagreement by` and the roles of the parents (as the vocabulary names them)",
  parent_or_child_disagrees: "disagreement by` and the roles of the parent and the child",
  parents_or_carers_disagree: "disagreement by` and the roles of the parents and carers",
  initial_conference_convened: "conference_convened and <fact> is <value>` with the fact that says which kind of conference it is",
  review_conference_convened: "conference_convened and <fact> is <value>` with the fact that says which kind of conference it is",
}));

/** Every duty, power and route follows an event an evaluation detects, or one the vocabulary or the policy declares under `events`. */
export const unknownEvent = unknownNameCheck({
  code: "Q014",
  kind: "event",
  noun: "event",
  invariant: "Every duty, power and route follows an event an evaluation detects, or one the vocabulary or the policy declares under `events`.",
  example: `obligations {
  when dissents: record_dissent "dissenting agencies are listed"
}`,
  known: (ctx) => [...Object.keys(DETECTED_EVENTS), ...ctx.scope.events.keys()],
  fallbackHelp: (ctx) =>
    `the events an evaluation detects are ${listed(Object.keys(DETECTED_EVENTS), 30)}; others (happening outside the conference) are declared under \`events\`${ctx.scope.events.size > 0 ? `, such as ${listed(ctx.scope.events.keys(), 6)}` : ""}`,
  explain: (_ctx, ref) => {
    const instead = RETIRED.get(ref.ident.name);
    return instead === undefined ? undefined : { message: `\`${ref.ident.name}\` is no longer an event of its own`, help: `write \`${instead}${instead.includes("`") ? "" : "`"}` };
  },
});
