/**
 * Every room within the bounds, met as classes rather than one by one. A class is the set of
 * rooms both policies summarise alike, with how many rooms of each size it holds and the
 * least unusual of its smallest rooms kept as its witness. Each group of kinds contributes
 * parts (`groupParts.ts`); here the groups' parts are added up (`roomClasses`), one group at a
 * time, each class with each part: the two summaries combined through a row worked out once
 * per summary, the rooms of each size convolved. The classes grow polynomially with the
 * attendees, the rooms exponentially.
 */
import type { SummaryTable } from "./roomSummary.js";
import type { SearchOptions } from "./searchSpace.js";
import { RowStore, TripleTable } from "./intTables.js";

/** A witness room as a list shared between the rooms built from it: the last item first. */
export interface RoomList {
  item: number;
  rest: RoomList | Joined | null;
}

/** Two witnesses put together, joined into one list only for the class that keeps them. */
export class Joined {
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

/**
 * For one policy and one group's parts: the summary a class becomes with each part added,
 * settled for the units still to come. Worked out once per summary and smallest room, not
 * once per class and part. Each attendee adds at most one voting unit, so the units still to
 * come are also at most the attendees the bound still allows: a class whose smallest room
 * already seats `min` takes at most `most - min - part.min` more once the part is added, and
 * a tally that no longer can turn is settled sooner, so fewer classes differ.
 */
function extender(table: SummaryTable, parts: readonly SizedPart[], side: "a" | "b", unitsLeft: number, most: number): Rows {
  // A class whose smallest room leaves room for every part and all the units still to come settles as one that seats
  // nobody yet: all such classes share the row of `floor`.
  const largestPart = parts.reduce((n, p) => Math.max(n, p.min), 0);
  const floor = Math.max(0, most - unitsLeft - largestPart);
  const { values, of } = summariesOf(parts, side);
  // Rows by smallest room, then by summary id (the ids are small and dense, so an array finds a row faster than a
  // map); the sums before settling, one per distinct part summary, by summary, shared by every smallest room.
  const store = new RowStore(parts.length);
  const sumStore = new RowStore(values.length);
  const rows: number[][] = Array.from({ length: most + 1 }, () => []);
  const sums: number[] = [];
  const row = (summary: number, min: number): number => {
    const at = Math.min(most, Math.max(min, floor));
    const bySummary = rows[at] as number[];
    let offset = bySummary[summary];
    if (offset === undefined) {
      let sum = sums[summary];
      if (sum === undefined) {
        sum = sumStore.add();
        for (let k = 0; k < values.length; k++) sumStore.data[sum + k] = table.plus(summary, values[k] as number);
        sums[summary] = sum;
      }
      offset = store.add();
      const out = store.data;
      const summed = sumStore.data;
      for (let i = 0; i < parts.length; i++) {
        const left = most - at - (parts[i] as SizedPart).min;
        // A part that does not fit beside the class is never met (extendAll stops before it).
        out[offset + i] = left < 0 ? -1 : table.settle(summed[sum + (of[i] as number)] as number, Math.min(unitsLeft, left));
      }
      bySummary[summary] = offset;
    }
    return offset;
  };
  return { row, store };
}

/** A row for each summary a step meets (and, for some, its smallest room): an entry per part, the summary a class becomes with that part added, -1 where the part cannot join. */
export interface Rows {
  row(summary: number, min: number): number;
  /** Where the rows are held: a row is an offset into its data. */
  store: RowStore;
}

/**
 * The parts' distinct summaries under one policy (`values`), and which of them each part has
 * (`of`). Many parts share a summary under one policy (they differ under the other), so a
 * row works each distinct one out once and copies it. Kept in lists of their own: read in
 * the rows' loops as `part[side]`, a property named by a variable, it made V8's compiled
 * loop bail out on parts of a shape it had not met.
 */
export function summariesOf(parts: readonly SizedPart[], side: "a" | "b"): { values: Int32Array; of: Int32Array } {
  const at = new Map<number, number>();
  const of = new Int32Array(parts.length);
  const values: number[] = [];
  parts.forEach((p, i) => {
    const s = side === "a" ? p.a : p.b;
    let k = at.get(s);
    if (k === undefined) at.set(s, (k = values.push(s) - 1));
    of[i] = k;
  });
  return { values: Int32Array.from(values), of };
}

/** A group's parts, and the most voting units a part of it can add under each policy. */
export interface GroupParts {
  parts: SizedPart[];
  units: [number, number];
}

/**
 * Classes of rooms keyed by their two summaries, each holding how many rooms it has of
 * every size (a room's size matters only for the bound on attendees; its summaries are
 * settled by the units still to come, which no size changes), its smallest room's rank and
 * that room. Keys are found through a dense index where both sides have few summaries,
 * else through a hash table.
 */
export class SizedClasses {
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

