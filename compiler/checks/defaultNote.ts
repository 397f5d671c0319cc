/**
 * The shared body of the default notes (Q086–Q089): each shows, where it applies, a rule
 * Quorate supplies because the policy does not state it (see compiler/defaults.ts).
 */
import { defaultsOf, type DefaultCode } from "../defaults.js";
import type { Check } from "./check.js";
import { inSentence } from "./unknownName.js";

export function defaultNote(code: DefaultCode, title: string, invariant: string, example: string): Check {
  return {
    code,
    title,
    severity: "info",
    invariant,
    example,
    run(ctx) {
      for (const d of defaultsOf(ctx.model, ctx.scope)) {
        if (d.code !== code) continue;
        const named = d.code === "Q086" ? `: ${inSentence(d.subjects, 8)}` : "";
        ctx.report(d.where, `Quorate's default: ${d.rule}${named} (${d.why})`, d.help);
      }
    },
  };
}
