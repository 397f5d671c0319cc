/**
 * The semantic layer of a diff: search every conference within the bounds for ones two
 * policies decide differently, or after which they ask for different things (duties,
 * escalation and appeal routes). A policy sees an attendee only through what it reads of
 * them, so rooms are met as classes both policies summarise alike (`roomClasses`), and
 * each class is decided once under each setting (children, facts, chair's inputs) by the
 * policy's real decider. Settings read by one policy only are counted, not met one by
 * one: for each class the search tallies how often each side's answers differ over the
 * settings both read. For each kind of difference the smallest conference is kept: fewest
 * attendees, then fewest children, then the simplest setting, then the least unusual room.
 */
import type { Outcome } from "../../runtime/decision.js";
import { createDecider, type Decider, type Evaluator } from "../../runtime/evaluator.js";
import type { PolicyTables } from "../../runtime/policyTables.js";
import type { OutcomeDifference, SearchBounds } from "../report.js";
import { attendeeKinds, type AttendeeKind, type RoleLeftOut } from "./attendeeKinds.js";
import { FollowsReader, followsKeys, routeLabelsOf } from "./follows.js";
import { kindGroups } from "./kindGroups.js";
import { policyReading, type PolicyReading } from "./policyReading.js";
import { groupParts } from "./groupParts.js";
import { roomClasses, roomItems, type GroupParts, type RoomClass } from "./roomClasses.js";
import { SummaryTable, type Mode } from "./roomSummary.js";
import { TripleTable } from "./intTables.js";
import { Answers, pairCells, radix, SideAnswers, spread, type CellCount, type InnerSplit } from "./answers.js";
import { attendeesOf, itemsOf, settingDims, VIEWS, type Dimensions, type Item, type SearchOptions, type Setting } from "./searchSpace.js";

export interface Side {
  tables: PolicyTables;
  evaluate: Evaluator;
  decide?: Decider;
}

/** A conference of the search: a room (item indexes) and a setting. */
export interface SearchPoint {
  room: number[];
  setting: Setting;
}

export interface FoundDifference {
  a: Outcome;
  b: Outcome;
  point: SearchPoint;
}

/** Something that follows the decision under one policy and not the other, where both decide alike. */
export interface FollowsDifference {
  /** The policy it follows under: "a" or "b". */
  under: "a" | "b";
  /** The duty or route, as a key (see `follows.ts`). */
  key: string;
  conferences: number;
  point: SearchPoint;
}

export interface PairSearch {
  bounds: SearchBounds;
  conferences: number;
  differing: number;
  differences: OutcomeDifference[];
  /** The smallest conference for each kind of difference, smallest first. */
  found: FoundDifference[];
  /** Conferences both decide alike, after which they ask for different things. */
  followsDiffering: number;
  follows: FollowsDifference[];
  items: Item[];
  kinds: AttendeeKind[];
  space: Dimensions;
  /** Each route key's label, from either policy. */
  routeLabels: Map<string, string>;
  /** The time the search took: on several threads, the sum of its tasks' times. */
  milliseconds: number;
}

/** The most summaries the search may hold before it stops rather than exceed its memory. */
export const MOST_CLASSES = 3_000_000;

/**
 * The most memory the process may hold while searching: past it the search stops with
 * `SearchTooLarge` rather than grow. It leaves room under the 1 GB no bound may exceed
 * (docs/benchmarks.md gives what the largest bounds take).
 */
export const MOST_MEMORY = 900 * 1024 * 1024;

/**
 * The most work (summaries put together, classes met with parts, decisions weighed as
 * many) one task of a search may take: a few seconds. The largest task of the bundled
 * pairs at the default bounds (Cwm Taf Morgannwg against Sutton, with an unborn child)
 * takes some 36,500,000 (measured 2026-12-05, after a change that merged rooms read under
 * different sole-representative guesses; every other pair of the bundled boards stays under
 * 26,000,000); the whole pair takes some 2.5 s on one thread. A pair past it is
 * searched again at fewer attendees, and the report says so (see `diff`); counted, not
 * timed, so every machine gives the same report.
 */
