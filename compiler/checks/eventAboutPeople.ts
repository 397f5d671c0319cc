import { DETECTED_EVENTS, isDetectedEvent } from "../catalogue.js";
import { triggers } from "../references.js";
import type { Check } from "./check.js";

const PEOPLE_EVENTS = Object.entries(DETECTED_EVENTS)
  .filter(([, e]) => e.aboutPeople)
  .map(([id]) => `\`${id}\``);

/** `by …` names whose disagreement or dissent an event is, so it follows only an event about people. */
export const eventAboutPeople: Check = {
  code: "Q027",
  title: "`by` on an event not about people",
  severity: "error",
  invariant: "`by …` names whose disagreement or dissent an event is, so it follows only an event about people.",
  example: `obligations {
  when registered by role parent: appeal_rights "how to appeal"
}`,
  run(ctx) {
    for (const { trigger, file } of triggers(ctx.model)) {
      if (!trigger.by) continue;
      const name = trigger.event.name;
      if (isDetectedEvent(name) && DETECTED_EVENTS[name].aboutPeople) continue;
      // An unknown event is reported by Q014.
      if (!isDetectedEvent(name) && !ctx.scope.events.has(name)) continue;
      ctx.report({ file, node: trigger.by }, `\`${name}\` is not about particular people, so \`by …\` cannot narrow it`, `\`by\` follows ${PEOPLE_EVENTS.join(", ")}; remove it here`);
    }
  },
};
