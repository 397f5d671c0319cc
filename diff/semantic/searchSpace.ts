/**
 * The bounded space of conferences the semantic search covers, and how one point of it
 * becomes a conference file. A point is a room (a multiset of attendees, each a kind with
 * a view, an involvement, whether they are their unit's nominated lead and whether they
 * record a dissent, singly or two from one organisation) and a setting: the number of
 * children, the facts of the case and the chair's inputs. Only what some compared policy
 * reads is varied: if no policy asks whether an attendee knows the child, every attendee
 * does.
 *
 * Children are decided one by one: a child's decision reads only that child's views,
 * involvement, facts and chair inputs, plus how many children the conference has. So a
 * point describes one child; with two children the sibling mirrors it, and the two-child
 * point covers every per-child difference a conference with siblings can show.
 */
import type { FactValue } from "../../compiler/ir.js";
import { UNBORN_FACT } from "../../compiler/catalogue.js";
import type { Attendee, Conference, View } from "../../runtime/conference.js";
import type { AttendeeKind } from "./attendeeKinds.js";
import { conditionsRead, type PolicyReading } from "./policyReading.js";

export interface SearchOptions {
  /** Most attendees in a room (at least 1). */
  maxAttendees: number;
  /** Most attendees from one agency (and most who are not practitioners). */
  maxPerGroup: number;
  /** Whether to try conferences with two children (only varied where a policy has a sibling rule). */
  siblings: boolean;
  /** Whether to try attendees marked as nominated lead (only varied where a policy says a lead speaks). */
  nominatedLeads: boolean;
  /** Whether to try two attendees of one organisation (only where a policy gives each organisation a vote). */
  organisations: boolean;
  /** The most work one task of the search may take before it stops; by default `MOST_WORK`. */
  mostWork?: number;
  /** The most memory (resident, in bytes) the search may reach before it stops; by default `MOST_MEMORY`. */
  memoryLimit?: number;
}

/** The most attendees a search may try. */
export const MOST_ATTENDEES_SEARCHED = 24;
/**
 * The most attendees from one agency a search may try: at 24 attendees the hardest bundled
 * pair peaks at 620 MB with 5, and at 1.2 GB with 6 (no bound the CLI accepts may pass 1 GB).
 */
export const MOST_PER_GROUP_SEARCHED = 5;

export const DEFAULT_SEARCH: SearchOptions = { maxAttendees: 8, maxPerGroup: 3, siblings: true, nominatedLeads: true, organisations: true };

export const VIEWS: readonly View[] = ["register", "not_register", "abstain"];

export type DissentLevel = "formal" | "reservation";

export interface AttendeeState {
  kind: number;
  /** Null where no compared policy reads the attendee's view: they give none. */
  view: View | null;
  involved: boolean;
  lead: boolean;
  level: DissentLevel | null;
}

/** What the search adds to a room at once: one attendee, or two of one kind from one organisation. */
export interface Item {
  kind: number;
  members: AttendeeState[];
  /** How unusual the item makes a room (a kind late in the vocabulary, no direct contact, a recorded dissent…): the smallest rooms are shown with the least unusual. */
  oddity: number;
}

function statesOf(kind: AttendeeKind, index: number, options: SearchOptions): AttendeeState[] {
  const { dims } = kind;
  const out: AttendeeState[] = [];
  for (const view of dims.view ? VIEWS : [null]) {
    for (const involved of dims.involved ? [true, false] : [true]) {
      for (const lead of dims.lead && options.nominatedLeads ? [false, true] : [false]) {
        for (const level of dims.level ? [null, "formal", "reservation"] as const : [null]) out.push({ kind: index, view, involved, lead, level });
      }
    }
  }
  return out;
}

function stateOddity(s: AttendeeState): number {
  return (s.involved ? 0 : 3) + (s.lead ? 2 : 0) + (s.level === null ? 0 : 2) + (s.view === "abstain" ? 1 : 0);
}

/** Every item of every kind: each state of an attendee alone, and each pair of states from one organisation. */
export function itemsOf(kinds: readonly AttendeeKind[], options: SearchOptions): Item[][] {
  return kinds.map((kind, k) => {
    const states = statesOf(kind, k, options);
    const items: Item[] = states.map((s) => ({ kind: k, members: [s], oddity: k * 4 + stateOddity(s) }));
    if (kind.organisations && options.organisations && options.maxPerGroup >= 2 && options.maxAttendees >= 2) {
      states.forEach((s, i) => {
        for (let j = i; j < states.length; j++) {
          const t = states[j] as AttendeeState;
          items.push({ kind: k, members: [s, t], oddity: k * 8 + 3 + stateOddity(s) + stateOddity(t) });
        }
      });
    }
    return items;
  });
}

