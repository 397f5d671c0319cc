/**
 * Lowers the rule sections: voting, quorum, eligibility, decision and categories. For a
 * rule that can be stated once, the last statement in the chain wins, so a board policy
 * restating a rule of its national base replaces it.
 */
import type { PolicyIR } from "../ir.js";
import type { CategoryList, PolicyModel } from "../model.js";
import { lowerCondition, lowerCountOf, lowerSelector } from "./conditions.js";
import { originOf, originOrNull } from "./origin.js";

export function lowerVoting(model: PolicyModel): PolicyIR["voting"] {
  const voteBy = model.last("VoteBy");
  const lead = model.last("NominatedLead");
  const others = model.last("OthersRule");
  return {
    unit: voteBy?.node.unit ?? null,
    unitAt: originOrNull(voteBy),
    nominatedLead: lead ? { chairDecidesWhenDisputed: lead.node.chairDecidesWhenDisputed, at: originOf(lead) } : null,
    others: others ? { mode: others.node.mode, at: originOf(others) } : null,
  };
}

export function lowerQuorum(model: PolicyModel): PolicyIR["quorum"] {
  const waiver = model.last("Waiver");
  // `unborn child requires <role>` is `require role <role> when unborn`, in the order written.
  const requirements = [
    ...model.statements("QuorumRequirement").map((r) => ({ located: r, at: originOf(r), selector: lowerSelector(r.node.selector), oneOf: r.node.oneOf, when: lowerCondition(r.node.when) })),
    ...model.statements("UnbornRequirement").map((u) => ({
      located: u,
      at: originOf(u),
      selector: { kind: "role" as const, ids: [u.node.role.name] },
      oneOf: false,
      when: [{ fact: "unborn", test: "yes" as const }] as PolicyIR["quorum"]["requirements"][number]["when"],
    })),
  ].sort((a, b) => model.chain.indexOf(a.located.file) - model.chain.indexOf(b.located.file) || a.located.node.range.start.offset - b.located.node.range.start.offset);
  return {
    counts: model.statements("QuorumCount").map((c) => ({
      count: c.node.count.value,
      of: lowerCountOf(c.node.of),
      directContact: c.node.directContact,
      counting: c.node.counting ?? null,
      when: lowerCondition(c.node.when),
      at: originOf(c),
    })),
    requirements: requirements.map((r) => ({ selector: r.selector, oneOf: r.oneOf, when: r.when, at: r.at })),
    waiver: waiver
      ? {
          count: waiver.node.count.value,
          of: lowerCountOf(waiver.node.of),
          condition: waiver.node.condition?.value ?? null,
          when: lowerCondition(waiver.node.when),
          rationaleRecorded: waiver.node.rationaleRecorded,
          at: originOf(waiver),
        }
      : null,
    localAuthorityServicesCountSeparately: originOrNull(model.last("LocalAuthorityServices")),
  };
}

export function lowerEligibility(model: PolicyModel): PolicyIR["eligibility"] {
  const every = model.last("EveryUnitVotes");
  const only = model.last("OnlyInvolvedVote");
  const siblings = model.last("SiblingsDisagree");
  const stated = only ?? every;
  return {
    default: only ? "involved_units" : "every_unit",
    defaultAt: originOrNull(stated),
    defaultWhen: lowerCondition(only?.node.when),
    whenSiblingsDisagree: siblings ? { only: "involved_units", at: originOf(siblings) } : null,
    onlyInvolved: model.statements("OnlyInvolvedRoles").map((s) => ({ roles: s.node.roles.map((r) => r.name), when: lowerCondition(s.node.when), at: originOf(s) })),
    soleRepresentatives: model.statements("SoleRepresentative").map((s) => ({
      selector: { kind: s.node.selector.kind, ids: s.node.selector.names.map((n) => n.name) },
      at: originOf(s),
    })),
  };
}

export function lowerDecision(model: PolicyModel): PolicyIR["decision"] {
  const executive = model.last("ExecutiveDecision");
  const majority = model.last("MajorityDecides");
  const withoutVote = model.last("NoConsensusRule");
  const tie = model.last("TieBreak");
  const override = model.last("Override");
  const deferral = model.last("Deferral");
  const abstention = model.last("AbstentionRule");
  const rule = executive ?? withoutVote ?? majority;
  return {
    consensusFirst: originOrNull(model.last("ConsensusFirst")),
    rule: executive ? "chair_executive" : withoutVote ? "chair_without_vote" : majority ? "majority" : null,
    ruleAt: originOrNull(rule),
    tieBreak: tie ? { on: tie.node.on, by: "chair", at: originOf(tie) } : null,
    chairBoundByMajority: originOrNull(model.last("ChairBound")),
    override: override
      ? {
          of: override.node.unanimity ? ["majority", "unanimity"] : ["majority"],
          requiresAuthorisation: override.node.whenAuthorised,
          reasonsRecorded: override.node.reasonsRecorded,
          at: originOf(override),
        }
      : null,
    deferral: deferral ? { condition: deferral.node.condition?.value ?? null, reasonsRecorded: deferral.node.reasonsRecorded, at: originOf(deferral) } : null,
    abstention: abstention ? { allowed: abstention.node.allowed, at: originOf(abstention) } : null,
  };
}

/** The categories, or the areas of concern: the same rules over two lists. */
export function lowerCategories(model: PolicyModel, list: CategoryList = "categories"): PolicyIR["categories"] {
  const multiple = model.lastOf(list, "MultipleRule");
  const rank = (kind: "primary" | "secondary") => model.listStatements(list, "ConcernRule").filter((c) => c.node.concern === kind).at(-1);
  const primary = rank("primary");
  const secondary = rank("secondary");
  return {
    allowed: model.allowedCategories(list).map((c) => ({ id: c.node.id.name, label: c.node.label.value, local: c.node.local, at: originOf(c) })),
    multiple: multiple ? { allowed: multiple.node.allowed, at: originOf(multiple) } : null,
    primary: primary ? { required: primary.node.required, at: originOf(primary) } : null,
    secondary: secondary ? { required: secondary.node.required, at: originOf(secondary) } : null,
    unranked: originOrNull(model.lastOf(list, "UnrankedRule")),
    atLeastOne: originOrNull(model.lastOf(list, "AtLeastOneRule")),
    freeText: originOrNull(model.lastOf(list, "FreeTextRule")),
  };
}
