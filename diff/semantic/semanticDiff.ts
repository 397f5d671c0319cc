/**
 * The semantic layer of a diff: search every conference within the bounds for ones two
 * policies decide differently. Each policy's real evaluator decides the conferences;
 * what keeps the search fast is that a policy sees an attendee only through what it reads
 * of them, so rooms that look alike to a policy (the same shapes, units and agencies
 * renamed) are decided once and the answer reused. For each kind of difference the
 * smallest conference is kept: fewest attendees, then fewest children, then the simplest
 * chair input.
 */
import { unbornRoles } from "./quorumReading.js";
import type { Conference } from "../../runtime/conference.js";
import { Outcome } from "../../runtime/decision.js";
import type { Evaluator } from "../../runtime/evaluator.js";
import type { PolicyTables } from "../../runtime/policyTables.js";
import type { OutcomeDifference, SearchBounds } from "../report.js";
import { attendeeKinds, type AttendeeKind, type RoleLeftOut } from "./attendeeKinds.js";
import { kindGroups } from "./kindGroups.js";
import { SummaryTable } from "./roomSummary.js";
import { conferenceAt, dimensionsFor, MOST_ROOM_CLASSES, rooms, SearchTooLarge, VIEWS, type Dimensions, type SearchOptions, type SearchPoint, type Stance } from "./searchSpace.js";

const OUTCOMES: readonly Outcome[] = Outcome.options;

export interface Side {
  tables: PolicyTables;
  evaluate: Evaluator;
}

export interface FoundDifference {
  a: Outcome;
  b: Outcome;
  point: SearchPoint;
}

export interface PairSearch {
  bounds: SearchBounds;
  conferences: number;
  differing: number;
  differences: OutcomeDifference[];
  /** The smallest conference for each kind of difference, smallest first. */
  found: FoundDifference[];
  dims: Dimensions;
  kinds: AttendeeKind[];
}

/** The conference-wide facts besides the room: children, an unborn child, the chair's stance. */
interface Setting {
  children: number;
  unborn: boolean;
  stance: Stance;
  stanceIndex: number;
  /** Smallest first: children, then an unborn child, then the chair's stance (in the order tried). */
  rank: number;
}

function settingsOf(dims: Dimensions): Setting[] {
  const out: Setting[] = [];
  for (const children of dims.children) {
    for (const unborn of dims.unborn) dims.stances.forEach((stance, stanceIndex) => out.push({ children, unborn, stance, stanceIndex, rank: children * 1000 + (unborn ? 100 : 0) + stanceIndex }));
  }
  return out;
}

function pointAt(room: readonly number[], setting: Setting): SearchPoint {
  return { room, children: setting.children, unborn: setting.unborn, stance: setting.stance };
}

/** A group's part of a room: its attendees (state indexes), and how many rooms share its size and summaries. */
interface Part {
  size: number;
  a: number;
  b: number;
  rooms: number;
  room: readonly number[];
}

/** A class of rooms built so far: the same size and the same summary under each policy. */
interface RoomClass {
  size: number;
  a: number;
  b: number;
  /** How many distinct rooms (multisets of attendees) the class holds. */
  rooms: number;
  previous: RoomClass | null;
  part: Part | null;
}

// Summary ids stay below 2^20 and sizes below 2^12, so a class's key is an exact integer.
const ID_SPAN = 1_048_576;

function classKey(size: number, a: number, b: number): number {
  return (size * ID_SPAN + a) * ID_SPAN + b;
}

function roomOf(partial: RoomClass): number[] {
  const room: number[] = [];
  for (let p: RoomClass | null = partial; p !== null; p = p.previous) if (p.part) room.push(...p.part.room);
  return room.sort((x, y) => x - y);
}

/**
 * Every part a group can contribute, up to `most` attendees from it: its rooms, summarised
 * under both policies, and those with the same size and summaries merged (counted, one kept).
 */
function partsOf(group: readonly number[], dims: Dimensions, kinds: readonly AttendeeKind[], tables: readonly [SummaryTable, SummaryTable], most: number): Part[] {
  const states = dims.states.flatMap((s, i) => (group.includes(s.kind) ? [i] : []));
  const parts = new Map<number, Part>();
  const none = dims.stances[0];
  if (!none) throw new Error("no chair stance to search with");
  for (let size = 0; size <= most; size++) {
    for (const local of rooms(states.length, size)) {
      const room = local.map((i) => states[i] ?? 0);
      let conference: Conference | null = null;
      const build = () => (conference ??= conferenceAt({ room, children: 1, unborn: false, stance: none }, dims, kinds));
      const a = tables[0].ofRoom(room, build);
      const b = tables[1].ofRoom(room, build);
      const key = classKey(size, a, b);
      const seen = parts.get(key);
      if (seen) seen.rooms++;
      else parts.set(key, { size, a, b, rooms: 1, room });
    }
  }
  return [...parts.values()];
}