/** One thing a setting varies, with its values (the simplest first) and which compared policies read it. */
export interface Dim {
  name: string;
  /** In words for the bounds: "conference_kind", "the chair's own decision". */
  words: string;
  values: readonly unknown[];
  readBy: readonly boolean[];
  /** Varied outside the room summaries: the number of children, and facts the eligibility rules read. */
  outer: boolean;
}

export interface FactDim {
  fact: string;
  about: "conference" | "child";
}

export type ChairInput = "decides" | "override" | "authorised" | "proceed" | "defer" | "unsafe";

const CHAIR_WORDS: Record<ChairInput, string> = {
  decides: "the chair's own decision (none, register, not register)",
  override: "the chair's override (none, to register, to not register)",
  authorised: "the board's authority to override (not given, given)",
  proceed: "proceeding without a quorum (no, yes)",
  defer: "deferring the decision (no, yes)",
  unsafe: "the chair believing the decision unsafe (no, yes)",
};

/** The values a fact is tried with: every choice either policy declares, both answers, or one number each side of every threshold. */
function factValues(readings: readonly PolicyReading[], fact: string): { values: FactValue[]; about: "conference" | "child" } {
  if (fact === UNBORN_FACT) return { values: [false, true], about: "child" };
  const declared = readings.flatMap((r) => r.tables.ir.facts.filter((f) => f.id === fact));
  const about = declared[0]?.about ?? "conference";
  const first = declared[0]?.values;
  if (first?.kind === "yes_no") return { values: [false, true], about };
  if (first?.kind === "number") {
    const points = new Set<number>([0]);
    // Every threshold a test of this fact names: the value itself and the one just under it.
    for (const r of readings) {
      for (const condition of conditionsRead(r.tables.ir)) {
        for (const test of condition ?? []) {
          if (test.fact !== fact || (test.test !== "under" && test.test !== "at_least")) continue;
          points.add(test.value);
          if (test.value > 0) points.add(test.value - 1);
        }
      }
    }
    return { values: [...points].sort((x, y) => x - y), about };
  }
  const options = new Set<string>();
  for (const f of declared) if (f.values.kind === "choice") for (const o of f.values.options) options.add(o);
  return { values: [...options], about };
}

export interface Setting {
  /** The value index of each dim. */
  at: number[];
}

export interface Dimensions {
  dims: Dim[];
  facts: Map<string, FactDim>;
}

/** What a setting varies: children, every fact either policy reads, and every chair input either reads. */
export function settingDims(readings: readonly PolicyReading[], options: SearchOptions): Dimensions {
  const dims: Dim[] = [];
  const facts = new Map<string, FactDim>();
  const siblings = readings.map((r) => options.siblings && r.siblings);
  if (siblings.some(Boolean)) dims.push({ name: "children", words: "one child, or two siblings", values: [1, 2], readBy: siblings, outer: true });
  const factIds = [...new Set(readings.flatMap((r) => [...r.facts]))].sort((x, y) => (x === UNBORN_FACT ? -1 : y === UNBORN_FACT ? 1 : x.localeCompare(y)));
  for (const fact of factIds) {
    const { values, about } = factValues(readings, fact);
    if (values.length === 0) continue;
    facts.set(fact, { fact, about });
    const outer = readings.some((r) => r.modeFacts.has(fact));
    dims.push({ name: `fact:${fact}`, words: fact === UNBORN_FACT ? "an unborn child" : fact, values, readBy: readings.map((r) => r.facts.has(fact)), outer });
  }
  for (const input of ["decides", "override", "authorised", "proceed", "defer", "unsafe"] as const) {
    const readBy = readings.map((r) => r.chair[input]);
    if (!readBy.some(Boolean)) continue;
    const values = input === "decides" || input === "override" ? [null, "register", "not_register"] : [false, true];
    dims.push({ name: `chair:${input}`, words: CHAIR_WORDS[input], values, readBy, outer: false });
  }
  return { dims, facts };
}

/** The value of a named dim in a setting, or its simplest value where the setting does not vary it. */
export function valueOf(space: Dimensions, setting: Setting, name: string): unknown {
  const i = space.dims.findIndex((d) => d.name === name);
  if (i < 0) return undefined;
  return space.dims[i]?.values[setting.at[i] ?? 0];
}

const REASON = "the chair's reason, as recorded";

/** Organisation names a reader recognises: the kind's own words, lettered where several attend. */
function organisationName(kind: AttendeeKind, label: string, letter: number): string {
  const base = kind.organisations ? label.replace(/ representative$/i, "") : label;
  return `${base} ${String.fromCharCode(65 + letter)}`;
}

export interface Labels {
  role(role: string): string;
  agency(agency: string | null): string | null;
}

/** The same value for each child, by id (a loop: `Object.fromEntries` of a mapped list was most of building a room's attendees). */
function forEachChild<T>(children: readonly string[], value: T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const c of children) out[c] = value;
  return out;
}

