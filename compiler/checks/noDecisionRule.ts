import type { Check } from "./check.js";

/** A board policy says how a decision is reached without consensus (by majority, by the chair, or by the chair's executive decision), or records that its protocol is silent. */
export const noDecisionRule: Check = {
  code: "Q040",
  title: "no decision rule",
  severity: "error",
  invariant: "A board policy says how a decision is reached without consensus (by majority, by the chair, or by the chair's executive decision), or records that its protocol is silent.",
  example: `decision {
  consensus first
}`,
  run(ctx) {
    const m = ctx.model;
    if (m.kind !== "policy" || m.last("MajorityDecides") || m.last("ExecutiveDecision") || m.last("NoConsensusRule")) return;
    if (m.statements("Silence").some((s) => s.aspect === "decision")) return;
    const section = m.sections("decision").at(-1);
    const where = section ? { file: section.file, range: section.node.keywordRange } : { file: m.root, node: m.root.ast.header.id };
    ctx.report(
      where,
      "the policy does not say how the decision is reached when there is no consensus",
      "add `majority decides`, `no consensus: chair decides` or `executive decision by chair`, citing the clause; if the protocol does not say, record that with `silent \"…\"`",
    );
  },
};