export const MOST_WORK = 64_000_000;

export class SearchTooLarge extends Error {}

/**
 * The smaller numbers of attendees a pair is searched at when the bounds asked for pass
 * the search's limit, smallest first: the answer is the largest of them below the
 * smallest that also passes it.
 */
export function fallbackSizes(requested: number): number[] {
  return [1, 2, 3, 4, 6, 8, 12, 16].filter((n) => n < requested);
}

/** A search made at fewer attendees than asked for, because the bounds asked for passed the search's limit. */
export interface Reduced {
  /** The most attendees asked for. */
  requested: number;
  /** The most attendees searched: the largest tried that kept within the limit. */
  searched: number;
  /** The fewest attendees tried that passed the limit. */
  exceeded: number;
  /** Why that search stopped. */
  reason: string;
}


interface Best {
  rank: number;
  point: SearchPoint;
}

/** The outer settings: each combination of the number of children and the facts eligibility reads. */
function outerSettings(space: Dimensions): { at: number[]; rank: number }[] {
  const outer = space.dims.flatMap((d, i) => (d.outer ? [i] : []));
  const n = radix(space.dims, outer);
  const out: { at: number[]; rank: number }[] = [];
  for (let s = 0; s < n; s++) {
    const at = space.dims.map(() => 0);
    const rank = spread(space.dims, outer, s, at);
    out.push({ at, rank });
  }
  return out;
}

function modeOf(space: Dimensions, at: readonly number[]): Mode {
  const facts = new Map<string, never>();
  let children = 1;
  space.dims.forEach((d, i) => {
    if (!d.outer) return;
    const value = d.values[at[i] ?? 0];
    if (d.name === "children") children = value as number;
    else facts.set(d.name.slice("fact:".length), value as never);
  });
  return { facts, children };
}

/** One pair of answers that differ, in one outer setting: how often, and the smallest conference. */
export interface FoundCell {
  a: [Outcome, string];
  b: [Outcome, string];
  count: number;
  rank: number;
  room: number[];
  at: number[];
}

/** What one outer setting's search finds: plain data, so a worker thread can send it back. */
export interface OuterFound {
  conferences: number;
  cells: FoundCell[];
  /** How long the search of this outer setting took. */
  milliseconds: number;
}

/**
 * The limits one task of a search keeps to: checked every so many steps (`check`) and as
 * classes are made (`budget`). One object, not a fresh closure per task: the tables call
 * `check` from their hottest code, and a new function there each task made V8 throw away
 * and recompile that code.
 */
class SearchLimits {
  private readonly mostWork: number;

  constructor(
    private readonly tables: readonly [SummaryTable, SummaryTable],
    private readonly options: SearchOptions,
    private readonly cancelled: () => boolean,
  ) {
    this.mostWork = options.mostWork ?? MOST_WORK;
  }

  /** Stops the search where another task of it passed its limit, or this one passed the work or memory allowed. */
  check(): void {
    // Another task of the same search passed its limit: this one stops too (what it found would not be used).
    if (this.cancelled()) throw new SearchTooLarge("another part of the same search passed its limit");
    if (this.tables[0].effort + this.tables[1].effort > this.mostWork) throw new SearchTooLarge(`the search would take more than ${this.mostWork.toLocaleString("en-GB")} steps`);
    this.budget(0);
  }

  /** Stops the search where `classes` more classes would pass the classes or memory allowed. */
  budget(classes: number): void {
    const { tables, options } = this;
    if (classes + tables[0].size + tables[1].size > MOST_CLASSES) throw new SearchTooLarge(`the search would hold more than ${MOST_CLASSES.toLocaleString("en-GB")} classes of rooms`);
    // Small searches cannot come near the limit: the resident memory is read only once classes are many.
    if (classes + tables[0].size + tables[1].size < 100_000 && options.memoryLimit === undefined) return;
    const memory = process.memoryUsage.rss();
    if (memory > (options.memoryLimit ?? MOST_MEMORY)) throw new SearchTooLarge(`the search would need more than ${Math.round((options.memoryLimit ?? MOST_MEMORY) / 1048576).toLocaleString("en-GB")} MB of memory`);
  }
}

