/**
 * Every room within the bounds, met as classes rather than one by one. A class is a set of
 * rooms of one size that both policies summarise alike, with how many rooms it holds and
 * the least unusual of them kept as its witness. Each group of kinds is built attendee
 * kind by attendee kind (`groupParts`), holding open what a later kind of the group could
 * still change; the groups' parts are then added up (`roomClasses`). The classes grow
 * polynomially with the attendees, the rooms exponentially.
 */
import type { AttendeeKind } from "./attendeeKinds.js";
import type { SummaryTable } from "./roomSummary.js";
import type { Item, SearchOptions } from "./searchSpace.js";
import { PairMap, TripleTable } from "./intTables.js";

/** A witness room as a list shared between the rooms built from it: the last item first. */
export interface RoomList {
  item: number;
  rest: RoomList | Joined | null;
}

/** Two witnesses put together, joined into one list only for the class that keeps them. */
class Joined {
  constructor(
    readonly first: RoomList | Joined | null,
    readonly second: RoomList | Joined | null,
  ) {}
}

function collect(list: RoomList | Joined | null, out: number[]): void {
  const stack: (RoomList | Joined | null)[] = [list];
  while (stack.length > 0) {
    const l = stack.pop() ?? null;
    if (l === null) continue;
    if (l instanceof Joined) {
      stack.push(l.first, l.second);
      continue;
    }
    out.push(l.item);
    stack.push(l.rest);
  }
}

export function roomItems(list: RoomList | Joined | null): number[] {
  const out: number[] = [];
  collect(list, out);
  return out.sort((x, y) => x - y);
}

function resolve(list: RoomList | Joined | null): RoomList | null {
  let out: RoomList | null = null;
  for (const item of roomItems(list)) out = { item, rest: out };
  return out;
}

/** Rooms sharing a size and both summaries, with the least unusual of them. */
export interface RoomClass {
  size: number;
  a: number;
  b: number;
  /** How many distinct rooms (multisets of attendees) the class holds: exact up to 2^53, rounded above. */
  rooms: number;
  oddity: number;
  /** The witness. */
  room: RoomList | Joined | null;
}

/** Summary ids stay below 2^21 (the tables' keys are 31-bit integers). */
export const MOST_SUMMARIES = 2_097_152;

type Classes = TripleTable<RoomList | Joined | null>;

/** Every way to add some copies of one item to each partial room, within `most` attendees: the table is extended in place. */
function extend(t: Classes, item: number, tables: readonly [SummaryTable, SummaryTable], items: readonly Item[], most: number): void {
  const n = t.length;
  // Rooms counted before this item: an entry a successor lands on must not pass those on twice.
  const counts = t.counts.slice(0, n);
  const width = items[item]?.members.length ?? 1;
  const oddity = items[item]?.oddity ?? 0;
  for (let e = 0; e < n; e++) {
    let size = t.k0[e] ?? 0;
    let a = t.k1[e] ?? 0;
    let b = t.k2[e] ?? 0;
    let rank = t.ranks[e] ?? 0;
    const room = t.refs[e] ?? null;
    const rooms = counts[e] ?? 0;
    for (let j = 1; ; j++) {
      size += width;
      if (size > most) break;
      a = tables[0].add(a, item);
      b = tables[1].add(b, item);
      rank += oddity;
      const at = t.put(size, a, b, rooms, rank);
      if (at < 0) continue;
      let witness = room;
      for (let c = 0; c < j; c++) witness = { item, rest: witness };
      t.refs[at] = witness;
    }
  }
}

/**
 * Every part the attendees of one agency (or who are not practitioners) can contribute,
 * read from an empty room with the group's guesses: up to the most from one agency.
 */
