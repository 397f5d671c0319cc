/**
 * How the decision is made, and the chair's powers, in sentences. The chair's powers are a
 * summary of rules other sections state (the waiver in the quorum, the tie-break in the
 * decision), each citing the same clause, so a board member finds in one place what the
 * chair may do; they are marked as restating, so a reading is shown once, beside the rule.
 */
import type { PolicyIR } from "../../compiler/ir.js";
import { said, type Sentence } from "./sentence.js";
import { countOfInWords, quoted, rolesInWords } from "./words.js";

function ruleSentence(ir: PolicyIR): Sentence {
  const d = ir.decision;
  const without = d.consensusFirst ? "without a consensus, " : "";
  switch (d.rule) {
    case "majority":
      return said("decision", `${without}the view of the majority of voting units decides; a unit that abstains is not counted`, d.ruleAt, "decision");
    case "chair_executive":
      return said("decision", "the chair makes the decision (an executive decision), having heard every view; no vote decides", d.ruleAt, "decision");
    case "chair_without_vote":
      return said("decision", `${without}the chair decides; no vote is taken`, d.ruleAt, "decision");
    default:
      return said("decision", `the policy does not say how a decision is reached${d.consensusFirst ? " without a consensus" : ""}, so Quorate reaches none there (it answers “protocol silent”)`, null, null);
  }
}

export function decisionSentences(ir: PolicyIR): Sentence[] {
  const d = ir.decision;
  const out: Sentence[] = [];
  if (d.consensusFirst) out.push(said("decision", "the conference first seeks a consensus: where every view given is the same, that is the decision", d.consensusFirst, "decision"));
  out.push(ruleSentence(ir));
  if (d.tieBreak) {
    const when = d.tieBreak.on === "tie" ? "where the vote is tied" : "where no view has a majority (a tied vote, or no views at all)";
    out.push(said("decision", `${when}, the chair decides`, d.tieBreak.at, "decision"));
  }
  if (d.chairBoundByMajority) out.push(said("decision", "the chair accepts the majority view, even where they disagree with it", d.chairBoundByMajority, "decision"));
  if (d.override) out.push(said("decision", overrideWords(ir), d.override.at, "decision"));
  if (d.deferral) out.push(said("decision", deferralWords(ir), d.deferral.at, "decision"));
  if (d.abstention) {
    const words = d.abstention.allowed ? "a practitioner taking part may abstain" : "a practitioner taking part must give a view: abstaining is not allowed";
    out.push(said("decision", words, d.abstention.at, "decision"));
  }
  return out;
}

function overrideWords(ir: PolicyIR): string {
  const o = ir.decision.override!;
  const what = o.of.includes("unanimity") ? "the majority view, or even a unanimous one," : "the majority view";
  return `the chair may override ${what} in either direction${o.requiresAuthorisation ? ", where the board has authorised the chair to do so" : ""}${o.reasonsRecorded ? ", recording the reasons" : ""}`;
}

function deferralWords(ir: PolicyIR): string {
  const d = ir.decision.deferral!;
  return `the chair may defer the decision${d.condition ? ` in ${quoted(d.condition)}` : ""}${d.reasonsRecorded ? ", recording the reasons" : ""}`;
}

/** What the chair may do, each from the rule that grants it. */
export function chairSentences(ir: PolicyIR): Sentence[] {
  const d = ir.decision;
  const out: Sentence[] = [];
  const restate = (text: string, at: Parameters<typeof said>[2], block: string) => out.push(said("chair", text, at, block, { restates: true }));
  for (const w of ir.quorum.waivers) {
    restate(w.count === null || w.of === null ? "let the conference go ahead without a quorum, in the cases the quorum rules say" : `let the conference go ahead with ${w.count} ${countOfInWords(ir, w.of, w.count)}, in the cases the quorum rules say`, w.at, "quorum");
  }
  if (ir.voting.nominatedLead?.chairDecidesWhenDisputed) restate("decide who leads a grouping whose members cannot agree", ir.voting.nominatedLead.at, "voting");
  const admitted = ir.roles.filter((r) => r.vote?.status === "chair_discretion");
  if (admitted.length > 0) restate(`admit the view of ${rolesInWords(ir, admitted.map((r) => r.id), "or", true)}`, admitted[0]!.vote!.at, "voting");
  if (d.rule === "chair_executive") restate("make the decision, having heard every view", d.ruleAt, "decision");
  if (d.rule === "chair_without_vote") restate("decide where the conference reaches no consensus", d.ruleAt, "decision");
  if (d.tieBreak) restate(d.tieBreak.on === "tie" ? "decide a tied vote" : "decide where no view has a majority", d.tieBreak.at, "decision");
  if (d.override) restate(overrideWords(ir).replace(/^the chair may /, ""), d.override.at, "decision");
  if (d.deferral) restate(deferralWords(ir).replace(/^the chair may /, ""), d.deferral.at, "decision");
  if (out.length === 0) out.push(said("chair", "the policy gives the chair no power of their own over the decision", null, null));
  return out.map((s) => (s.restates ? { ...s, text: `The chair may ${s.text[0]!.toLowerCase()}${s.text.slice(1)}` } : s));
}
