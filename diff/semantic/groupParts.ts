/**
 * Every part one group of kinds can contribute to a room (see `kindGroups`): rooms of its
 * kinds, each summarised under both policies with everything the group holds open (a unit
 * whose members are still arriving, a count not yet made, a sole-representative guess)
 * closed, merged by their two summaries with the rooms of each size counted. Each agency's
 * parts are read from an empty room attendee kind by attendee kind, closing what only it
 * touches as soon as its last kind is read; the agencies' parts are then joined, largest
 * first, closing what several touch after the last of them.
 */
import type { AttendeeKind } from "./attendeeKinds.js";
import { RowStore, TripleTable } from "./intTables.js";
import { absorb, asParts, partClasses, SizedClasses, sizedParts, stepClasses, summariesOf, type GroupParts, type Ref, type RoomClass, type RoomList, type Rows, type SizedPart } from "./roomClasses.js";
import type { SummaryTable } from "./roomSummary.js";
import type { Item, SearchOptions } from "./searchSpace.js";

type Classes = TripleTable<Ref>;

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
      // A room with a sole-representative guess already wrong: more copies cannot right it.
      if (a < 0 || b < 0) break;
      rank += oddity;
      const at = t.put(size, a, b, rooms, rank);
      if (at < 0) continue;
      let witness: RoomList | Ref = room;
      for (let c = 0; c < j; c++) witness = { item, rest: witness };
      t.refs[at] = witness;
    }
  }
}

/**
 * Every part the attendees of one agency (or who are not practitioners) can contribute,
 * read from an empty room with the guesses of the rules its own kinds meet (`runStart`): up
 * to the most from one agency.
 */
function agencyParts(run: Run, itemsOfKind: readonly (readonly number[])[], items: readonly Item[], tables: readonly [SummaryTable, SummaryTable], start: readonly [number, number], most: number): Classes {
  let t: Classes = new TripleTable(4096);
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

/** The parts of an agency's table, as parts a group's table can be stepped with. */
function partsOf(t: Classes, sizes: number): SizedPart[] {
  const list: RoomClass[] = [];
  for (let e = 0; e < t.length; e++) list.push({ size: t.k0[e] ?? 0, a: t.k1[e] ?? 0, b: t.k2[e] ?? 0, rooms: t.counts[e] ?? 0, oddity: t.ranks[e] ?? 0, room: t.refs[e] ?? null });
  return sizedParts(list, sizes);
}

/** Joins each partial room with each part of one agency, closing the entities `close` lists: -1 entries where a guess fails. */
function joiner(table: SummaryTable, parts: readonly SizedPart[], side: "a" | "b", close: readonly number[]): Rows {
  // Rows by summary id: the ids are small and dense, so an array finds a row faster than a map.
  const rows: number[] = [];
  const store = new RowStore(parts.length);
  const { values, of } = summariesOf(parts, side);
  const distinct = new Int32Array(values.length);
  const row = (summary: number): number => {
    let offset = rows[summary];
    if (offset === undefined) {
      for (let k = 0; k < values.length; k++) distinct[k] = table.joinClose(summary, values[k] as number, close);
      offset = store.add();
      const out = store.data;
      for (let i = 0; i < parts.length; i++) out[offset + i] = distinct[of[i] as number] as number;
      rows[summary] = offset;
    }
    return offset;
  };
  return { row, store };
}

/** The empty room with the guesses, for the rules the run's kinds meet, of the group's guesses (`guess` bit i for `rules[i]`). */
function runStart(run: Run, table: SummaryTable, rules: readonly number[], guess: number): number {
  const touched = new Set(run.kinds.flatMap((k) => [...table.soleEntitiesOf(k)]));
  const mine = rules.filter((r) => touched.has(r));
  const bits = mine.reduce((g, r, i) => g | (((guess >> rules.indexOf(r)) & 1) << i), 0);
  return table.empty(mine, bits);
}

/**
 * Every part one group can contribute to a room, within the bounds. A guess of who is a
 * sole representative is made for the whole group and checked when its rule closes (or,
 * for a guess of "only one", as soon as a second is added).
 */
export function groupParts(group: readonly number[], kinds: readonly AttendeeKind[], itemsOfKind: readonly (readonly number[])[], items: readonly Item[], tables: readonly [SummaryTable, SummaryTable], options: SearchOptions): GroupParts {
  const runs = agencyRuns(group, kinds, tables);
  const sole = tables.map((table) => [...new Set(group.flatMap((k) => [...table.soleEntitiesOf(k)]))]);
  const most = options.maxAttendees;
  const S = most + 1;
  const perAgency = Math.min(options.maxPerGroup, most);
  const out = new SizedClasses(S, 64, null);
  // An agency's parts depend on the guesses only of the rules its own kinds meet: built once for each.
  const cache = new Map<string, SizedPart[]>();
  const partsFor = (r: number, start: [number, number]) => {
    const key = `${r}|${start[0]}|${start[1]}`;
    let parts = cache.get(key);
    if (!parts) {
      parts = partsOf(agencyParts(runs[r] as Run, itemsOfKind, items, tables, start, perAgency), S);
      cache.set(key, parts);
    }
    return parts;
  };
  for (let ga = 0; ga < 1 << (sole[0]?.length ?? 0); ga++) {
    for (let gb = 0; gb < 1 << (sole[1]?.length ?? 0); gb++) {
      // Each agency's parts carry the guesses of the rules its own kinds meet, and no others: a closed rule stays closed.
      const built = runs.map((run, r) => ({ run, parts: partsFor(r, [runStart(run, tables[0], sole[0] ?? [], ga), runStart(run, tables[1], sole[1] ?? [], gb)]) }));
      // The agency with the most parts first: each join costs the rooms so far times the parts added.
      built.sort((x, y) => y.parts.length - x.parts.length);
      const close = closingOrder(built.map((b) => b.run), tables);
      // The first agency's parts are the classes as they stand (it closes nothing shared: a shared entity closes with
      // the last agency to touch it); each later agency's are joined to them. No empty room with all the group's
      // guesses is joined first: it put a guess back into parts whose agency had closed its rule, and rooms read
      // under different guesses then never merged.
      const first = built[0];
      if (!first) throw new Error("a group of no kinds");
      let t = partClasses(first.parts, S);
      for (let i = 1; i < built.length; i++) {
        const { parts } = built[i] as (typeof built)[number];
        const [ca, cb] = close[i] ?? [[], []];
        t = stepClasses(t, parts, joiner(tables[0], parts, "a", ca), joiner(tables[1], parts, "b", cb), tables, most);
      }
      absorb(out, t);
    }
  }
  // The most units a part adds: one per shared unit, and one per attendee who votes alone or for their own organisation.
  const largest = Math.min(most, runs.length * perAgency);
  const units = [0, 1].map((side) => {
    const shared = new Set<string>();
    let alone = false;
    for (const k of group) {
      const u = kinds[k]?.profiles[side]?.unit;
      if (u?.type === "joint") shared.add(u.key);
      else if (u?.type === "own" || u?.type === "organisation") alone = true;
    }
    return Math.min(largest, shared.size + (alone ? largest : 0));
  }) as [number, number];
  return { parts: asParts(out), units };
}
