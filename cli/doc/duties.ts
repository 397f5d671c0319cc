/**
 * What follows a decision, in sentences: each duty with its trigger and deadline, each
 * power held outside the conference, and each escalation or appeal route, stage by stage.
 * Deadlines are worded by the runtime's own `deadlineInWords`, as `quorate eval` words them.
 */
import type { Condition, PolicyIR, Route, Who } from "../../compiler/ir.js";
import { deadlineInWords, periodInWords } from "../../runtime/deadlineWords.js";
import { said, type Sentence } from "./sentence.js";
import { actionInWords, eventInWords, joined, quoted, whenInWords, whoInWords } from "./words.js";

/** "someone at the conference gives a view that differs from the decision (by a parent), and …" */
function triggerInWords(ir: PolicyIR, event: string, by: Who | null, when: Condition): string {
  const whose = by ? ` (by ${whoInWords(ir, by)})` : "";
  return `${eventInWords(ir, event)}${whose}${whenInWords(ir, when, "and")}`;
}

export function dutySentences(ir: PolicyIR): Sentence[] {
  if (ir.obligations.length === 0) return [said("duties", "the policy lists no duties", null, null)];
  return ir.obligations.map((o) => {
    const what = `${actionInWords(ir, o.action)}${o.to ? ` — ${o.to}` : ""}${o.description ? ` (${quoted(o.description)})` : ""}`;
    const due = o.deadline ? `, ${deadlineInWords(o.deadline)}` : "";
    return said("duties", `when ${triggerInWords(ir, o.trigger, o.by, o.when)}: ${what}${due}`, o.at, "obligations");
  });
}

export function powerSentences(ir: PolicyIR): Sentence[] {
  if (ir.powers.length === 0) return [said("powers", "the policy gives no one outside the conference a power over its decision", null, null)];
  return ir.powers.map((p) => {
    const when = p.trigger ? `, when ${triggerInWords(ir, p.trigger, p.by, p.when)}` : "";
    return said("powers", `${p.holder} may ${joined(p.powers.map((a) => actionInWords(ir, a)))}${when}`, p.at, "powers");
  });
}

function routeSentences(ir: PolicyIR, r: Route): Sentence[] {
  const group = `${r.kind === "appeal" ? "Appeal" : "Escalation"}: ${r.label}`;
  const block = `${r.kind}:${r.id}`;
  const say = (text: string, at: Route["at"]) => said("routes", text, at, block, { group });
  const out = [say(`${r.label} is ${r.kind === "appeal" ? "an appeal" : "an escalation"} route after the decision${r.opens.length === 0 ? "; it starts when someone asks" : ""}`, r.at)];
  for (const o of r.opens) out.push(say(`it opens when ${triggerInWords(ir, o.trigger, o.by, o.when)}`, o.at));
  for (const o of r.openTo) out.push(say(`${whoInWords(ir, o.who)} may start it${whenInWords(ir, o.when)}`, o.at));
  for (const g of r.grounds) out.push(say(`one ground for it: ${quoted(g.text)}`, g.at));
  if (r.startWithin) out.push(say(`it must be started within ${periodInWords(r.startWithin.period)}`, r.startWithin.at));
  if (r.approval) out.push(say(`it needs the approval of ${r.approval.by}`, r.approval.at));
  if (r.meanwhile) out.push(say(r.meanwhile.decision === "stands" ? "the decision stands while it runs" : "the decision is suspended while it runs", r.meanwhile.at));
  r.stages.forEach((s, i) => out.push(say(`stage ${i + 1}: ${s.to}${s.deadline ? `, ${deadlineInWords(s.deadline)}` : ""}`, s.at)));
  return out;
}

export function routesSentences(ir: PolicyIR): Sentence[] {
  if (ir.routes.length === 0) return [said("routes", "the policy sets out no escalation or appeal route", null, null)];
  return ir.routes.flatMap((r) => routeSentences(ir, r));
}
