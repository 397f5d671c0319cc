import type { RouteSection } from "../../grammar/ast.js";
import type { Check } from "./check.js";

/** An escalation or appeal route says how it starts (an event that opens it, or who may start it) and where it goes (at least one stage). */
export const routeNeverStarts: Check = {
  code: "Q076",
  title: "route that goes nowhere",
  severity: "warning",
  invariant: "An escalation or appeal route says how it starts (an event that opens it, or who may start it) and where it goes (at least one stage).",
  example: `appeal parents "Appeal by parents" {
  grounds "the conference did not follow procedure"
}`,
  run(ctx) {
    for (const file of ctx.model.chain) {
      for (const section of file.ast.sections) {
        if (section.keyword !== "escalation" && section.keyword !== "appeal") continue;
        const route = section as RouteSection;
        const types = new Set(route.statements.map((s) => s.type));
        if (!types.has("RouteOpens") && !types.has("RouteOpenTo")) {
          ctx.report({ file, node: route.id }, `nothing starts the ${section.keyword} \`${route.id.name}\`: it has no \`opens when …\` and no \`open to …\``, "add who may start it (`open to role parent`) or the event that opens it (`opens when formal_dissent`)");
        }
        if (!types.has("RouteStage")) {
          ctx.report({ file, node: route.id }, `the ${section.keyword} \`${route.id.name}\` has no stage, so it never reaches anyone`, 'add its stages in order, e.g. `stage "the Head of Service" within 5 working days`');
        }
      }
    }
  },
};
