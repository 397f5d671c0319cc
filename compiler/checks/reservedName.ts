import { DETECTED_EVENTS, isDetectedEvent, UNBORN_FACT } from "../catalogue.js";
import type { Check } from "./check.js";

/** A declared event never takes the name of one an evaluation detects, nor a fact the name `unborn`, which every child already has. */
export const reservedName: Check = {
  code: "Q028",
  title: "name the language already uses",
  severity: "error",
  invariant: "A declared event never takes the name of one an evaluation detects, nor a fact the name `unborn`, which every child already has.",
  example: `events {
  registered "the child is registered"
}`,
  run(ctx) {
    for (const s of ctx.model.statements("EventDeclaration")) {
      const name = s.node.id.name;
      if (!isDetectedEvent(name)) continue;
      ctx.report({ file: s.file, node: s.node.id }, `\`${name}\` is an event every evaluation detects (${DETECTED_EVENTS[name].description}), so it cannot be declared`, "remove the declaration and use the event as it is, or give an event outside the conference a name of its own");
    }
    for (const s of ctx.model.statements("FactDeclaration")) {
      if (s.node.id.name !== UNBORN_FACT) continue;
      ctx.report({ file: s.file, node: s.node.id }, "every child already has the fact `unborn` (from the conference's `children`)", "remove this declaration; write `when unborn` or `when not unborn` where a rule depends on it");
    }
  },
};
