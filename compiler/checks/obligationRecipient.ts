import { ACTIONS_NEEDING_RECIPIENT, isObligationAction } from "../catalogue.js";
import type { Check } from "./check.js";

/** An obligation to escalate, notify, refer or seek advice names who receives it. */
export const obligationRecipient: Check = {
  code: "Q061",
  title: "obligation without a recipient",
  severity: "warning",
  invariant: "An obligation to escalate, notify, refer or seek advice names who receives it.",
  example: `obligations {
  when chair_believes_unsafe: escalate immediately
}`,
  run(ctx) {
    for (const o of ctx.model.statements("Obligation")) {
      const action = o.node.action.name;
      if (o.node.to || !isObligationAction(action) || !ACTIONS_NEEDING_RECIPIENT.includes(action)) continue;
      ctx.report({ file: o.file, node: o.node.action }, `\`${action}\` does not say to whom`, `add the recipient the protocol names, e.g. \`${action} to "senior manager responsible for safeguarding"\``);
    }
  },
};