function boundsOf(dims: Dimensions, kinds: readonly AttendeeKind[], leftOut: RoleLeftOut[], groups: readonly number[][], options: SearchOptions): SearchBounds {
  return {
    attendees: { min: 1, max: options.maxAttendees },
    perGroup: { max: Math.min(options.maxPerGroup, options.maxAttendees), groups: groups.map((g) => g.map((k) => kinds[k]?.role ?? "")) },
    children: dims.children,
    views: [...VIEWS],
    involvement: dims.involvement ? ["involved with the child", "no direct contact"] : ["involved with the child (no compared policy reads involvement)"],
    unborn: dims.unborn,
    nominatedLeads: dims.leads,
    organisations: "each attendee from an organisation of their own",
    chair: dims.stances.map((s) => s.words),
    roles: kinds.map((k) => ({ role: k.role, standsFor: k.standsFor, variant: k.variant })),
    rolesLeftOut: leftOut,
  };
}

/** Every class of rooms within the bounds, built group by group. */
function roomClasses(groups: readonly number[][], summaries: [SummaryTable, SummaryTable], dims: Dimensions, kinds: readonly AttendeeKind[], options: SearchOptions): Iterable<RoomClass> {
  const most = Math.min(options.maxPerGroup, options.maxAttendees);
  const mostClasses = options.mostRoomClasses ?? MOST_ROOM_CLASSES;
  let classes = new Map<number, RoomClass>();
  const start: RoomClass = { size: 0, a: summaries[0].empty(), b: summaries[1].empty(), rooms: 1, previous: null, part: null };
  classes.set(classKey(0, start.a, start.b), start);
  // Groups with the most parts first, while there are few classes to extend.
  const partsByGroup = groups.map((group) => partsOf(group, dims, kinds, summaries, most)).sort((x, y) => y.length - x.length);
  for (const parts of partsByGroup) {
    // Parts smallest first, so a class stops at the first part that would overfill the room.
    parts.sort((x, y) => x.size - y.size);
    const extend = [extender(summaries[0], parts, "a", options.maxAttendees), extender(summaries[1], parts, "b", options.maxAttendees)] as const;
    const next = new Map<number, RoomClass>();
    for (const partial of classes.values()) {
      const toA = extend[0](partial.a, partial.size);
      const toB = extend[1](partial.b, partial.size);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as Part;
        const size = partial.size + part.size;
        if (size > options.maxAttendees) break;
        const sa = toA[i] ?? 0;
        const sb = toB[i] ?? 0;
        const key = classKey(size, sa, sb);
        const seen = next.get(key);
        if (seen) seen.rooms += partial.rooms * part.rooms;
        else next.set(key, { size, a: sa, b: sb, rooms: partial.rooms * part.rooms, previous: partial, part });
      }
      // A guard, not a change to the search: the classes are what its memory grows with.
      if (next.size > mostClasses) throw new SearchTooLarge(next.size);
    }
    classes = next;
  }
  if (summaries[0].size >= ID_SPAN || summaries[1].size >= ID_SPAN) throw new Error("the search met more distinct rooms than it can number");
  return classes.values();
}

/**
 * Searches every room within the bounds without meeting most of them one by one. What a
 * policy decides reads only a sum of small per-group summaries (`roomSummary.ts`), so rooms
 * are built group by group, keeping one class per size and pair of summaries with the
 * number of rooms in it; the real evaluators then decide one room of each class under each
 * chair's input. The classes grow polynomially with the attendees, the rooms exponentially.
 */
