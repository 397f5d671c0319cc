/**
 * The rules a policy may have any number of (how each role votes, each duty, each power
 * held outside the conference), read in words and keyed so two policies' lists line up:
 * a role by its id, a duty by what triggers it and what it asks, a power by who holds it.
 */
import { DETECTED_EVENTS, isDetectedEvent } from "../../compiler/catalogue.js";
import type { Condition, Deadline, Obligation, PolicyIR, Role, Route, Selector, Who } from "../../compiler/ir.js";
import { conditionWords } from "../../runtime/facts.js";
import { deadlineInWords, periodInWords } from "../../runtime/obligations.js";
import { listInWords } from "../../runtime/trace.js";
import type { DiffAspect, Severity } from "../report.js";
import type { Reading } from "./facets.js";
import { ID_NAMER, namerOf, type Namer } from "./names.js";

export interface KeyedRules {
  aspect: DiffAspect;
  severity: Severity;
  /** Subject words for one key: "role gp". */
  subject(key: string): string;
  read(ir: PolicyIR): Map<string, KeyedReading>;
}

/** How a role takes part, in words; the unit it votes in is the groupings' business. */
export function roleVoteWords(role: Role, names: Namer = ID_NAMER): string {
  const vote = role.vote;
  if (!role.practitioner) return "heard; not a practitioner, so never votes";
  if (!vote || vote.status === "not_voting") return "heard, but not party to the decision";
  const parts = [vote.status === "votes" ? "votes" : `votes only at the chair's discretion${vote.writtenReportAdmits ? " or with a written report" : ""}`];
  if (vote.unit?.kind === "individual") parts.push("as an individual");
  if (vote.choice) parts.push(`may sit with ${listInWords(vote.choice.options.map((o) => names.grouping(o)))} (${names.grouping(vote.choice.fallback)} unless they say)`);
  if (vote.perOrganisation) parts.push("each organisation apart");
  return parts.join("; ");
}

function deadlineWords(deadline: Deadline | null): string {
  return deadline ? `, ${deadlineInWords(deadline)}` : "";
}

/** An event in words: the engine's own, or the one the policy's vocabulary declares. */
function eventWords(ir: PolicyIR, event: string): string {
  return isDetectedEvent(event) ? DETECTED_EVENTS[event].description : (ir.events.find((e) => e.id === event)?.description ?? event);
}

function actionWords(ir: PolicyIR, action: string): string {
  return ir.actions.find((a) => a.id === action)?.description ?? action;
}

function whoWords(who: Who | null, names: Namer = ID_NAMER): string {
  if (who === null) return "";
  if (who.kind === "anyone") return " by anyone";
  if (who.kind === "practitioners") return " by any practitioner";
  const selector = who as Selector;
  return ` by ${selector.kind === "role" ? "" : `${selector.kind} `}${listInWords([...selector.ids].sort().map((id) => names.of(selector.kind, id)))}`;
}

function whenWords(condition: Condition): string {
  return condition === null ? "" : `, where ${conditionWords(condition)}`;
}

function triggerWords(ir: PolicyIR, trigger: string, by: Who | null, when: Condition, names: Namer = ID_NAMER): string {
  return `${eventWords(ir, trigger)}${whoWords(by, names)}${whenWords(when)}`;
}

function obligationWords(ir: PolicyIR, o: Obligation, names: Namer = ID_NAMER): string {
  const to = o.to ? ` (${o.to})` : "";
  // The duty's own words are what a practitioner is told to do, so a change to them shows.
  const what = o.description ? ` — "${o.description}"` : "";
  return `when ${triggerWords(ir, o.trigger, o.by, o.when, names)}: ${actionWords(ir, o.action)}${what}${to}${deadlineWords(o.deadline)}`;
}

function obligationKey(o: Obligation): string {
  return `${o.trigger}${whoWords(o.by)}${o.when ? ` (${conditionWords(o.when)})` : ""} → ${o.action}${o.to ? ` (${o.to})` : ""}`;
}

/** An event briefly, after "after": a detected event's own short words, or a declared event's description. */
const EVENT_SHORT: Record<string, string> = {
  conference_held: "every conference held",
  not_quorate: "a conference that is not quorate",
  quorum_waived: "a quorum waived",
  registered: "registration",
  not_registered: "a decision not to register",
  no_consensus: "no consensus",
  dissent: "a unit's dissent",
  disagreement: "someone's disagreement",
  formal_dissent: "a formal dissent",
  reservation: "a reservation",
  chair_decides: "the chair's decision",
  chair_overrides: "the chair's override",
  chair_believes_unsafe: "the chair's belief the decision is unsafe",
  deferred: "a deferral",
};