function agencyParts(run: Run, itemsOfKind: readonly (readonly number[])[], items: readonly Item[], tables: readonly [SummaryTable, SummaryTable], start: readonly [number, number], most: number): Classes {
  let t: Classes = new TripleTable();
  t.add(0, start[0], start[1], 1, 0, null);
  run.order.forEach((k, pos) => {
    for (const item of itemsOfKind[k] ?? []) extend(t, item, tables, items, most);
    // What only this agency's attendees touch is complete once its last kind is read: close it, so fewer parts differ.
    const close: [number[], number[]] = [run.localAt[0][pos] ?? [], run.localAt[1][pos] ?? []];
    if (close[0].length > 0 || close[1].length > 0) t = closeIn(t, tables, close);
  });
  return t;
}

/** The table with entities closed, dropping rooms whose sole-representative guess was wrong. */
function closeIn(t: Classes, tables: readonly [SummaryTable, SummaryTable], close: readonly [readonly number[], readonly number[]]): Classes {
  closings = (closings + 1) % 65536;
  const next: Classes = new TripleTable(t.length);
  for (let e = 0; e < t.length; e++) {
    const a = close[0].length === 0 ? (t.k1[e] ?? 0) : tables[0].close(t.k1[e] ?? 0, close[0], closings);
    const b = close[1].length === 0 ? (t.k2[e] ?? 0) : tables[1].close(t.k2[e] ?? 0, close[1], closings);
    if (a < 0 || b < 0) continue;
    next.add(t.k0[e] ?? 0, a, b, t.counts[e] ?? 0, t.ranks[e] ?? 0, t.refs[e] ?? null);
  }
  return next;
}

/**
 * The kinds of an agency in an order that keeps few units and counts open at once: next,
 * always the kind that leaves the fewest open, closing the most.
 */
function frontierOrder(kinds: readonly number[], tables: readonly [SummaryTable, SummaryTable]): number[] {
  const touches = kinds.map((k) => [...tables[0].entitiesOf(k).map((e) => `a${e}`), ...tables[1].entitiesOf(k).map((e) => `b${e}`)]);
  const remaining = new Map<string, number>();
  for (const list of touches) for (const e of new Set(list)) remaining.set(e, (remaining.get(e) ?? 0) + 1);
  const open = new Set<string>();
  const left = kinds.map((_, i) => i);
  const order: number[] = [];
  while (left.length > 0) {
    let best = 0;
    let bestScore = Infinity;
    left.forEach((i, at) => {
      const list = new Set(touches[i]);
      const opened = [...list].filter((e) => !open.has(e) && (remaining.get(e) ?? 0) > 1).length;
      const closed = [...list].filter((e) => (remaining.get(e) ?? 0) === 1 && open.has(e)).length;
      const score = opened * 2 - closed;
      if (score < bestScore) {
        bestScore = score;
        best = at;
      }
    });
    const [i] = left.splice(best, 1);
    if (i === undefined) break;
    order.push(kinds[i] as number);
    for (const e of new Set(touches[i])) {
      const n = (remaining.get(e) ?? 0) - 1;
      remaining.set(e, n);
      if (n > 0) open.add(e);
      else open.delete(e);
    }
  }
  return order;
}

interface Run {
  kinds: number[];
  /** The kinds in the order its parts are built. */
  order: number[];
  /** For each position in `order`, the entities only this run touches that close there. */
  localAt: [number[][], number[][]];
}

/** For runs joined in this order, the entities (touched by more than one run) each is the last to touch. */
function closingOrder(runs: readonly Run[], tables: readonly [SummaryTable, SummaryTable]): [number[], number[]][] {
  const close: [number[], number[]][] = runs.map(() => [[], []]);
  tables.forEach((table, side) => {
    const touched = new Map<number, number[]>();
    runs.forEach((run, r) => {
      for (const k of run.kinds) for (const e of table.entitiesOf(k)) touched.set(e, [...(touched.get(e) ?? []), r]);
    });
    for (const [e, rs] of touched) if (new Set(rs).size > 1) close[Math.max(...rs)]?.[side as 0 | 1].push(e);
  });
  return close;
}

let closings = 0;

