/**
 * What one policy's decision for a child reads of a conference, gathered from its compiled
 * rules into lists the search indexes: the quorum's counts and required attendees, the
 * people whose disagreement or dissent a duty or route follows, who may start a route,
 * the eligibility rules and their conditions, the chair's inputs and the facts of the case.
 * A field the policy never reads is never varied for it, so rooms it cannot tell apart
 * share one summary.
 */
import { isDetectedEvent, UNBORN_FACT } from "../../compiler/catalogue.js";
import type { Condition, CountOf, PolicyIR, Who } from "../../compiler/ir.js";
import { factsRead } from "../../runtime/facts.js";
import type { PolicyTables } from "../../runtime/policyTables.js";

/** A quorum count as the search reads it: the distinct things found, up to the most any count of this kind needs. */
export interface CountSpec {
  of: CountOf;
  directContact: boolean;
  /** Counts every practitioner present, voting or not; otherwise those taking part. */
  present: boolean;
  /** The most any count read this way needs: finding more changes nothing. */
  cap: number;
}

/** One attendee a requirement names (a role, agency or grouping); met when someone of it attends. */
export interface RequirementNeed {
  kind: "role" | "agency" | "grouping";
  id: string;
}

/** The events about people: someone disagrees, or records a formal dissent or a reservation. */
export const PEOPLE_EVENTS = ["disagreement", "formal_dissent", "reservation"] as const;
export type PeopleEvent = (typeof PEOPLE_EVENTS)[number];

/** A duty or route follows an event about people, narrowed to those `by` names (everyone when null). */
export interface PeopleNeed {
  event: PeopleEvent;
  by: Who | null;
}

/** One `open to` of a route: who present may start it, where its condition holds. */
export interface OpenToEntry {
  who: Who;
  when: Condition;
}

/** The chair's inputs a policy reads; the others it lists as not applied, deciding nothing. */
export interface ChairReads {
  decides: boolean;
  override: boolean;
  authorised: boolean;
  proceed: boolean;
  defer: boolean;
  unsafe: boolean;
}

export interface PolicyReading {
  tables: PolicyTables;
  counts: CountSpec[];
  /** For each of the policy's quorum counts, the index of the spec that reads it. */
  countSpecOf: number[];
  requirements: RequirementNeed[];
  people: PeopleNeed[];
  openTo: OpenToEntry[];
  /** Whether every view given agrees (a consensus step, or a duty after no consensus). */
  consensus: boolean;
  /** The units' tally (a majority counted by units). */
  tally: boolean;
  /** A duty or route follows a voting unit's dissent. */
  dissent: boolean;
  /** With siblings, a child without consensus is voted on by the involved units only. */
  siblings: boolean;
  /** `only involved units vote`, with its condition (null: always); undefined where every unit votes. */
  involvedDefault: Condition | undefined;
  /** The distinct conditions of `only involved units vote: roles`, each a limit on some roles. */
  limited: Condition[];
  chair: ChairReads;
  /** The facts a rule an evaluation reads tests, `unborn` included. */
  facts: ReadonlySet<string>;
  /** The facts the eligibility rules test: they change who votes, so rooms are summarised per value. */
  modeFacts: ReadonlySet<string>;
}

function countKey(of: CountOf): string {
  return of.kind === "selected" ? `${of.selector.kind}:${[...of.selector.ids].sort().join(",")}` : of.kind;
}

/** The count specs, and for each of the policy's counts, the index of its spec. */
function countSpecs(ir: PolicyIR): { specs: CountSpec[]; specOf: number[] } {
  const specs = new Map<string, CountSpec>();
  const keys = ir.quorum.counts.map((c) => {
    const present = c.counting === "present";
    const key = `${countKey(c.of)}|${c.directContact}|${present}`;
    const seen = specs.get(key);
    if (seen) seen.cap = Math.max(seen.cap, c.count);
    else specs.set(key, { of: c.of, directContact: c.directContact, present, cap: c.count });
    return key;
  });
  const order = [...specs.keys()];
  return { specs: [...specs.values()], specOf: keys.map((k) => order.indexOf(k)) };
}

