import type { Confirmation } from "../../grammar/ast.js";
import type { Check } from "./check.js";

export function confirmationInWords(c: Confirmation): string {
  return `confirmed by ${c.by.value} on ${c.on}`;
}

/**
 * A reading the board has signed off is still shown, as a note rather than a warning: the
 * reader sees what was read and who accepted it, and `check --strict` no longer counts it.
 */
export const confirmedReading: Check = {
  code: "Q082",
  title: "reading confirmed by the board",
  severity: "info",
  invariant: "A reading the board has confirmed (who, and when) is shown as a note, and no longer as something awaiting sign-off.",
  example: `decision {
  ambiguity "the decision is 'normally' by majority" reading "always by majority"
    confirmed by "Policy and Procedures Group" on 2026-11-12
}`,
  run(ctx) {
    for (const a of ctx.model.statements("Ambiguity")) {
      if (!a.node.confirmed) continue;
      const cite = a.node.cite ? ` (${a.node.cite.value})` : "";
      ctx.report({ file: a.file, node: a.node.text }, `the protocol is ambiguous${cite}: ${a.node.text.value}`, `reading taken: ${a.node.reading.value}; ${confirmationInWords(a.node.confirmed)}`);
    }
    for (const s of ctx.model.statements("Silence")) {
      if (!s.node.confirmed) continue;
      ctx.report({ file: s.file, node: s.node.text }, `the protocol is silent: ${s.node.text.value}`, `Quorate adds no rule in its place; ${confirmationInWords(s.node.confirmed)}`);
    }
  },
};
