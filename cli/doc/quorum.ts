/**
 * The quorum and who votes on which child, in sentences: each count, each required
 * attendee and each of the chair's waivers; then the eligibility rules. Where the policy
 * states none, one sentence says what Quorate does instead, with no citation (it is no
 * rule of the protocol).
 */
import type { PolicyIR } from "../../compiler/ir.js";
import { said, type Sentence } from "./sentence.js";
import { countOfInWords, quoted, rolesInWords, selectorInWords, whenInWords } from "./words.js";

function countSentences(ir: PolicyIR): Sentence[] {
  return ir.quorum.counts.map((c) => {
    const whom = c.counting === "present" ? "must be present, voting or not" : "must take part in the decision";
    const contact = c.directContact ? ", counting only those with direct contact with the child" : "";
    return said("quorum", `at least ${c.count} ${countOfInWords(ir, c.of, c.count)} ${whom}${contact}${whenInWords(ir, c.when)}`, c.at, "quorum");
  });
}

function requirementSentences(ir: PolicyIR): Sentence[] {
  return ir.quorum.requirements.map((r) => {
    const who = selectorInWords(ir, r.selector, r.oneOf ? "or" : "and");
    const text = r.oneOf && r.selector.ids.length > 1 ? `at least one of ${who} must attend` : `${who} must attend`;
    return said("quorum", `${text}${whenInWords(ir, r.when)}`, r.at, "quorum");
  });
}

function waiverSentences(ir: PolicyIR): Sentence[] {
  return ir.quorum.waivers.map((w) => {
    const how = w.count === null || w.of === null ? "without a quorum" : `with ${w.count} ${countOfInWords(ir, w.of, w.count)}`;
    const judgement = w.condition ? ` when ${quoted(w.condition)}` : "";
    const facts = whenInWords(ir, w.when, w.condition ? "and" : "when");
    const rationale = w.rationaleRecorded ? ", recording the rationale" : "";
    const never = w.count === null ? "" : "; this never stands in for someone who must attend";
    return said("quorum", `the chair may let the conference go ahead ${how}${judgement}${facts}${rationale}${never}`, w.at, "quorum");
  });
}

export function quorumSentences(ir: PolicyIR): Sentence[] {
  const q = ir.quorum;
  const out = [...countSentences(ir), ...requirementSentences(ir), ...waiverSentences(ir)];
  if (q.localAuthorityServicesCountSeparately) {
    out.push(said("quorum", "a service run within the local authority counts as the agency it provides; Quorate counts agencies by role, so this changes no count", q.localAuthorityServicesCountSeparately, "quorum"));
  }
  if (q.counts.length === 0 && q.requirements.length === 0 && q.waivers.length === 0) {
    out.push(said("quorum", "the policy states no quorum, so Quorate lets every conference go ahead", null, null));
  }
  return out;
}

export function eligibilitySentences(ir: PolicyIR): Sentence[] {
  const e = ir.eligibility;
  const out: Sentence[] = [];
  if (e.default === "involved_units") {
    const otherwise = e.defaultWhen ? "; otherwise every unit votes on every child" : "";
    out.push(said("eligibility", `only the units involved with a child vote on that child${whenInWords(ir, e.defaultWhen)}${otherwise}`, e.defaultAt, "eligibility"));
  } else if (e.defaultAt) {
    out.push(said("eligibility", "every voting unit gives a view on every child, whether or not it is involved with that child", e.defaultAt, "eligibility"));
  } else {
    out.push(said("eligibility", "the policy does not say who votes on which child, so Quorate takes every unit's view on every child", null, null));
  }
  for (const o of e.onlyInvolved) out.push(said("eligibility", `${rolesInWords(ir, o.roles)} vote only on the children they are involved with${whenInWords(ir, o.when)}`, o.at, "eligibility"));
  if (e.whenSiblingsDisagree) {
    out.push(said("eligibility", "where the conference considers brothers and sisters and reaches no consensus on one of them, only the units involved with that child vote on it", e.whenSiblingsDisagree.at, "eligibility"));
  }
  for (const r of e.soleRepresentatives) {
    const who = `${{ role: "is", agency: "is from", grouping: "sits in" }[r.selector.kind]} ${selectorInWords(ir, r.selector, "or")}`;
    out.push(said("eligibility", `where only one attendee present ${who}, that attendee's unit votes on every child`, r.at, "eligibility"));
  }
  return out;
}