/** The group's kinds in runs of one agency each, with the entities only a run touches, closed within it. */
function agencyRuns(group: readonly number[], kinds: readonly AttendeeKind[], tables: readonly [SummaryTable, SummaryTable]): Run[] {
  const runs: Run[] = [];
  for (const k of group) {
    const last = runs[runs.length - 1];
    if (last && kinds[last.kinds[0] ?? -1]?.group === kinds[k]?.group) last.kinds.push(k);
    else runs.push({ kinds: [k], order: [], localAt: [[], []] });
  }
  for (const run of runs) run.order = frontierOrder(run.kinds, tables);
  tables.forEach((table, side) => {
    const touched = new Map<number, Set<number>>();
    runs.forEach((run, r) => {
      for (const k of run.kinds) for (const e of table.entitiesOf(k)) touched.set(e, (touched.get(e) ?? new Set()).add(r));
    });
    for (const [e, rs] of touched) {
      const r = Math.max(...rs);
      const run = runs[r];
      if (!run) continue;
      if (rs.size > 1) continue;
      const pos = Math.max(...run.order.flatMap((k, i) => (table.entitiesOf(k).includes(e) ? [i] : [])));
      const at = run.localAt[side as 0 | 1];
      (at[pos] ??= []).push(e);
    }
  });
  return runs;
}

/**
 * Every part one group can contribute to a room, within the bounds: rooms of its kinds,
 * each summarised under both policies with everything the group holds open closed, and
 * those with the same size and summaries merged into one class. Each agency's parts are
 * read on their own and put together in turn; a guess of who is a sole representative is
 * made for the whole group and checked when its rule closes.
 */
export function groupParts(group: readonly number[], kinds: readonly AttendeeKind[], itemsOfKind: readonly (readonly number[])[], items: readonly Item[], tables: readonly [SummaryTable, SummaryTable], options: SearchOptions): GroupParts {
  const runs = agencyRuns(group, kinds, tables);
  const sole = tables.map((table) => [...new Set(group.flatMap((k) => [...table.soleEntitiesOf(k)]))]);
  const most = options.maxAttendees;
  const perAgency = Math.min(options.maxPerGroup, most);
  const out: Classes = new TripleTable();
  for (let ga = 0; ga < 1 << (sole[0]?.length ?? 0); ga++) {
    for (let gb = 0; gb < 1 << (sole[1]?.length ?? 0); gb++) {
      const start = [tables[0].empty(sole[0], ga), tables[1].empty(sole[1], gb)] as const;
      let t: Classes = new TripleTable();
      t.add(0, start[0], start[1], 1, 0, null);
      const built = runs.map((run) => {
        // Each agency's parts carry the guesses of the rules its own kinds meet, and no others: a closed rule stays closed.
        const runStart = [0, 1].map((side) => {
          const rules = sole[side] ?? [];
          const guess = side === 0 ? ga : gb;
          const table = tables[side] as SummaryTable;
          const touched = new Set(run.kinds.flatMap((k) => [...table.soleEntitiesOf(k)]));
          const mine = rules.filter((r) => touched.has(r));
          const bits = mine.reduce((g, r, i) => g | (((guess >> rules.indexOf(r)) & 1) << i), 0);
          return table.empty(mine, bits);
        }) as [number, number];
        return { run, parts: agencyParts(run, itemsOfKind, items, tables, runStart, perAgency) };
      });
      // The agency with the most parts first: each join costs the rooms so far times the parts added.
      built.sort((x, y) => y.parts.length - x.parts.length);
      const close = closingOrder(built.map((b) => b.run), tables);
      built.forEach(({ parts }, i) => {
        t = joinParts(t, parts, tables, close[i] ?? [[], []], most);
      });
      for (let e = 0; e < t.length; e++) out.add(t.k0[e] ?? 0, t.k1[e] ?? 0, t.k2[e] ?? 0, t.counts[e] ?? 0, t.ranks[e] ?? 0, t.refs[e] ?? null);
    }
  }
  const parts: RoomClass[] = [];
  let largest = 0;
  for (let e = 0; e < out.length; e++) {
    const size = out.k0[e] ?? 0;
    largest = Math.max(largest, size);
    parts.push({ size, a: out.k1[e] ?? 0, b: out.k2[e] ?? 0, rooms: out.counts[e] ?? 0, oddity: out.ranks[e] ?? 0, room: out.refs[e] ?? null });
  }
  // The most units a part adds: one per shared unit, and one per attendee who votes alone or for their own organisation.
  const units = [0, 1].map((side) => {
    const shared = new Set<string>();
    let alone = false;
    for (const k of group) {
      const u = kinds[k]?.profiles[side]?.unit;
      if (u?.type === "shared") shared.add(u.key);
      else if (u?.type === "own" || u?.type === "organisation") alone = true;
    }
    return Math.min(largest, shared.size + (alone ? largest : 0));
  }) as [number, number];
  return { parts, units };
}