/** The attendees of a room (items, by index into `items`), in the order of the room. */
export function attendeesOf(room: readonly Item[], kinds: readonly AttendeeKind[], children: readonly string[], labels: Labels | null): { attendees: Attendee[]; admits: string[] } {
  const attendees: Attendee[] = [];
  const admits: string[] = [];
  const letters = new Map<string, number>();
  for (const item of room) {
    const kind = kinds[item.kind];
    if (!kind) throw new Error(`no attendee kind ${item.kind}`);
    const label = labels ? labels.role(kind.role) : kind.role;
    const practitioner = kind.group !== "";
    const orgKey = kind.organisations ? kind.role : kind.group;
    const letter = letters.get(orgKey) ?? 0;
    letters.set(orgKey, letter + 1);
    let organisation: string | undefined;
    if (kind.organisations) organisation = organisationName(kind, label, letter);
    else if (practitioner) organisation = labels ? (labels.agency(kind.profiles[0]?.agency ?? null) ?? label) : `Organisation ${attendees.length + 1}`;
    for (const state of item.members) {
      const id = `a${attendees.length + 1}`;
      const views = state.view === null ? undefined : forEachChild(children, state.view);
      const dissent = state.level === null ? undefined : forEachChild(children, state.level);
      // Field by field, not spread inside a literal: V8 adds each field after such a spread through a slow call.
      const attendee: Attendee = { id, role: kind.role };
      if (organisation !== undefined) attendee.organisation = organisation;
      if (!state.involved) attendee.involvedWith = [];
      if (state.lead) attendee.nominatedLead = true;
      if (kind.represents !== null) attendee.represents = kind.represents;
      if (kind.writtenReport) attendee.writtenReport = true;
      if (views) attendee.views = views;
      if (dissent) attendee.dissent = dissent;
      attendees.push(attendee);
      if (kind.admitted) admits.push(id);
    }
  }
  return { attendees, admits };
}

/** The conference file for a room and a setting, in the DESIGN.md §4 format. */
export function conferenceAt(room: readonly Item[], setting: Setting, space: Dimensions, kinds: readonly AttendeeKind[], labels: Labels | null = null): Conference {
  const childIds = valueOf(space, setting, "children") === 2 ? ["child_1", "child_2"] : ["child_1"];
  const { attendees, admits } = attendeesOf(room, kinds, childIds, labels);
  return withSetting({ children: childIds.map((id) => ({ id })), attendees }, admits, setting, space);
}

/** A conference's children, facts and chair's input for a setting, around attendees already made. */
export function withSetting(base: { children: { id: string }[]; attendees: Attendee[] }, admits: readonly string[], setting: Setting, space: Dimensions): Conference {
  const childIds = base.children.map((c) => c.id);
  const conferenceFacts: Record<string, FactValue> = {};
  const childFacts: Record<string, FactValue> = {};
  let unborn = false;
  for (const [fact, { about }] of space.facts) {
    const value = valueOf(space, setting, `fact:${fact}`) as FactValue | undefined;
    if (value === undefined) continue;
    if (fact === UNBORN_FACT) unborn = value === true;
    else if (about === "child") childFacts[fact] = value;
    else conferenceFacts[fact] = value;
  }
  const hasChildFacts = Object.keys(childFacts).length > 0;
  // Built field by field in the schema's order (a spread inside a literal makes V8 add every later field slowly).
  const children = childIds.map((id, i) => {
    const child: Conference["children"][number] = { id };
    if (i === 0 && unborn) child.unborn = true;
    if (hasChildFacts) child.facts = childFacts;
    return child;
  });
  const decides = valueOf(space, setting, "chair:decides") as "register" | "not_register" | null | undefined;
  const override = valueOf(space, setting, "chair:override") as "register" | "not_register" | null | undefined;
  const chair: NonNullable<Conference["chair"]> = {};
  if (decides) chair.decides = forEachChild(childIds, decides);
  if (override) chair.override = forEachChild(childIds, { outcome: override, reason: REASON });
  if (valueOf(space, setting, "chair:authorised") === true) chair.authorisedToOverride = true;
  if (admits.length > 0) chair.admits = [...admits];
  if (valueOf(space, setting, "chair:unsafe") === true) chair.believesUnsafe = childIds;
  if (valueOf(space, setting, "chair:proceed") === true) chair.proceedWithoutQuorum = { reason: REASON };
  if (valueOf(space, setting, "chair:defer") === true) chair.defer = forEachChild(childIds, { reason: REASON });
  const conference: Conference = { children, attendees: base.attendees };
  if (Object.keys(conferenceFacts).length > 0) conference.facts = conferenceFacts;
  if (Object.keys(chair).length > 0) conference.chair = chair;
  return conference;
}