export function searchPair(a: Side, b: Side, options: SearchOptions): PairSearch {
  const policies = [a.tables, b.tables];
  const all = attendeeKinds(policies);
  const kinds = all.kinds;
  const dims = dimensionsFor(policies, kinds, options);
  const groups = kindGroups(kinds, policies);
  const K = OUTCOMES.length;
  const counts = new Array<number>(K * K).fill(0);
  // For each kind of difference, the smallest conference so far and its rank.
  const best = new Map<number, { rank: number; point: SearchPoint }>();
  let conferences = 0;
  // One child or two are searched apart: with siblings, a sibling rule reads another tally.
  for (const children of dims.children) {
    const settings = settingsOf(dims).filter((s) => s.children === children);
    const summaries: [SummaryTable, SummaryTable] = [new SummaryTable(a.tables, 0, dims, kinds, children), new SummaryTable(b.tables, 1, dims, kinds, children)];
    const classes = roomClasses(groups, summaries, dims, kinds, options);
    const outcomeUnder = [decider(a, summaries[0], dims, kinds, settings), decider(b, summaries[1], dims, kinds, settings)] as const;
    for (const c of classes) {
      if (c.size === 0) continue;
      conferences += c.rooms * settings.length;
      let room: number[] | null = null;
      const witness = () => (room ??= roomOf(c));
      settings.forEach((setting, i) => {
        const oa = outcomeUnder[0](c.a, witness, setting, i);
        const ob = outcomeUnder[1](c.b, witness, setting, i);
        if (oa === ob) return;
        const cell = oa * K + ob;
        counts[cell] = (counts[cell] ?? 0) + c.rooms;
        // Smallest first: attendees, then the setting's own rank.
        const rank = c.size * 10_000 + setting.rank;
        const seen = best.get(cell);
        if (seen === undefined || rank < seen.rank) best.set(cell, { rank, point: pointAt(witness(), setting) });
      });
    }
  }
  const cells = [...best].map(([cell, { rank, point }]) => ({ a: OUTCOMES[Math.floor(cell / K)] ?? "unresolved", b: OUTCOMES[cell % K] ?? "unresolved", n: counts[cell] ?? 0, rank, point }));
  const differing = cells.reduce((sum, c) => sum + c.n, 0);
  const differences = [...cells].sort((x, y) => y.n - x.n).map((c) => ({ a: c.a, b: c.b, conferences: c.n, share: conferences === 0 ? 0 : c.n / conferences }));
  const found = [...cells].sort((x, y) => x.rank - y.rank).map((c) => ({ a: c.a, b: c.b, point: c.point }));
  return { bounds: boundsOf(dims, kinds, all.leftOut, groups, options), conferences, differing, differences, found, dims, kinds };
}

/**
 * For one policy and one group's parts: the summary a class of a given size and summary
 * becomes with each part added, settled for the attendees still to come. Worked out once
 * per summary and size, not once per class and part.
 */
function extender(table: SummaryTable, parts: readonly Part[], side: "a" | "b", most: number) {
  const rows = new Map<number, Int32Array>();
  return (summary: number, size: number): Int32Array => {
    const key = summary * 4096 + size;
    let row = rows.get(key);
    if (row === undefined) {
      row = new Int32Array(parts.length);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as Part;
        const total = size + part.size;
        if (total > most) break;
        row[i] = table.settle(part.size === 0 ? summary : table.plus(summary, part[side]), most - total);
      }
      rows.set(key, row);
    }
    return row;
  };
}

/**
 * One policy's outcome for a class of rooms under each setting, decided once by the real
 * evaluator on one room of the class. Settings the policy cannot tell apart (siblings
 * where it has no sibling rule, an unborn child where it has no unborn rule) share it.
 */
function decider(side: Side, table: SummaryTable, dims: Dimensions, kinds: readonly AttendeeKind[], settings: readonly Setting[]) {
  const { ir } = side.tables;
  const readsSiblings = ir.eligibility.whenSiblingsDisagree !== null;
  const readsUnborn = unbornRoles(ir).length > 0;
  const settingSlot = settings.map((s) => `${readsSiblings ? s.children : 1}|${readsUnborn && s.unborn}|${s.stanceIndex}`);
  const slots = [...new Set(settingSlot)];
  const slotOf = settingSlot.map((k) => slots.indexOf(k));
  const decided = new Map<number, number>();
  return (summary: number, witness: () => readonly number[], setting: Setting, index: number): number => {
    const key = table.settle(summary, 0) * slots.length + (slotOf[index] ?? 0);
    let outcome = decided.get(key);
    if (outcome === undefined) {
      outcome = OUTCOMES.indexOf(side.evaluate(conferenceAt(pointAt(witness(), setting), dims, kinds)).children[0]?.outcome ?? "unresolved");
      decided.set(key, outcome);
    }
    return outcome;
  };
}
