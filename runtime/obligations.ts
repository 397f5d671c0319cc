/**
 * Duties that follow a decision: the events the evaluation can see (the decision itself,
 * dissent, the chair deciding or overriding, a waiver, a deferral, the chair's concern)
 * select the policy's obligations triggered by them. Events that happen outside the
 * conference (a strategy discussion, a later appeal) are duties the policy lists but an
 * evaluation cannot detect, so they are never fired here.
 */
import type { Deadline } from "../compiler/ir.js";
import type { EventId } from "../compiler/catalogue.js";
import type { ObligationResult, TraceStep } from "./decision.js";
import type { PolicyTables } from "./policyTables.js";
import { listSome, step } from "./trace.js";

export function deadlineInWords(deadline: Deadline | null): string {
  if (deadline === null) return "";
  if (deadline.kind === "immediately") return deadline.afterConference ? "immediately after the conference" : "immediately";
  const unit = deadline.unit.replace("_", " ");
  const amount = `${deadline.amount} ${deadline.amount === 1 ? unit.replace(/s$/, "") : unit}`;
  if (deadline.kind === "within") return `within ${amount}`;
  if (deadline.kind === "every") return `every ${amount}`;
  return `${amount} before the conference`;
}

/** `dissent` holds the dissenting units' keys for the result and their labels for the trace. */
export function triggeredObligations(tables: PolicyTables, events: ReadonlySet<EventId>, dissent: { keys: readonly string[]; labels: readonly string[] }, trace: TraceStep[]): ObligationResult[] {
  const results: ObligationResult[] = [];
  for (const o of tables.ir.obligations) {
    if (!events.has(o.trigger)) continue;
    const result: ObligationResult = { kind: o.action, trigger: o.trigger, description: o.description, to: o.to, deadline: o.deadline, cite: o.at.cite, line: o.at.line, file: o.at.file };
    if (o.action === "record_dissent") result.units = [...dissent.keys];
    results.push(result);
    const words = [o.action.replace(/_/g, " "), o.to ? `to ${o.to}` : "", deadlineInWords(o.deadline)].filter(Boolean).join(" ");
    trace.push(step("obligations", `${o.trigger.replace(/_/g, " ")}: ${words}${o.description ? ` (${o.description})` : ""}${o.action === "record_dissent" && dissent.labels.length > 0 ? `: ${listSome(dissent.labels)}` : ""}`, o.at));
  }
  return results;
}
