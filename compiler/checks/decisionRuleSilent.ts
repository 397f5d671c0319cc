import type { Check } from "./check.js";

/** Where the protocol is silent on how a decision is reached, the reader is told that a conference without consensus ends undecided, citing the silence. */
export const decisionRuleSilent: Check = {
  code: "Q047",
  title: "no decision without consensus",
  severity: "info",
  invariant: "Where the protocol is silent on how a decision is reached, the reader is told that a conference without consensus ends undecided, citing the silence.",
  example: `decision {
  consensus first
  silent "the protocol does not say how a decision is reached without consensus"
}`,
  run(ctx) {
    const m = ctx.model;
    if (m.kind !== "policy" || m.last("MajorityDecides") || m.last("ExecutiveDecision") || m.last("NoConsensusRule")) return;
    const silence = m.statements("Silence").find((s) => s.aspect === "decision");
    if (!silence) return;
    const consensus = m.last("ConsensusFirst");
    ctx.report(
      silence,
      consensus
        ? "without a consensus this policy reaches no decision: `quorate eval` answers `protocol_silent`, citing this silence"
        : "this policy reaches no decision: `quorate eval` answers `protocol_silent` for every quorate conference, citing this silence",
      "Quorate does not invent a rule the protocol does not state; when the board settles one, write it (`majority decides`, `no consensus: chair decides` or `executive decision by chair`)",
    );
  },
};