function requirementNeeds(ir: PolicyIR): RequirementNeed[] {
  const needs = new Map<string, RequirementNeed>();
  for (const r of ir.quorum.requirements) for (const id of r.selector.ids) needs.set(`${r.selector.kind}:${id}`, { kind: r.selector.kind, id });
  return [...needs.values()];
}

/** The triggers an evaluation can fire: a duty's, and each `opens when` of a route. */
function triggers(ir: PolicyIR): { trigger: string; by: Who | null; when: Condition }[] {
  return [...ir.obligations, ...ir.routes.flatMap((r) => r.opens)].filter((t) => isDetectedEvent(t.trigger));
}

function isPeopleEvent(event: string): event is PeopleEvent {
  return (PEOPLE_EVENTS as readonly string[]).includes(event);
}

function peopleNeeds(ir: PolicyIR): PeopleNeed[] {
  const needs = new Map<string, PeopleNeed>();
  for (const t of triggers(ir)) if (isPeopleEvent(t.trigger)) needs.set(peopleKey(t.trigger, t.by), { event: t.trigger, by: t.by });
  return [...needs.values()];
}

export function peopleKey(event: string, by: Who | null): string {
  return `${event}|${JSON.stringify(by)}`;
}

/** Every condition a rule an evaluation reads is limited by. */
export function conditionsRead(ir: PolicyIR): Condition[] {
  const { quorum, eligibility } = ir;
  return [
    ...quorum.counts.map((c) => c.when),
    ...quorum.requirements.map((r) => r.when),
    ...quorum.waivers.map((w) => w.when),
    eligibility.default === "involved_units" ? eligibility.defaultWhen : null,
    ...eligibility.onlyInvolved.map((o) => o.when),
    ...triggers(ir).map((t) => t.when),
    ...ir.routes.flatMap((r) => r.openTo.map((o) => o.when)),
  ];
}

function factsOf(conditions: readonly Condition[]): Set<string> {
  return new Set(conditions.flatMap((c) => (c ?? []).map((t) => t.fact)));
}

export function policyReading(tables: PolicyTables): PolicyReading {
  const { ir } = tables;
  const { decision, eligibility, quorum } = ir;
  const all = triggers(ir);
  const has = (event: string) => all.some((t) => t.trigger === event);
  const facts = new Set(factsRead(ir, isDetectedEvent).keys());
  if (factsOf(conditionsRead(ir)).has(UNBORN_FACT)) facts.add(UNBORN_FACT);
  const limited = new Map<string, Condition>();
  for (const o of eligibility.onlyInvolved) limited.set(JSON.stringify(o.when), o.when);
  const involvedDefault = eligibility.default === "involved_units" ? eligibility.defaultWhen : undefined;
  const { specs, specOf } = countSpecs(ir);
  return {
    tables,
    counts: specs,
    countSpecOf: specOf,
    requirements: requirementNeeds(ir),
    people: peopleNeeds(ir),
    openTo: ir.routes.flatMap((r) => r.openTo.map((o) => ({ who: o.who, when: o.when }))),
    consensus: decision.consensusFirst !== null || has("no_consensus"),
    tally: decision.rule === "majority" && ir.voting.unit !== null,
    dissent: has("dissent"),
    siblings: eligibility.whenSiblingsDisagree !== null,
    involvedDefault,
    limited: [...limited.values()],
    chair: {
      decides: decision.rule === "chair_executive" || decision.rule === "chair_without_vote" || (decision.rule === "majority" && decision.tieBreak !== null),
      override: decision.override !== null,
      authorised: decision.override?.requiresAuthorisation === true,
      proceed: quorum.waivers.length > 0,
      defer: decision.deferral !== null,
      unsafe: has("chair_believes_unsafe"),
    },
    facts,
    modeFacts: factsOf([involvedDefault ?? null, ...eligibility.onlyInvolved.map((o) => o.when)]),
  };
}
