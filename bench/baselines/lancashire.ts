/**
 * Lancashire, written by hand from "Child Protection Conference Decisions and
 * Multi-Disciplinary Working in Family Safeguarding Model", as a programmer would without
 * Quorate: the benchmark's yardstick for the evaluator, and a second reading the tests
 * hold the policy to.
 *
 * Implements: "Decision Making at Conference" para 1 (each professional gives an
 * individual view); "Current position" para 1 (consensus first, then usually the
 * majority); "Decision Making at Conference" para 2 (the chair confirms the outcome where
 * consensus fails, and may set aside a majority or even unanimous view); para 4 (a
 * service provided from within the local authority does not make a conference
 * inquorate). The guidance sets no quorum of its own (the pan-Lancashire procedures it
 * links to are not reproduced), has no categories, unborn rule or deferral, and gives no
 * one a nominated lead, so a conference is always quorate and `chair.defer`,
 * `chair.proceedWithoutQuorum` and `nominatedLead` change nothing.
 */
import type { Conference } from "../../runtime/conference.js";
import type { Verdict } from "../../runtime/decision.js";

/** Heard at conference but not professionals, so they give no view that is counted. */
const NOT_PROFESSIONALS = new Set(["parent", "child", "family_member", "parent_supporter", "advocate", "legal_representative", "ciw_inspector", "foster_carer"]);

export function decideLancashire(conference: Conference): Verdict[] {
  const professionals = conference.attendees.filter((a) => !NOT_PROFESSIONALS.has(a.role));
  const chair = conference.chair;
  return conference.children.map((child): Verdict => {
    const id = child.id;
    const tally = { register: 0, not_register: 0, abstain: 0 };
    for (const a of professionals) {
      const view = a.views !== undefined && Object.hasOwn(a.views, id) ? a.views[id] : undefined;
      tally[view ?? "abstain"]++;
    }
    const verdict = (outcome: Verdict["outcome"], decidedBy: Verdict["decidedBy"]): Verdict => ({ child: id, quorumMet: true, outcome, decidedBy, tally });

    const override = chair?.override !== undefined && Object.hasOwn(chair.override, id) ? chair.override[id] : undefined;
    const consensus = tally.not_register === 0 && tally.register > 0 ? "register" : tally.register === 0 && tally.not_register > 0 ? "not_register" : null;
    const majority = tally.register > tally.not_register ? "register" : tally.not_register > tally.register ? "not_register" : null;
    const view = consensus ?? majority;
    if (view !== null) {
      // "Retains the ability to set aside a majority (or even a unanimous) view".
      if (override !== undefined && override.outcome !== view) return verdict(override.outcome, "chair_override");
      return verdict(view, consensus !== null ? "consensus" : "majority");
    }
    // Evenly split, or no view given: "it is then the Chair's responsibility to confirm the outcome".
    const decides = chair?.decides !== undefined && Object.hasOwn(chair.decides, id) ? chair.decides[id] : undefined;
    return decides === undefined ? verdict("chair_decision_required", null) : verdict(decides, "chair_casting");
  });
}
