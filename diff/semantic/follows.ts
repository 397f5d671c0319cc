/**
 * What follows a decision for a child under one policy, as the search compares it: the
 * duties triggered (each an action, to whom, by when) and the escalation and appeal routes
 * open after it (opened by an event or open on request, whether someone present may start
 * it, its stages, time limit, approval and what becomes of the decision meanwhile). Two
 * policies that decide alike can still differ here: a formal dissent escalated by one and
 * only minuted by the other, an appeal route one has and the other lacks, a plan due within
 * 24 hours or within a working day.
 *
 * The search reads these from a room's summary and the decider's verdict, with the events
 * an evaluation sees worked out as the evaluator works them out; tests check every one
 * against the explained evaluation's own duties and routes.
 */
import type { Condition, Deadline, PolicyIR, Route, Who } from "../../compiler/ir.js";
import type { ChildDecision, Verdict } from "../../runtime/decision.js";
import type { Holds } from "../../runtime/facts.js";
import { deadlineInWords, periodInWords } from "../../runtime/obligations.js";
import { requirementHolds } from "../../runtime/quorumCheck.js";
import { peopleKey, type PolicyReading } from "./policyReading.js";
import type { SummaryTable } from "./roomSummary.js";

/** One thing that follows, as a key two policies share when they ask for the same. */
function dutyKey(action: string, to: string | null, deadline: Deadline | null): string {
  return JSON.stringify(["duty", action, to, deadline]);
}

interface RouteShape {
  kind: string;
  stages: { to: string; deadline: Deadline | null }[];
  startWithin: unknown;
  approval: string | null;
  meanwhile: string | null;
}

function routeKey(r: RouteShape, opened: boolean, mayStart: boolean): string {
  return JSON.stringify(["route", r.kind, opened, mayStart, r.stages.map((s) => [s.to, s.deadline]), r.startWithin ?? null, r.approval, r.meanwhile]);
}

/** A list of what follows as one string: sorted, each once. */
export function followsSignature(keys: readonly string[]): string {
  return [...new Set(keys)].sort().join("\n");
}

export function followsKeys(signature: string): string[] {
  return signature === "" ? [] : signature.split("\n");
}

/** What follows, read from an explained decision: the same keys the search makes. */
export function followsOfDecision(child: ChildDecision): string {
  const keys = child.obligations.map((o) => dutyKey(o.kind, o.to, o.deadline));
  for (const r of child.routes) keys.push(routeKey({ kind: r.kind, stages: r.stages, startWithin: r.startWithin, approval: r.approval, meanwhile: r.meanwhile }, r.opened, r.mayStart.length > 0));
  return followsSignature(keys);
}

/** One thing that follows, in words for a board officer. */
export function followWords(key: string, labels: ReadonlyMap<string, string> = new Map()): string {
  const parsed = JSON.parse(key) as unknown[];
  if (parsed[0] === "duty") {
    const [, action, to, deadline] = parsed as [string, string, string | null, Deadline | null];
    return [String(action).replaceAll("_", " "), to ? `to ${to}` : "", deadlineInWords(deadline)].filter(Boolean).join(" ");
  }
  const [, kind, opened, mayStart, stages, startWithin] = parsed as [string, string, boolean, boolean, [string, Deadline | null][], { amount: number; unit: "hours" | "working_days" | "days" | "weeks" | "months" } | null];
  const label = labels.get(key);
  const name = label ? `the ${kind} route "${label}"` : `an ${kind} route`;
  const how = opened ? "opens" : mayStart ? "is open on request to someone present" : "is open on request, though no one present may start it";
  const steps = stages.map(([to, d]) => [to, deadlineInWords(d)].filter(Boolean).join(" ")).join(", then ");
  const limit = startWithin ? `, to be started within ${periodInWords(startWithin)}` : "";
  return `${name} ${how}${limit}${steps ? ` (${steps})` : ""}`;
}

interface Trigger {
  trigger: string;
  /** Index into the policy's people needs for an event about people; -1 for any other event. */
  people: number;
  when: Condition;
}

const CHAIR_DECIDES: ReadonlySet<string> = new Set(["chair_casting", "chair_executive", "chair_no_consensus"]);

export class FollowsReader {
  private readonly duties: (Trigger & { key: string; rank: number })[];
  private readonly routes: { opens: Trigger[]; openTo: number[]; route: Route; shape: RouteShape; ranks: number[] }[];
  /** Every key `read` can give, sorted as `followsSignature` sorts them: a signature is the marked ones in this order. */
  private readonly sorted: string[];
  private readonly marked: Uint8Array;
  constructor(
    private readonly reading: PolicyReading,
    private readonly table: SummaryTable,
  ) {
    const { ir } = reading.tables;
    const trigger = (t: { trigger: string; by: Who | null; when: Condition }): Trigger => ({ trigger: t.trigger, people: reading.people.findIndex((n) => peopleKey(n.event, n.by) === peopleKey(t.trigger, t.by)), when: t.when });
    const dutyKeys = ir.obligations.map((o) => dutyKey(o.action, o.to, o.deadline));
    let openTo = 0;
    const routes = ir.routes.map((route) => {
      const indexes = route.openTo.map(() => openTo++);
      const stages = route.stages.map((s) => ({ to: s.to, deadline: s.deadline }));
      const shape = { kind: route.kind, stages, startWithin: route.startWithin?.period ?? null, approval: route.approval?.by ?? null, meanwhile: route.meanwhile?.decision ?? null };
      // Its key in each way it can be open: opened or not, then whether someone present may start it.
      const keys = [routeKey(shape, false, false), routeKey(shape, false, true), routeKey(shape, true, false), routeKey(shape, true, true)];
      return { opens: route.opens.map(trigger), openTo: indexes, route, shape, keys };
    });
    this.sorted = [...new Set([...dutyKeys, ...routes.flatMap((r) => r.keys)])].sort();
    const rank = new Map(this.sorted.map((k, i) => [k, i]));
    this.marked = new Uint8Array(this.sorted.length);
    // Plain literals of one shape, without spread or rest: `read` destructures these in its loops, and V8's
    // compiled `read` bailed out on the shapes a spread gave them.
    this.duties = ir.obligations.map((o, i) => {
      const t = trigger(o);
      return { trigger: t.trigger, people: t.people, when: t.when, key: dutyKeys[i] ?? "", rank: rank.get(dutyKeys[i] ?? "") ?? -1 };
    });
    this.routes = routes.map((r) => ({ opens: r.opens, openTo: r.openTo, route: r.route, shape: r.shape, ranks: r.keys.map((k) => rank.get(k) ?? -1) }));
  }