/** Each partial room with each agency part added, within the room's bound, and the entities the agency is last to touch closed. */
function joinParts(t: Classes, parts: Classes, tables: readonly [SummaryTable, SummaryTable], close: readonly [readonly number[], readonly number[]], most: number): Classes {
  const next: Classes = new TripleTable(t.length * 2);
  const memoA = new PairMap(t.length);
  const memoB = new PairMap(t.length);
  for (let e = 0; e < t.length; e++) {
    const size0 = t.k0[e] ?? 0;
    const a0 = t.k1[e] ?? 0;
    const b0 = t.k2[e] ?? 0;
    const rooms = t.counts[e] ?? 0;
    const rank = t.ranks[e] ?? 0;
    const room = t.refs[e] ?? null;
    for (let p = 0; p < parts.length; p++) {
      const size = size0 + (parts.k0[p] ?? 0);
      if (size > most) continue;
      const a = tables[0].joinClose(a0, parts.k1[p] ?? 0, close[0], memoA);
      if (a < 0) continue;
      const b = tables[1].joinClose(b0, parts.k2[p] ?? 0, close[1], memoB);
      if (b < 0) continue;
      const at = next.put(size, a, b, rooms * (parts.counts[p] ?? 0), rank + (parts.ranks[p] ?? 0));
      if (at < 0) continue;
      const partRoom = parts.refs[p] ?? null;
      next.refs[at] = partRoom === null ? room : room === null ? partRoom : new Joined(room, partRoom);
    }
  }
  return next;
}

/**
 * For one policy and one group's parts: the summary a class becomes with each part added,
 * settled for the units still to come. Worked out once per summary, not once per class and part.
 */
function extender(table: SummaryTable, parts: readonly RoomClass[], side: "a" | "b", unitsLeft: number) {
  const rows = new Map<number, Int32Array>();
  return (summary: number): Int32Array => {
    let row = rows.get(summary);
    if (row === undefined) {
      row = new Int32Array(parts.length);
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i] as RoomClass;
        row[i] = table.settle(part.size === 0 ? summary : table.plus(summary, part[side]), unitsLeft);
      }
      rows.set(summary, row);
    }
    return row;
  };
}

/** A group's parts, and the most voting units a part of it can add under each policy. */
export interface GroupParts {
  parts: RoomClass[];
  units: [number, number];
}

/**
 * Classes of rooms keyed by their two summaries, each holding how many rooms it has of
 * every size (a room's size matters only for the bound on attendees; its summaries are
 * settled by the units still to come, which no size changes), its smallest room's rank and
 * that room. Keys are found through a dense index where both sides have few summaries,
 * else through a hash table.
 */
class SizedClasses {
  length = 0;
  a: Int32Array;
  b: Int32Array;
  /** Rooms by size: entry e's count of rooms of size s at e * sizes + s. */
  counts: Float64Array;
  minSize: Int32Array;
  ranks: Int32Array;
  refs: Ref[] = [];
  private readonly cells: Int32Array | null;
  private readonly hash: TripleTable<null> | null;

