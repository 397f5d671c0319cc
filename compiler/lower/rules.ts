/**
 * Lowers the rule sections: voting, quorum, eligibility, decision and categories. For a
 * rule that can be stated once, the last statement in the chain wins, so a board policy
 * restating a rule of its national base replaces it.
 */
import type { PolicyIR } from "../ir.js";
import type { PolicyModel } from "../model.js";
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
  const minimum = model.last("MinimumAgencies");
  const waiver = model.last("Waiver");
  return {
    minimum: minimum ? { agencies: minimum.node.count.value, directContact: minimum.node.directContact, at: originOf(minimum) } : null,
    unborn: model.statements("UnbornRequirement").map((u) => ({ role: u.node.role.name, at: originOf(u) })),
    waiver: waiver
      ? { agencies: waiver.node.count.value, condition: waiver.node.condition?.value ?? null, rationaleRecorded: waiver.node.rationaleRecorded, at: originOf(waiver) }
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
    whenSiblingsDisagree: siblings ? { only: "involved_units", at: originOf(siblings) } : null,
    onlyInvolved: model.statements("OnlyInvolvedRoles").map((s) => ({ roles: s.node.roles.map((r) => r.name), at: originOf(s) })),
    soleRepresentatives: model.statements("SoleRepresentative").map((s) => ({
      selector: { kind: s.node.selector.kind, ids: s.node.selector.names.map((n) => n.name) },
      at: originOf(s),
    })),
  };
}

export function lowerDecision(model: PolicyModel): PolicyIR["decision"] {
  const executive = model.last("ExecutiveDecision");
  const majority = model.last("MajorityDecides");
  const tie = model.last("TieBreak");
  const override = model.last("Override");
  const deferral = model.last("Deferral");
  const rule = executive ?? majority;
  return {
    consensusFirst: originOrNull(model.last("ConsensusFirst")),
    rule: executive ? "chair_executive" : majority ? "majority" : null,
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
  };
}

export function lowerCategories(model: PolicyModel): PolicyIR["categories"] {
  const multiple = model.last("MultipleRule");
  const concern = (kind: "primary" | "secondary") => model.statements("ConcernRule").filter((c) => c.node.concern === kind).at(-1);
  const primary = concern("primary");
  const secondary = concern("secondary");
  return {
    allowed: model.allowedCategories().map((c) => ({ id: c.node.id.name, label: c.node.label.value, at: originOf(c) })),
    multiple: multiple ? { allowed: multiple.node.allowed, at: originOf(multiple) } : null,
    primary: primary ? { required: primary.node.required, at: originOf(primary) } : null,
    secondary: secondary ? { required: secondary.node.required, at: originOf(secondary) } : null,
  };
}