/** Searches one outer setting (children, the facts eligibility reads). */
function searchOuter(outer: { at: number[]; rank: number }, ctx: PairContext, cancelled: () => boolean): OuterFound {
  const { readings, kinds, items, itemsOfKind, groups, space, options } = ctx;
  const answers = new Answers();
  const mode = modeOf(space, outer.at);
  const tables = [new SummaryTable(readings[0], 0, kinds, items, mode), new SummaryTable(readings[1], 1, kinds, items, mode)] as const;
  const limits = new SearchLimits(tables, options, cancelled);
  tables[0].checkpoint = limits;
  tables[1].checkpoint = limits;
  const parts = groups.map((g) => {
    const part = groupParts(g, kinds, itemsOfKind, items, tables, options);
    limits.budget(0);
    return part;
  });
  const final = endClasses(parts, tables, options, limits);
  const sides = sideAnswersOf(final, ctx, tables, mode, outer, answers);
  const { conferences, cells } = tallyCells(final, sides, ctx, outer);
  return { conferences, cells: foundCells(cells, answers), milliseconds: 0 };
}

/** Classes that end alike are decided alike: one per pair of settled summaries, the smallest room as its witness. */
function endClasses(parts: GroupParts[], tables: readonly [SummaryTable, SummaryTable], options: SearchOptions, limits: SearchLimits): RoomClass[] {
  const ends = new TripleTable<RoomClass>();
  for (const c of roomClasses(parts, tables, options, (classes) => limits.budget(classes))) {
    if (c.size === 0) continue;
    const a = tables[0].settle(c.a, 0);
    const b = tables[1].settle(c.b, 0);
    ends.add(a, b, 0, c.rooms, c.size * 65536 + Math.min(c.oddity, 65535), c);
  }
  const final: RoomClass[] = [];
  for (let e = 0; e < ends.length; e++) {
    const c = ends.refs[e] as RoomClass;
    final.push({ size: c.size, a: ends.k0[e] ?? 0, b: ends.k1[e] ?? 0, rooms: ends.counts[e] ?? 0, oddity: c.oddity, room: c.room });
  }
  return final;
}

/** Each policy's answers, decided on the smallest room of the first class to end in each summary. */
function sideAnswersOf(final: readonly RoomClass[], ctx: PairContext, tables: readonly [SummaryTable, SummaryTable], mode: Mode, outer: { at: number[] }, answers: Answers): [SideAnswers, SideAnswers] {
  const { readings, kinds, items, space, split } = ctx;
  const children = mode.children === 2 ? ["child_1", "child_2"] : ["child_1"];
  const witnesses = [new Map<number, RoomClass["room"]>(), new Map<number, RoomClass["room"]>()];
  for (const c of final) {
    if (!witnesses[0]?.has(c.a)) witnesses[0]?.set(c.a, c.room);
    if (!witnesses[1]?.has(c.b)) witnesses[1]?.set(c.b, c.room);
  }
  const witness = (side: number) => (summary: number) => {
    const room = roomItems(witnesses[side]?.get(summary) ?? null).map((i) => items[i] as Item);
    const { attendees, admits } = attendeesOf(room, kinds, children, null);
    return { children: children.map((id) => ({ id })), attendees, admits };
  };
  const siblings = (p: number) => (readings[p]?.siblings ?? false) && mode.children > 1;
  return [0, 1].map((p) => new SideAnswers(p, readings[p] as PolicyReading, tables[p] as SummaryTable, new FollowsReader(readings[p] as PolicyReading, tables[p] as SummaryTable), ctx.deciders[p] as Decider, space, outer.at, split, siblings(p), witness(p), answers)) as [SideAnswers, SideAnswers];
}

interface CellTally {
  count: number;
  rank: number;
  room: RoomClass["room"];
  at: number[];
}