  constructor(
    readonly sizes: number,
    capacity: number,
    private readonly dense: { a: Int32Array; b: Int32Array; nb: number; cells: number } | null,
  ) {
    const cap = Math.max(16, capacity);
    this.a = new Int32Array(cap);
    this.b = new Int32Array(cap);
    this.counts = new Float64Array(cap * sizes);
    this.minSize = new Int32Array(cap);
    this.ranks = new Int32Array(cap);
    this.cells = dense ? new Int32Array(dense.cells).fill(-1) : null;
    this.hash = dense ? null : new TripleTable<null>(cap);
  }

  /** The entry for a pair of summaries, made (empty) if new. */
  entry(a: number, b: number): number {
    if (this.cells && this.dense) {
      const cell = (this.dense.a[a] ?? 0) * this.dense.nb + (this.dense.b[b] ?? 0);
      const e = this.cells[cell] ?? -1;
      if (e >= 0) return e;
      const made = this.make(a, b);
      this.cells[cell] = made;
      return made;
    }
    const hash = this.hash as TripleTable<null>;
    const before = hash.length;
    const e = hash.add(a, b, 0, 0, 0, null);
    return e === before ? this.make(a, b) : e;
  }

  private make(a: number, b: number): number {
    if (this.length === this.a.length) this.grow();
    const e = this.length++;
    this.a[e] = a;
    this.b[e] = b;
    this.minSize[e] = this.sizes;
    this.ranks[e] = NO_ROOM;
    return e;
  }

  private grow(): void {
    const cap = this.a.length * 2;
    const more = <T extends Int32Array | Float64Array>(old: T, next: T): T => {
      next.set(old);
      return next;
    };
    this.a = more(this.a, new Int32Array(cap));
    this.b = more(this.b, new Int32Array(cap));
    this.counts = more(this.counts, new Float64Array(cap * this.sizes));
    this.minSize = more(this.minSize, new Int32Array(cap));
    this.ranks = more(this.ranks, new Int32Array(cap));
  }
}

/** The rank of a class with no room yet that has someone in it. */
const NO_ROOM = 2147483647;

/** Every class with every part added, within the bound. */
function extendAll(from: SizedClasses, rowsA: readonly Int32Array[], rowsB: readonly Int32Array[], parts: readonly RoomClass[], into: SizedClasses, most: number): void {
  const S = from.sizes;
  const partSize = Int32Array.from(parts, (p) => p.size);
  const partRooms = Float64Array.from(parts, (p) => p.rooms);
  const partOddity = Int32Array.from(parts, (p) => p.oddity);
  for (let e = 0; e < from.length; e++) {
    const rowA = rowsA[e] as Int32Array;
    const rowB = rowsB[e] as Int32Array;
    const min = from.minSize[e] as number;
    const rank = from.ranks[e] as number;
    const base = e * S;
    let top = S - 1;
    while (top > min && from.counts[base + top] === 0) top--;
    for (let i = 0; i < partSize.length; i++) {
      const ps = partSize[i] as number;
      if (min + ps > most) break;
      const t = into.entry(rowA[i] as number, rowB[i] as number);
      const counts = into.counts;
      const rooms = partRooms[i] as number;
      const to = t * S + ps;
      const last = Math.min(top, most - ps);
      for (let s = min; s <= last; s++) {
        const n = from.counts[base + s] as number;
        if (n !== 0) counts[to + s] = (counts[to + s] as number) + n * rooms;
      }
      if (min + ps < (into.minSize[t] as number)) into.minSize[t] = min + ps;
      // The witness is the smallest room with someone in it, then the least unusual: the class's own best plus this part,
      // or this part alone where the class holds the empty room.
      if (rank !== NO_ROOM) {
        const r = rank + ps * 65536 + (partOddity[i] as number);
        if (r < (into.ranks[t] as number)) {
          into.ranks[t] = r;
          into.refs[t] = ps === 0 ? (from.refs[e] ?? null) : new Joined(from.refs[e] ?? null, parts[i]?.room ?? null);
        }
      }
      if (ps > 0 && min === 0) {
        const r = ps * 65536 + (partOddity[i] as number);
        if (r < (into.ranks[t] as number)) {
          into.ranks[t] = r;
          into.refs[t] = parts[i]?.room ?? null;
        }
      }
    }
  }
}