  get ir(): PolicyIR {
    return this.reading.tables.ir;
  }

  /** Every condition `read` tests: settings alike on all of them (and on the chair's belief the child is unsafe) are read alike. */
  conditions(): Condition[] {
    const { quorum } = this.reading.tables.ir;
    return [
      ...quorum.counts.map((c) => c.when),
      ...quorum.requirements.map((r) => r.when),
      ...this.duties.map((d) => d.when),
      ...this.routes.flatMap((r) => [...r.opens.map((o) => o.when), ...r.route.openTo.map((o) => o.when)]),
    ];
  }

  /** Whether some applying count is short or a required attendee missing: then a quorum met was met by the chair's waiver. */
  private short(summary: number, holds: Holds): boolean {
    const { ir } = this.reading.tables;
    if (ir.quorum.counts.some((c, i) => holds(c.when) && this.table.countFound(summary, this.reading.countSpecOf[i] ?? -1) < c.count)) return true;
    const needs = this.reading.requirements;
    return ir.quorum.requirements.some((r) => holds(r.when) && !requirementHolds(r, (id) => this.table.requirementPresent(summary, needs.findIndex((n) => n.kind === r.selector.kind && n.id === id))));
  }

  /** What follows the verdict for a room of this summary, in the setting `holds` and `unsafe` describe. */
  read(summary: number, verdict: Pick<Verdict, "outcome" | "decidedBy" | "quorumMet">, holds: Holds, unsafe: boolean, siblings: boolean): string {
    const t = this.table;
    const events = new Set<string>();
    const outcome = verdict.outcome;
    const decided = outcome === "register" ? 0 : outcome === "not_register" ? 1 : -1;
    const r = t.bit(summary, t.consensusR);
    const n = t.bit(summary, t.consensusN);
    const consensus = r !== n;
    if (!verdict.quorumMet) events.add("not_quorate");
    else {
      events.add("conference_held");
      if (this.short(summary, holds)) events.add("quorum_waived");
      if (outcome === "deferred") events.add("deferred");
      else if (!consensus) events.add("no_consensus");
    }
    if (decided >= 0) {
      events.add(decided === 0 ? "registered" : "not_registered");
      const { dissent } = t;
      const byConsensus = this.reading.tables.ir.decision.consensusFirst !== null && consensus;
      const involved = siblings && !byConsensus;
      const against = decided === 0 ? (involved ? dissent.involvedR : dissent.allR) : involved ? dissent.involvedN : dissent.allN;
      if (this.reading.dissent && t.bit(summary, against)) events.add("dissent");
      if (verdict.decidedBy !== null && CHAIR_DECIDES.has(verdict.decidedBy)) events.add("chair_decides");
      if (verdict.decidedBy === "chair_override") events.add("chair_overrides");
      if (unsafe) events.add("chair_believes_unsafe");
    }
    const fires = (tr: Trigger): boolean => {
      if (tr.people >= 0) {
        const slots = t.peopleSlots[tr.people];
        if (decided < 0 || !slots || !t.bit(summary, decided === 0 ? slots.r : slots.n)) return false;
      } else if (!events.has(tr.trigger)) return false;
      return holds(tr.when);
    };
    // The keys that follow, marked by their place in sorted order: the signature lists them in that order, each once, as `followsSignature` does.
    const marked = this.marked.fill(0);
    for (const d of this.duties) if (fires(d)) marked[d.rank] = 1;
    // As the evaluator: routes follow any conference that went ahead and was not deferred.
    if (verdict.quorumMet && outcome !== "deferred") {
      for (const { opens, openTo, route, ranks } of this.routes) {
        const opened = opens.some(fires);
        if (!opened && opens.length > 0) continue;
        const mayStart = route.openTo.some((o, i) => {
          const slot = t.openToSlots[openTo[i] ?? -1];
          return slot !== undefined && holds(o.when) && t.bit(summary, slot);
        });
        marked[ranks[(opened ? 2 : 0) + (mayStart ? 1 : 0)] ?? 0] = 1;
      }
    }
    let signature = "";
    for (let i = 0; i < marked.length; i++) if (marked[i] === 1) signature = signature === "" ? (this.sorted[i] ?? "") : `${signature}\n${this.sorted[i] ?? ""}`;
    return signature;
  }
}

/** Each route's key (in every way it can be open) with its label, for the words. */
export function routeLabelsOf(reading: PolicyReading): Map<string, string> {
  const labels = new Map<string, string>();
  for (const route of reading.tables.ir.routes) {
    const shape = { kind: route.kind, stages: route.stages.map((s) => ({ to: s.to, deadline: s.deadline })), startWithin: route.startWithin?.period ?? null, approval: route.approval?.by ?? null, meanwhile: route.meanwhile?.decision ?? null };
    for (const opened of [true, false]) for (const may of [true, false]) labels.set(routeKey(shape, opened, may), route.label);
  }
  return labels;
}