/** How many conferences of each pair of answers the classes hold, and the smallest of them. */
function tallyCells(final: readonly RoomClass[], sides: readonly [SideAnswers, SideAnswers], ctx: PairContext, outer: { at: number[]; rank: number }): { conferences: number; cells: Map<number, CellTally> } {
  const { space, split } = ctx;
  const inner = sides[0].slotCount * radix(space.dims, split.own[1]);
  const byPair = new Map<string, CellCount[]>();
  const cells = new Map<number, CellTally>();
  let conferences = 0;
  for (const c of final) {
    conferences += c.rooms * inner;
    const va = sides[0].vector(c.a);
    const vb = sides[1].vector(c.b);
    const pk = `${va},${vb}`;
    let pair = byPair.get(pk);
    if (!pair) {
      pair = pairCells(sides[0].list[va] as Int32Array, sides[1].list[vb] as Int32Array, sides, split, space.dims, ANSWER_SPAN);
      byPair.set(pk, pair);
    }
    for (const cell of pair) {
      // Smallest first: attendees, then children and facts outside, then the setting, then the least unusual room.
      const rank = ((c.size * 64 + outer.rank) * 4096 + cell.rank) * 65536 + Math.min(c.oddity, 65535);
      const entry = cells.get(cell.cell);
      if (!entry) cells.set(cell.cell, { count: c.rooms * cell.count, rank, room: c.room, at: settingAt(outer.at, cell.at, space) });
      else {
        entry.count += c.rooms * cell.count;
        if (rank < entry.rank) {
          entry.rank = rank;
          entry.room = c.room;
          entry.at = settingAt(outer.at, cell.at, space);
        }
      }
    }
  }
  return { conferences, cells };
}

/** The whole setting: the outer dims' values from the outer setting, the rest from the cell's. */
function settingAt(outer: readonly number[], inner: readonly number[], space: Dimensions): number[] {
  return outer.map((v, i) => (space.dims[i]?.outer ? v : (inner[i] ?? 0)));
}

/** The cells as plain data, each pair of answers spelt out. */
function foundCells(cells: Map<number, CellTally>, answers: Answers): FoundCell[] {
  const found: FoundCell[] = [];
  for (const [cell, e] of cells) {
    const ra = Math.floor(cell / ANSWER_SPAN);
    const rb = cell % ANSWER_SPAN;
    found.push({ a: [answers.outcome[ra] ?? "unresolved", answers.follows[ra] ?? ""], b: [answers.outcome[rb] ?? "unresolved", answers.follows[rb] ?? ""], count: e.count, rank: e.rank, room: roomItems(e.room), at: e.at });
  }
  return found;
}

const ANSWER_SPAN = 1_048_576;

/**
 * Text in the order of its code units, whatever the locale: not `compareText` of
 * `grammar/diagnostic.ts`, which follows collation where it differs, and so the locale.
 */