  /** The dense index, for the loop that reads it most. */
  index(): { cells: Int32Array | null; denseA: Int32Array | null; denseB: Int32Array | null; nb: number } {
    return { cells: this.cells, denseA: this.dense?.a ?? null, denseB: this.dense?.b ?? null, nb: this.dense?.nb ?? 0 };
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
    // Every entry has its witness slot from the start, so the list stays dense (V8 keeps a list with holes apart).
    this.refs.push(null);
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
export const NO_ROOM = 2147483647;

/** A group's parts with the same two summaries, as one: the rooms of each size, and the smallest rooms with and without someone in them. */
export interface SizedPart {
  a: number;
  b: number;
  counts: Float64Array;
  min: number;
  top: number;
  /** The smallest room of the part (the empty room where it has one): its rank (size × 65536 + oddity) and the room. */
  anyRank: number;
  anyRoom: Ref;
  /** The smallest room with someone in it; NO_ROOM where there is none. */
  rank: number;
  room: Ref;
}

export function sizedParts(parts: readonly RoomClass[], sizes: number): SizedPart[] {
  const byKey = new Map<string, SizedPart>();
  for (const part of parts) {
    const key = `${part.a},${part.b}`;
    let sp = byKey.get(key);
    if (!sp) {
      sp = { a: part.a, b: part.b, counts: new Float64Array(sizes), min: sizes, top: 0, anyRank: NO_ROOM, anyRoom: null, rank: NO_ROOM, room: null };
      byKey.set(key, sp);
    }
    sp.counts[part.size] = (sp.counts[part.size] ?? 0) + part.rooms;
    sp.min = Math.min(sp.min, part.size);
    sp.top = Math.max(sp.top, part.size);
    const rank = part.size * 65536 + Math.min(part.oddity, 65535);
    if (rank < sp.anyRank) {
      sp.anyRank = rank;
      sp.anyRoom = part.room;
    }
    if (part.size > 0 && rank < sp.rank) {
      sp.rank = rank;
      sp.room = part.room;
    }
  }
  return [...byKey.values()].sort((x, y) => x.min - y.min);
}

/** Every class with every part added, within the bound: the rooms of each size of the two, convolved. Class e's row under each policy starts at `rowsA[e]` in `dataA`, `rowsB[e]` in `dataB`. */
function extendAll(from: SizedClasses, dataA: Int32Array, rowsA: Int32Array, dataB: Int32Array, rowsB: Int32Array, parts: readonly SizedPart[], into: SizedClasses, most: number): void {
  const S = from.sizes;
  const P = parts.length;
  // The parts' fields in flat arrays, read in the innermost loop without touching an object.
  const pMin = new Int32Array(P);
  const pTop = new Int32Array(P);
  const pAnyRank = new Int32Array(P);
  const pRank = new Int32Array(P);
  const pCounts = new Float64Array(P * S);
  for (let i = 0; i < P; i++) {
    const part = parts[i] as SizedPart;
    pMin[i] = part.min;
    pTop[i] = part.top;
    pAnyRank[i] = part.anyRank;
    pRank[i] = part.rank;
    pCounts.set(part.counts.subarray(0, S), i * S);
  }
  // Each new class's witness, as where it came from: the class it grew from (-1: the part's own smallest room) and the
  // part. The rooms are put together once the step is done, so a witness bettered many times is built once.
  let fromOf = new Int32Array(Math.max(16, into.a.length));
  let partOf = new Int32Array(Math.max(16, into.a.length)).fill(-1);
  const { cells, denseA, denseB, nb } = into.index();
  const sizeList = new Int32Array(S);
  const sizeCounts = new Float64Array(S);
  for (let e = 0; e < from.length; e++) {
    const rowA = rowsA[e] as number;
    const rowB = rowsB[e] as number;
    const min = from.minSize[e] as number;
    const rank = from.ranks[e] as number;
    const base = e * S;
    let top = S - 1;
    while (top > min && from.counts[base + top] === 0) top--;
    const hasEmpty = min === 0 && (from.counts[base] as number) !== 0;
    // The class's sizes that hold rooms, read once for all its parts.
    let sizesUsed = 0;
    for (let s1 = min; s1 <= top; s1++) {
      const n = from.counts[base + s1] as number;
      if (n === 0) continue;
      sizeList[sizesUsed] = s1;
      sizeCounts[sizesUsed++] = n;
    }
    for (let i = 0; i < P; i++) {
      const pmin = pMin[i] as number;
      if (min + pmin > most) break;
      const ra = dataA[rowA + i] as number;
      const rb = dataB[rowB + i] as number;
      // A part whose sole-representative guess the class contradicts makes no room.
      if (ra < 0 || rb < 0) continue;
      let t: number;
      if (cells !== null && denseA !== null && denseB !== null) {
        const cell = (denseA[ra] as number) * nb + (denseB[rb] as number);
        t = cells[cell] as number;
        if (t < 0) t = into.entry(ra, rb);
      } else t = into.entry(ra, rb);
      if (t >= fromOf.length) {
        const grownFrom = new Int32Array(fromOf.length * 2);
        grownFrom.set(fromOf);
        fromOf = grownFrom;
        const grownPart = new Int32Array(partOf.length * 2).fill(-1);
        grownPart.set(partOf);
        partOf = grownPart;
      }
      const counts = into.counts;
      const to = t * S;
      const ptop = pTop[i] as number;
      const pc = i * S;
      for (let k = 0; k < sizesUsed; k++) {
        const s1 = sizeList[k] as number;
        const n = sizeCounts[k] as number;
        const last = Math.min(ptop, most - s1);
        const at = to + s1;
        for (let s2 = pmin; s2 <= last; s2++) {
          const m = pCounts[pc + s2] as number;
          if (m !== 0) counts[at + s2] = (counts[at + s2] as number) + n * m;
        }
      }
      if (min + pmin < (into.minSize[t] as number)) into.minSize[t] = min + pmin;
      // The witness is the smallest room with someone in it, then the least unusual: the class's own best with the part's
      // smallest room, or the part's smallest room with someone in it where the class holds the empty room.
      const anyRank = pAnyRank[i] as number;
      if (rank !== NO_ROOM && anyRank !== NO_ROOM) {
        const r = rank + anyRank;
        if (r < (into.ranks[t] as number)) {
          into.ranks[t] = r;
          fromOf[t] = e;
          partOf[t] = i;
        }
      }
      if (hasEmpty && (pRank[i] as number) < (into.ranks[t] as number)) {
        into.ranks[t] = pRank[i] as number;
        fromOf[t] = -1;
        partOf[t] = i;
      }
    }
  }
  for (let t = 0; t < into.length; t++) {
    const i = partOf[t] as number;
    if (i < 0) continue;
    const part = parts[i] as SizedPart;
    const e = fromOf[t] as number;
    if (e < 0) into.refs[t] = part.room;
    else into.refs[t] = part.anyRoom === null ? (from.refs[e] ?? null) : new Joined(from.refs[e] ?? null, part.anyRoom);
  }
}

/** How many (class, part) pairs `extendAll` meets: for each class, the parts whose smallest room fits beside its own. */
function meetings(classes: SizedClasses, parts: readonly SizedPart[], most: number): number {
  // fit[s]: how many parts (smallest first) have their smallest room within `most - s` attendees, as extendAll's loop stops.
  const fit = new Float64Array(most + 2);
  for (let s = 0; s <= most + 1; s++) {
    let n = 0;
    while (n < parts.length && s + (parts[n] as SizedPart).min <= most) n++;
    fit[s] = n;
  }
  let total = 0;
  for (let e = 0; e < classes.length; e++) total += fit[Math.min(most + 1, classes.minSize[e] as number)] as number;
  return total;
}

/** The summaries (ids below `span`) the rows at `offsets` of `store` can reach, each once: every distinct row read once. */
function reached(store: RowStore, offsets: Int32Array, span: number): number[] {
  const out: number[] = [];
  const { data, width } = store;
  if (width === 0) return out;
  const seenRow = new Uint8Array(store.rows);
  const seen = new Uint8Array(span);
  for (const offset of offsets) {
    if (seenRow[offset / width] === 1) continue;
    seenRow[offset / width] = 1;
    for (let i = offset; i < offset + width; i++) {
      const v = data[i] as number;
      if (v >= 0 && seen[v] === 0) {
        seen[v] = 1;
        out.push(v);
      }
    }
  }
  return out;
}

/**
 * Each class with each part added: the summaries through the rows of `toA` and `toB`, the
 * rooms by size convolved within the bound. Keys are found through a dense index where the
 * summaries reached are few enough, else through a hash table.
 */
export function stepClasses(classes: SizedClasses, parts: readonly SizedPart[], toA: Rows, toB: Rows, tables: readonly [SummaryTable, SummaryTable], most: number): SizedClasses {
  const rowsA = new Int32Array(classes.length);
  const rowsB = new Int32Array(classes.length);
  for (let e = 0; e < classes.length; e++) {
    rowsA[e] = toA.row(classes.a[e] as number, classes.minSize[e] as number);
    rowsB[e] = toB.row(classes.b[e] as number, classes.minSize[e] as number);
  }
  const nextA = reached(toA.store, rowsA, tables[0].size);
  const nextB = reached(toB.store, rowsB, tables[1].size);
  // A dense index is worth its cells only where they are few, or no more than the classes the step can make.
  const cells = nextA.length * nextB.length;
  const dense = cells <= MOST_DENSE_CELLS && (cells <= 1 << 20 || cells <= 4 * classes.length * parts.length) ? { a: numbering(nextA, tables[0].size), b: numbering(nextB, tables[1].size), nb: nextB.length, cells } : null;
  const next = new SizedClasses(classes.sizes, classes.length * 2, dense);
  // Each class meets each part small enough to join it (the parts come smallest first, and the rest are passed over):
  // the work is spent before it is done, so a search past its limit stops first.
  tables[0].spend(meetings(classes, parts, most));
  extendAll(classes, toA.store.data, rowsA, toB.store.data, rowsB, parts, next, most);
  return next;
}

/** The classes of a table as parts another table can be stepped with. */
export function asParts(classes: SizedClasses): SizedPart[] {
  const S = classes.sizes;
  const parts: SizedPart[] = [];
  for (let e = 0; e < classes.length; e++) {
    const counts = classes.counts.slice(e * S, (e + 1) * S);
    let top = S - 1;
    while (top > 0 && counts[top] === 0) top--;
    const min = classes.minSize[e] as number;
    const empty = (counts[0] as number) !== 0;
    const rank = classes.ranks[e] as number;
    parts.push({ a: classes.a[e] as number, b: classes.b[e] as number, counts, min, top, anyRank: empty ? 0 : rank, anyRoom: empty ? null : (classes.refs[e] ?? null), rank, room: classes.refs[e] ?? null });
  }
  return parts.sort((x, y) => x.min - y.min);
}

/** A table of one class: the empty room under the two summaries given. */
export function startClasses(sizes: number, a: number, b: number): SizedClasses {
  const classes = new SizedClasses(sizes, 1, null);
  const e = classes.entry(a, b);
  classes.counts[e * sizes] = 1;
  classes.minSize[e] = 0;
  return classes;
}

/**
 * Adds a class of rooms into `into`: `counts` from `offset` holds its rooms by size; the
 * smaller witness (lower rank) is kept.
 */
function addClass(into: SizedClasses, a: number, b: number, counts: Float64Array, offset: number, min: number, rank: number, room: Ref): void {
  const S = into.sizes;
  const t = into.entry(a, b);
  for (let s = 0; s < S; s++) into.counts[t * S + s] = (into.counts[t * S + s] as number) + (counts[offset + s] ?? 0);
  into.minSize[t] = Math.min(into.minSize[t] as number, min);
  if (rank < (into.ranks[t] as number)) {
    into.ranks[t] = rank;
    into.refs[t] = room;
  }
}

/**
 * Each part as a class as it stands, its smallest room with someone in it the witness:
 * what `stepClasses` from `startClasses` gives for parts read from that same empty room
 * with nothing to close.
 */
export function partClasses(parts: readonly SizedPart[], sizes: number): SizedClasses {
  const classes = new SizedClasses(sizes, parts.length, null);
  for (const part of parts) addClass(classes, part.a, part.b, part.counts, 0, part.min, part.rank, part.room);
  return classes;
}

/** Adds every class of `from` into `into`. */
export function absorb(into: SizedClasses, from: SizedClasses): void {
  for (let e = 0; e < from.length; e++) addClass(into, from.a[e] as number, from.b[e] as number, from.counts, e * from.sizes, from.minSize[e] as number, from.ranks[e] as number, from.refs[e] ?? null);
}

/** The summaries among `values` (ids below `span`), numbered densely. */
function numbering(values: readonly number[], span: number): Int32Array {
  const dense = new Int32Array(span).fill(-1);
  let n = 0;
  for (const v of values) dense[v] = n++;
  return dense;
}

/** The most cells of a dense index (one side's summaries × the other's): 16M cells take 64 MB. */
const MOST_DENSE_CELLS = 16_777_216;

export type Ref = RoomList | Joined | null;

/** See `roomClasses`: how much cheaper than the largest group a small one must be to go first, and up to how many from one agency. */
const SMALL_FIRST = 16;
const SMALL_FIRST_PER_AGENCY = 3;

/** Every class of rooms within the bounds, built group by group from each group's parts. */
export function roomClasses(groups: readonly GroupParts[], tables: readonly [SummaryTable, SummaryTable], options: SearchOptions, budget: (classes: number) => void): RoomClass[] {
  const most = options.maxAttendees;
  const S = most + 1;
  // The order the groups are added in changes only the work, never the classes at the end. Groups that add no vote
  // come last: their parts only multiply the classes, and by then no tally can turn. Of the rest, the largest group
  // goes first, while there are few classes to extend, except that with at most SMALL_FIRST_PER_AGENCY from one agency a
  // group of few parts (no more than the square root of the largest's) whose votes add up merges into so few classes
  // that it goes first, while the classes times its parts stay below SMALL_FIRST times the largest group's parts.
  // Measured on the bundled boards (docs/benchmarks.md): a quarter fewer classes met at 8 attendees and 3 from one
  // agency; with 5 from one agency the small groups' classes no longer merge, and the largest first is cheaper.
  const voting = groups.filter((g) => g.units[0] + g.units[1] > 0).sort((x, y) => y.parts.length - x.parts.length);
  const silent = groups.filter((g) => g.units[0] + g.units[1] === 0).sort((x, y) => y.parts.length - x.parts.length);
  // A tally can change only by the units still to come: each later group adds at most its own.
  const unitsLeft = [0, 1].map((side) => groups.reduce((n, g) => n + (g.units[side] ?? 0), 0));
  let classes = startClasses(S, tables[0].settle(tables[0].empty(), Math.min(most, unitsLeft[0] ?? most)), tables[1].settle(tables[1].empty(), Math.min(most, unitsLeft[1] ?? most)));
  while (voting.length + silent.length > 0) {
    const largest = voting[0];
    const smallest = voting[voting.length - 1];
    let group: GroupParts;
    if (largest && smallest) {
      const smallFirst = options.maxPerGroup <= SMALL_FIRST_PER_AGENCY && smallest.parts.length ** 2 <= largest.parts.length && classes.length * smallest.parts.length <= SMALL_FIRST * largest.parts.length;
      group = (smallFirst ? voting.pop() : voting.shift()) as GroupParts;
    }
    else group = silent.shift() as GroupParts;
    unitsLeft[0] = (unitsLeft[0] ?? 0) - group.units[0];
    unitsLeft[1] = (unitsLeft[1] ?? 0) - group.units[1];
    const toA = extender(tables[0], group.parts, "a", Math.min(most, unitsLeft[0] ?? most), most);
    const toB = extender(tables[1], group.parts, "b", Math.min(most, unitsLeft[1] ?? most), most);
    classes = stepClasses(classes, group.parts, toA, toB, tables, most);
    budget(classes.length);
  }
  if (tables[0].size >= MOST_SUMMARIES || tables[1].size >= MOST_SUMMARIES) throw new Error("the search met more distinct rooms than it can number");
  const out: RoomClass[] = [];
  for (let e = 0; e < classes.length; e++) {
    let rooms = 0;
    for (let s = 1; s < S; s++) rooms += classes.counts[e * S + s] as number;
    if (rooms === 0) continue;
    // The empty room is no conference: the witness is the smallest room with someone in it.
    const rank = classes.ranks[e] as number;
    out.push({ size: Math.floor(rank / 65536), a: classes.a[e] as number, b: classes.b[e] as number, rooms, oddity: rank % 65536, room: classes.refs[e] ?? null });
  }
  return out;
}
