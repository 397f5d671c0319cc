/** Lowers obligations, powers, and the recorded silences and ambiguities. */
import type { Deadline as DeadlineNode } from "../../grammar/ast.js";
import { isEvent, isObligationAction, isPower } from "../catalogue.js";
import type { Deadline, PolicyIR } from "../ir.js";
import type { PolicyModel } from "../model.js";
import { originOf } from "./origin.js";

function lowerDeadline(d: DeadlineNode | undefined): Deadline | null {
  if (!d) return null;
  if (d.kind === "immediately") return { kind: "immediately", afterConference: d.afterConference };
  return { kind: d.kind, amount: d.amount.value, unit: d.unit };
}

// INVARIANT: lowering runs only after the checks passed, so every trigger, action and power
// name is in the catalogue; the filters below only narrow the types.
export function lowerObligations(model: PolicyModel): PolicyIR["obligations"] {
  return model.statements("Obligation").flatMap((o) => {
    const trigger = o.node.trigger?.name;
    const action = o.node.action.name;
    if (trigger === undefined || !isEvent(trigger) || !isObligationAction(action)) return [];
    return [{ trigger, action, description: o.node.description?.value ?? null, to: o.node.to?.value ?? null, deadline: lowerDeadline(o.node.deadline), at: originOf(o) }];
  });
}

export function lowerPowers(model: PolicyModel): PolicyIR["powers"] {
  return model.statements("Power").map((p) => {
    const trigger = p.node.trigger?.name;
    return {
      holder: p.node.holder.value,
      powers: p.node.powers.map((x) => x.name).filter(isPower),
      trigger: trigger !== undefined && isEvent(trigger) ? trigger : null,
      at: originOf(p),
    };
  });
}

export function lowerNotes(model: PolicyModel): Pick<PolicyIR, "silences" | "ambiguities"> {
  return {
    silences: model.statements("Silence").map((s) => ({ aspect: s.aspect, text: s.node.text.value, at: originOf(s) })),
    ambiguities: model.statements("Ambiguity").map((a) => ({ aspect: a.aspect, text: a.node.text.value, reading: a.node.reading.value, at: originOf(a) })),
  };
}