function codeUnitOrder(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

export interface PairContext {
  readings: readonly [PolicyReading, PolicyReading];
  kinds: AttendeeKind[];
  items: Item[];
  itemsOfKind: number[][];
  groups: number[][];
  space: Dimensions;
  split: InnerSplit;
  options: SearchOptions;
  deciders: readonly [Decider, Decider];
  routeLabels: Map<string, string>;
}

function splitInner(space: Dimensions): InnerSplit {
  const split: InnerSplit = { shared: [], own: [[], []] };
  space.dims.forEach((d, i) => {
    if (d.outer) return;
    if (d.readBy[0] && d.readBy[1]) split.shared.push(i);
    else if (d.readBy[0]) split.own[0].push(i);
    else split.own[1].push(i);
  });
  return split;
}

/** A pair's search made ready: what it varies, and the outer settings it is split into (each a task a worker can run). */
export interface SearchPlan {
  ctx: PairContext;
  leftOut: RoleLeftOut[];
  outers: { at: number[]; rank: number }[];
}

export function planSearch(a: Side, b: Side, options: SearchOptions): SearchPlan {
  const readings = [policyReading(a.tables), policyReading(b.tables)] as const;
  const { kinds, leftOut } = attendeeKinds(readings);
  const byKind = itemsOf(kinds, options);
  const items: Item[] = [];
  const itemsOfKind = byKind.map((list) => list.map((item) => items.push(item) - 1));
  const space = settingDims(readings, options);
  const routeLabels = new Map<string, string>();
  for (const r of readings) for (const [k, label] of routeLabelsOf(r)) if (!routeLabels.has(k)) routeLabels.set(k, label);
  const ctx: PairContext = {
    readings,
    kinds,
    items,
    itemsOfKind,
    groups: kindGroups(kinds),
    space,
    split: splitInner(space),
    options,
    deciders: [a.decide ?? createDecider(a.tables.ir), b.decide ?? createDecider(b.tables.ir)],
    routeLabels,
  };
  return { ctx, leftOut, outers: outerSettings(space) };
}

/** The search of one outer setting of a plan; `cancelled`, read at each checkpoint, stops it early (with `SearchTooLarge`). */
export function searchPart(plan: SearchPlan, outer: number, cancelled: () => boolean = () => false): OuterFound {
  const o = plan.outers[outer];
  if (!o) throw new Error(`no outer setting ${outer}`);
  const started = performance.now();
  const found = searchOuter(o, plan.ctx, cancelled);
  found.milliseconds = performance.now() - started;
  return found;
}

/**
 * Searches every conference within the bounds. What a policy decides, and what follows,
 * reads only a sum of small per-group summaries (`roomSummary.ts`), so rooms are built
 * group by group, keeping one class per pair of summaries with the number of rooms of each
 * size in it; the real deciders then decide one room of each class in each setting.
 */
export function searchPair(a: Side, b: Side, options: SearchOptions): PairSearch {
  const plan = planSearch(a, b, options);
  return mergeSearch(plan, plan.outers.map((_, i) => searchPart(plan, i)));
}

/**
 * `searchPair` at the bounds asked for, or, where that passes the search's limit, at the
 * largest of `fallbackSizes` below the smallest of them that passes it too, said in
 * `reduced`. Throws `SearchTooLarge` only where even one attendee passes it.
 */
export function searchPairReducing(a: Side, b: Side, options: SearchOptions): { search: PairSearch; reduced: Reduced | null } {
  const attempt = (maxAttendees: number): PairSearch | SearchTooLarge => {
    try {
      return searchPair(a, b, { ...options, maxAttendees });
    } catch (error) {
      if (error instanceof SearchTooLarge) return error;
      throw error;
    }
  };
  const first = attempt(options.maxAttendees);
  if (!(first instanceof SearchTooLarge)) return { search: first, reduced: null };
  let best: { search: PairSearch; size: number } | null = null;
  let exceeded = { size: options.maxAttendees, reason: first.message };
  for (const size of fallbackSizes(options.maxAttendees)) {
    const found = attempt(size);
    if (found instanceof SearchTooLarge) {
      exceeded = { size, reason: found.message };
      break;
    }
    best = { search: found, size };
  }
  if (!best) throw new SearchTooLarge(exceeded.reason);
  return { search: best.search, reduced: { requested: options.maxAttendees, searched: best.size, exceeded: exceeded.size, reason: exceeded.reason } };
}

/**
 * The share of the conferences searched that `part` of them are, at most 1: counts past
 * 2^53 are rounded sums, and a part summed apart from the whole can come out a hair above
 * it, where the published schema allows no share above 1.
 */
export function shareOfSearched(part: number, conferences: number): number {
  return conferences === 0 ? 0 : Math.min(1, part / conferences);
}

/** The outer settings' findings put together into the pair's answer. */
export function mergeSearch(plan: SearchPlan, parts: readonly OuterFound[]): PairSearch {
  const { ctx } = plan;
  const outcomeCells = new Map<string, { a: Outcome; b: Outcome; count: number; best: Best }>();
  const followCells = new Map<string, { count: number; best: Best; under: "a" | "b"; key: string }>();
  let followsDiffering = 0;
  let conferences = 0;
  const better = (into: { best: Best; count: number }, cell: FoundCell) => {
    into.count += cell.count;
    if (cell.rank < into.best.rank) into.best = { rank: cell.rank, point: { room: cell.room, setting: { at: cell.at } } };
  };
  const none = (): Best => ({ rank: Infinity, point: { room: [], setting: { at: [] } } });
  for (const part of parts) {
    conferences += part.conferences;
    for (const cell of part.cells) {
      const [oa, fa] = cell.a;
      const [ob, fb] = cell.b;
      if (oa !== ob) {
        const k = `${oa}|${ob}`;
        const entry = outcomeCells.get(k) ?? { a: oa, b: ob, count: 0, best: none() };
        better(entry, cell);
        outcomeCells.set(k, entry);
        continue;
      }
      followsDiffering += cell.count;
      const sa = new Set(followsKeys(fa));
      const sb = new Set(followsKeys(fb));
      const add = (under: "a" | "b", key: string) => {
        const k = `${under}\u0000${key}`;
        const entry = followCells.get(k) ?? { count: 0, best: none(), under, key };
        better(entry, cell);
        followCells.set(k, entry);
      };
      for (const key of sa) if (!sb.has(key)) add("a", key);
      for (const key of sb) if (!sa.has(key)) add("b", key);
    }
  }
  const cells = [...outcomeCells.values()];
  const differing = cells.reduce((sum, c) => sum + c.count, 0);
  // Ties fall by the answers' names, not by the order the search met them, which changes with how it is built.
  const byAnswers = (x: { a: Outcome; b: Outcome }, y: { a: Outcome; b: Outcome }) => codeUnitOrder(x.a, y.a) || codeUnitOrder(x.b, y.b);
  const differences = [...cells].sort((x, y) => y.count - x.count || byAnswers(x, y)).map((c) => ({ a: c.a, b: c.b, conferences: c.count, share: shareOfSearched(c.count, conferences) }));
  const found = [...cells].sort((x, y) => x.best.rank - y.best.rank || byAnswers(x, y)).map((c) => ({ a: c.a, b: c.b, point: c.best.point }));
  const follows = [...followCells.values()].sort((x, y) => y.count - x.count || x.best.rank - y.best.rank || codeUnitOrder(x.under, y.under) || codeUnitOrder(x.key, y.key)).map((f) => ({ under: f.under, key: f.key, conferences: f.count, point: f.best.point }));
  const milliseconds = parts.reduce((n, p) => n + p.milliseconds, 0);
  return { bounds: boundsOf(ctx, plan.leftOut), conferences, differing, differences, found, followsDiffering, follows, items: ctx.items, kinds: ctx.kinds, space: ctx.space, routeLabels: ctx.routeLabels, milliseconds };
}

function boundsOf(ctx: PairContext, leftOut: RoleLeftOut[]): SearchBounds {
  const { kinds, space, options } = ctx;
  const children = space.dims.find((d) => d.name === "children")?.values as number[] | undefined;
  const involvement = kinds.some((k) => k.dims.involved);
  const groups = new Map<string, string[]>();
  for (const k of kinds) groups.set(k.group, [...(groups.get(k.group) ?? []), k.role]);
  return {
    attendees: { min: 1, max: options.maxAttendees },
    perGroup: { max: Math.min(options.maxPerGroup, options.maxAttendees), groups: [...groups.values()] },
    children: children ?? [1],
    views: [...VIEWS],
    involvement: involvement ? ["involved with the child", "no direct contact"] : ["involved with the child (no compared policy reads involvement)"],
    unborn: space.dims.some((d) => d.name === "fact:unborn") ? [false, true] : [false],
    nominatedLeads: options.nominatedLeads && kinds.some((k) => k.dims.lead),
    organisations: kinds.some((k) => k.organisations) && options.organisations ? "each attendee from an organisation of their own, or two of one kind from one organisation where a policy gives each organisation a vote" : "each attendee from an organisation of their own",
    chair: space.dims.filter((d) => d.name.startsWith("chair:")).map((d) => d.words),
    roles: kinds.map((k) => ({ role: k.role, standsFor: k.standsFor, variant: k.variant })),
    rolesLeftOut: leftOut,
    facts: space.dims.filter((d) => d.name.startsWith("fact:")).map((d) => ({ fact: d.name.slice("fact:".length), values: d.values as (string | boolean | number)[] })),
    dissentLevels: kinds.some((k) => k.dims.level),
  };
}