/** The summaries the rows can reach, each once: every distinct row read once. */
function reached(rows: readonly Int32Array[]): Set<number> {
  const out = new Set<number>();
  for (const row of new Set(rows)) for (const v of row) out.add(v);
  return out;
}

/** The summaries among `values` (ids below `span`), numbered densely. */
function numbering(values: Set<number>, span: number): Int32Array {
  const dense = new Int32Array(span).fill(-1);
  let n = 0;
  for (const v of values) dense[v] = n++;
  return dense;
}

/** The most cells of a dense index (one side's summaries × the other's): 16M cells take 64 MB. */
const MOST_DENSE_CELLS = 16_777_216;

type Ref = RoomList | Joined | null;

/** Every class of rooms within the bounds, built group by group from each group's parts. */
export function roomClasses(groups: readonly GroupParts[], tables: readonly [SummaryTable, SummaryTable], options: SearchOptions, budget: (classes: number) => void): RoomClass[] {
  const most = options.maxAttendees;
  const S = most + 1;
  // Groups with the most parts first, while there are few classes to extend.
  const ordered = [...groups].sort((x, y) => y.parts.length - x.parts.length);
  // A tally can change only by the units still to come: each later group adds at most its own.
  const unitsAfter = ordered.map((_, i) => [0, 1].map((side) => Math.min(most, ordered.slice(i + 1).reduce((n, g) => n + (g.units[side] ?? 0), 0))));
  const unitsAll = [0, 1].map((side) => Math.min(most, ordered.reduce((n, g) => n + (g.units[side] ?? 0), 0)));
  let classes = new SizedClasses(S, 1, null);
  const start = classes.entry(tables[0].settle(tables[0].empty(), unitsAll[0] ?? most), tables[1].settle(tables[1].empty(), unitsAll[1] ?? most));
  classes.counts[start * S] = 1;
  classes.minSize[start] = 0;
  for (const [step, { parts }] of ordered.entries()) {
    // Parts smallest first, so a class stops at the first part that would overfill the room.
    parts.sort((x, y) => x.size - y.size);
    const toA = extender(tables[0], parts, "a", unitsAfter[step]?.[0] ?? most);
    const toB = extender(tables[1], parts, "b", unitsAfter[step]?.[1] ?? most);
    const rowsA: Int32Array[] = [];
    const rowsB: Int32Array[] = [];
    for (let e = 0; e < classes.length; e++) {
      rowsA.push(toA(classes.a[e] as number));
      rowsB.push(toB(classes.b[e] as number));
    }
    const nextA = reached(rowsA);
    const nextB = reached(rowsB);
    const dense = nextA.size * nextB.size <= MOST_DENSE_CELLS ? { a: numbering(nextA, tables[0].size), b: numbering(nextB, tables[1].size), nb: nextB.size, cells: nextA.size * nextB.size } : null;
    const next = new SizedClasses(S, classes.length * 2, dense);
    extendAll(classes, rowsA, rowsB, parts, next, most);
    budget(next.length);
    classes = next;
  }
  if (tables[0].size >= MOST_SUMMARIES || tables[1].size >= MOST_SUMMARIES) throw new Error("the search met more distinct rooms than it can number");
  const out: RoomClass[] = [];
  for (let e = 0; e < classes.length; e++) {
    let rooms = 0;
    for (let s = 1; s < S; s++) rooms += classes.counts[e * S + s] as number;
    if (rooms === 0) continue;
    // The empty room is no conference: the witness is the smallest room with someone in it.
    const rank = classes.ranks[e] as number;
    out.push({ size: Math.floor(rank / 65536), a: classes.a[e] as number, b: classes.b[e] as number, rooms, oddity: rank % 65536, room: resolve(classes.refs[e] ?? null) });
  }
  return out;
}
