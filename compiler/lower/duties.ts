/** Lowers what follows a decision: duties, powers, escalation and appeal routes, and the recorded silences and ambiguities. */
import type { Confirmation, Deadline as DeadlineNode, RouteSection } from "../../grammar/ast.js";
import type { Deadline, PolicyIR, Route } from "../ir.js";
import type { PolicyModel } from "../model.js";
import { lowerCondition, lowerPeriod, lowerWho } from "./conditions.js";
import { originAt, originOf } from "./origin.js";

export function lowerDeadline(d: DeadlineNode | undefined): Deadline | null {
  if (!d) return null;
  if (d.kind === "immediately") return { kind: "immediately", afterConference: d.afterConference };
  if (d.kind === "within") return { kind: "within", amount: d.amount.value, unit: d.unit, then: d.then ? lowerPeriod(d.then) : null };
  return { kind: d.kind, amount: d.amount.value, unit: d.unit };
}

// INVARIANT: lowering runs only after the checks passed, so every obligation has a
// trigger, and every event and action name resolves.
export function lowerObligations(model: PolicyModel): PolicyIR["obligations"] {
  return model.statements("Obligation").flatMap((o) => {
    const trigger = o.node.trigger;
    if (trigger === undefined) return [];
    return [
      {
        trigger: trigger.event.name,
        by: lowerWho(trigger.by),
        when: lowerCondition(trigger.when),
        action: o.node.action.name,
        description: o.node.description?.value ?? null,
        to: o.node.to?.value ?? null,
        deadline: lowerDeadline(o.node.deadline),
        at: originOf(o),
      },
    ];
  });
}

export function lowerPowers(model: PolicyModel): PolicyIR["powers"] {
  return model.statements("Power").map((p) => ({
    holder: p.node.holder.value,
    powers: p.node.powers.map((x) => x.name),
    trigger: p.node.trigger?.event.name ?? null,
    by: lowerWho(p.node.trigger?.by),
    when: lowerCondition(p.node.trigger?.when),
    at: originOf(p),
  }));
}

export function lowerRoutes(model: PolicyModel): PolicyIR["routes"] {
  const routes: Route[] = [];
  for (const file of model.chain) {
    for (const section of file.ast.sections) {
      if (section.keyword !== "escalation" && section.keyword !== "appeal") continue;
      const route = section as RouteSection;
      const located = <T extends RouteSection["statements"][number]>(node: T) => originOf({ node, file, aspect: route.keyword });
      const route_: Route = { id: route.id.name, label: route.label.value, kind: route.keyword, opens: [], openTo: [], grounds: [], startWithin: null, approval: null, meanwhile: null, stages: [], at: originAt(file, route.id) };
      for (const s of route.statements) {
        switch (s.type) {
          case "RouteOpens":
            route_.opens.push({ trigger: s.trigger.event.name, by: lowerWho(s.trigger.by), when: lowerCondition(s.trigger.when), at: located(s) });
            break;
          case "RouteOpenTo":
            route_.openTo.push({ who: lowerWho(s.who) ?? { kind: "anyone" }, when: lowerCondition(s.when), at: located(s) });
            break;
          case "RouteGrounds":
            route_.grounds.push({ text: s.text.value, at: located(s) });
            break;
          case "RouteStart":
            route_.startWithin = { period: lowerPeriod(s.period), at: located(s) };
            break;
          case "RouteApproval":
            route_.approval = { by: s.by.value, at: located(s) };
            break;
          case "RouteMeanwhile":
            route_.meanwhile = { decision: s.decision, at: located(s) };
            break;
          case "RouteStage":
            route_.stages.push({ to: s.to.value, deadline: lowerDeadline(s.deadline), at: located(s) });
            break;
        }
      }
      routes.push(route_);
    }
  }
  return routes;
}

function confirmationOf(c: Confirmation | undefined): { by: string; on: string } | null {
  return c ? { by: c.by.value, on: c.on } : null;
}

export function lowerNotes(model: PolicyModel): Pick<PolicyIR, "silences" | "ambiguities"> {
  return {
    silences: model.statements("Silence").map((s) => ({ aspect: s.aspect, text: s.node.text.value, confirmed: confirmationOf(s.node.confirmed), at: originOf(s) })),
    ambiguities: model.statements("Ambiguity").map((a) => ({ aspect: a.aspect, text: a.node.text.value, reading: a.node.reading.value, confirmed: confirmationOf(a.node.confirmed), at: originOf(a) })),
  };
}
