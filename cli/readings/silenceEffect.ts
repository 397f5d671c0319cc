/**
 * What a silence changes, where the IR shows it: a section that states no rule of the kind
 * leaves the evaluation to do without one ("When a protocol is silent" in
 * docs/language.md). Where the section states rules beside the silence, the silence is
 * about something those rules do not cover, and the IR cannot say what: null.
 */
import type { PolicyIR } from "../../compiler/ir.js";

export function silenceEffect(ir: PolicyIR, aspect: string): string | null {
  switch (aspect) {
    case "quorum": {
      const q = ir.quorum;
      return q.counts.length === 0 && q.requirements.length === 0 && q.waivers.length === 0 ? "no quorum is checked: Quorate lets every conference go ahead" : null;
    }
    case "eligibility":
      return ir.eligibility.defaultAt === null ? "Quorate takes every unit's view on every child: its own default, not the protocol's" : null;
    case "voting":
      return ir.voting.unit === null ? "no voting unit is stated, so no vote can be counted" : null;
    case "decision":
      if (ir.decision.rule !== null) return null;
      return `${ir.decision.consensusFirst ? "without a consensus " : ""}a conference reaches no decision: Quorate answers “protocol silent”, citing this silence`;
    case "categories":
    case "concerns": {
      const list = ir[aspect];
      const what = aspect === "categories" ? "category" : "area of concern";
      return list.allowed.length === 0 && list.freeText === null ? `no ${what} is listed, so none chosen can be said to be outside the protocol` : null;
    }
    default:
      return null;
  }
}