/** A duty's subject in words: what it asks for, after what, and its own words where two would read alike. */
function obligationSubject(ir: PolicyIR, o: Obligation, repeated: boolean): string {
  const event = EVENT_SHORT[o.trigger] ?? ir.events.find((e) => e.id === o.trigger)?.description ?? o.trigger.replaceAll("_", " ");
  const action = ir.actions.find((a) => a.id === o.action)?.description ?? o.action.replaceAll("_", " ");
  const who = o.by ? whoWords(o.by, namerOf(ir)) : "";
  const where = o.when ? ` where ${conditionWords(o.when).replaceAll("_", " ")}` : "";
  const own = repeated && o.description ? ` ("${o.description}")` : "";
  return `duty: ${action}${o.to ? ` (${o.to})` : ""}${own}, after ${event}${who}${where}`;
}

/** A route in words: how it starts, its limit, approval and meanwhile, and its stages in order. */
function routeWords(ir: PolicyIR, r: Route, names: Namer = ID_NAMER): string {
  const starts = [...r.opens.map((o) => `opens when ${triggerWords(ir, o.trigger, o.by, o.when, names)}`), ...r.openTo.map((o) => `open to${whoWords(o.who, names).replace(/^ by/, "")}${whenWords(o.when)}`)];
  const parts = [...starts];
  if (r.grounds.length > 0) parts.push(`grounds: ${r.grounds.map((g) => `"${g.text}"`).join(", ")}`);
  if (r.startWithin) parts.push(`started within ${periodInWords(r.startWithin.period)}`);
  if (r.approval) parts.push(`approved by ${r.approval.by}`);
  if (r.meanwhile) parts.push(`the decision ${r.meanwhile.decision} meanwhile`);
  parts.push(`stages: ${r.stages.map((s) => `${s.to}${deadlineWords(s.deadline)}`).join("; then ") || "none"}`);
  return parts.join("; ");
}

/** A reading compared by its ids and shown by its names (the words kept only where they differ). */
function named(text: string, words: string, at: Reading["at"]): KeyedReading {
  return words === text ? { text, at } : { text, at, words };
}

/** A rule read in words, with its subject where the key is not fit to show. */
export interface KeyedReading extends Reading {
  subject?: string;
}

/** Keys made unique by counting repeats, so two duties with one trigger both show. */
function keyed<T>(items: readonly T[], keyOf: (item: T) => string, read: (item: T, repeated: boolean) => KeyedReading): Map<string, KeyedReading> {
  const out = new Map<string, KeyedReading>();
  const bases = items.map(keyOf);
  items.forEach((item, i) => {
    const base = bases[i] ?? "";
    let key = base;
    for (let n = 2; out.has(key); n++) key = `${base} (${n})`;
    out.set(key, read(item, bases.filter((b) => b === base).length > 1));
  });
  return out;
}

export const KEYED_RULES: readonly KeyedRules[] = [
  {
    aspect: "roles",
    severity: "outcome",
    subject: (key) => `role ${key}`,
    read: (ir) => keyed(ir.roles, (r) => r.id, (r) => named(roleVoteWords(r), roleVoteWords(r, namerOf(ir)), r.vote?.at ?? r.at)),
  },
  {
    aspect: "obligations",
    severity: "procedure",
    subject: (key) => `duty ${key}`,
    read: (ir) => keyed(ir.obligations, obligationKey, (o, repeated) => ({ ...named(obligationWords(ir, o), obligationWords(ir, o, namerOf(ir)), o.at), subject: obligationSubject(ir, o, repeated) })),
  },
  {
    aspect: "routes",
    severity: "procedure",
    subject: (key) => key,
    read: (ir) => keyed(ir.routes, (r) => `${r.kind} route "${r.label}"`, (r) => named(routeWords(ir, r), routeWords(ir, r, namerOf(ir)), r.at)),
  },
  {
    // What the policy records of the protocol itself: each place it is silent or ambiguous,
    // keyed by the words that say so, read as the reading taken. Changing a reading decides
    // nothing by itself (the rules do), but an auditor reads them, so they show.
    aspect: "metadata",
    severity: "metadata",
    subject: (key) => key,
    read: (ir) =>
      keyed(
        [...ir.ambiguities.map((a) => ({ key: `ambiguity in ${a.aspect}: "${a.text}"`, text: `reading taken: ${a.reading}`, at: a.at })), ...ir.silences.map((x) => ({ key: `silence in ${x.aspect}: "${x.text}"`, text: "recorded as silent", at: x.at }))],
        (r) => r.key,
        (r) => ({ text: r.text, at: r.at }),
      ),
  },
  {
    aspect: "powers",
    severity: "procedure",
    subject: (key) => `powers of ${key}`,
    read: (ir) =>
      keyed(ir.powers, (p) => p.holder, (p) => ({ text: `${p.holder} may ${listInWords(p.powers.map((x) => actionWords(ir, x)))}${p.trigger ? `, when ${triggerWords(ir, p.trigger, p.by, p.when)}` : ""}`, at: p.at })),
  },
];
