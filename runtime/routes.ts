/**
 * The escalation and appeal routes open after a decision: a route opens when an event it
 * names happened (a formal dissent, a parent's disagreement), and otherwise stands open on
 * request to those who may start it. Each is reported with who opened it, who present may
 * start it, its grounds, time limit, approval, what becomes of the decision meanwhile, and
 * its stages in order.
 */
import type { RouteResult, TraceStep } from "./decision.js";
import type { Seat } from "./attendance.js";
import type { Holds } from "./facts.js";
import { deadlineInWords, fired, periodInWords, type Happened } from "./obligations.js";
import type { PolicyTables } from "./policyTables.js";
import { selects } from "./selection.js";
import { listSome, step } from "./trace.js";

export function openRoutes(tables: PolicyTables, happened: Happened, holds: Holds, seats: readonly Seat[], trace: TraceStep[]): RouteResult[] {
  const results: RouteResult[] = [];
  for (const route of tables.ir.routes) {
    let opened = false;
    const openedBy = new Set<string>();
    let openedAt = route.at;
    for (const o of route.opens) {
      const people = fired(tables, happened, holds, o.trigger, o.by, o.when);
      if (people === null) continue;
      if (!opened) openedAt = o.at;
      opened = true;
      for (const s of people) openedBy.add(s.id);
    }
    // A route that events open, none of which happened, is not open.
    if (!opened && route.opens.length > 0) continue;
    const mayStart = seats.filter((s) => route.openTo.some((o) => holds(o.when) && selects(tables, o.who, s))).map((s) => s.id);
    results.push({
      route: route.id,
      kind: route.kind,
      label: route.label,
      opened,
      openedBy: [...openedBy],
      mayStart,
      startWithin: route.startWithin?.period ?? null,
      grounds: route.grounds.map((g) => g.text),
      approval: route.approval?.by ?? null,
      meanwhile: route.meanwhile?.decision ?? null,
      stages: route.stages.map((s) => ({ to: s.to, deadline: s.deadline, cite: s.at.cite, line: s.at.line })),
      cite: openedAt.cite,
      line: openedAt.line,
      file: openedAt.file,
    });
    const how = opened ? `opens${openedBy.size > 0 ? ` (${listSome([...openedBy])})` : ""}` : `is open on request${mayStart.length > 0 ? ` to ${listSome(mayStart)}` : ", though no one present may start it"}`;
    const limit = route.startWithin ? `, to be started within ${periodInWords(route.startWithin.period)}` : "";
    const stages = route.stages.map((s) => [s.to, deadlineInWords(s.deadline)].filter(Boolean).join(" ")).join(", then ");
    const meanwhile = route.meanwhile ? `; the decision ${route.meanwhile.decision === "stands" ? "stands" : "is suspended"} meanwhile` : "";
    trace.push(step("routes", `the ${route.kind} "${route.label}" ${how}${limit}${stages ? `: ${stages}` : ""}${meanwhile}`, openedAt));
  }
  return results;
}
