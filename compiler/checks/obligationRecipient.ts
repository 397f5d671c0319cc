import type { Check } from "./check.js";

/** A duty whose action is declared `needs recipient` (to escalate, notify, refer…) names who receives it. */
export const obligationRecipient: Check = {
  code: "Q061",
  title: "obligation without a recipient",
  severity: "warning",
  invariant: "A duty whose action is declared `needs recipient` (to escalate, notify, refer…) names who receives it.",
  example: `obligations {
  when chair_believes_unsafe: escalate immediately
}`,
  run(ctx) {
    for (const o of ctx.model.statements("Obligation")) {
      const action = o.node.action.name;
      if (o.node.to || ctx.scope.actions.get(action)?.node.needsRecipient !== true) continue;
      ctx.report({ file: o.file, node: o.node.action }, `\`${action}\` does not say to whom`, `add the recipient the protocol names, e.g. \`${action} to "senior manager responsible for safeguarding"\``);
    }
  },
};
