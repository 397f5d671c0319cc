/**
 * The semantic search with nothing summarised or reused: every conference within the
 * bounds built and decided by both policies' explained evaluators, and each difference
 * counted, in outcome or in what follows. A search that disagrees with this is wrong.
 */
import { attendeeKinds } from "../../diff/semantic/attendeeKinds.js";
import { followsKeys, followsOfDecision } from "../../diff/semantic/follows.js";
import { policyReading } from "../../diff/semantic/policyReading.js";
import { conferenceAt, itemsOf, settingDims, type Item, type SearchOptions } from "../../diff/semantic/searchSpace.js";
import { searchPair, type PairSearch, type Side } from "../../diff/semantic/semanticDiff.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { createEvaluator } from "../../runtime/evaluator.js";
import { policyTables } from "../../runtime/policyTables.js";
import { expect } from "vitest";
import { boardIR, type Board } from "../helpers/conferences.js";

export interface BruteCounts {
  conferences: number;
  /** Outcome differences, "a|b" → conferences. */
  outcomes: Map<string, number>;
  /** Same outcome, different things following: "a|key" or "b|key" → conferences. */
  follows: Map<string, number>;
  followsDiffering: number;
}

/** Every room within the bounds, as lists of items. */
function* roomsWithin(items: readonly Item[], groupOf: (item: Item) => string, options: SearchOptions): Generator<Item[]> {
  const room: Item[] = [];
  const perGroup = new Map<string, number>();
  function* from(start: number, size: number): Generator<Item[]> {
    if (size > 0) yield room;
    for (let i = start; i < items.length; i++) {
      const item = items[i] as Item;
      const width = item.members.length;
      const g = groupOf(item);
      if (size + width > options.maxAttendees || (perGroup.get(g) ?? 0) + width > Math.min(options.maxPerGroup, options.maxAttendees)) continue;
      room.push(item);
      perGroup.set(g, (perGroup.get(g) ?? 0) + width);
      yield* from(i, size + width);
      room.pop();
      perGroup.set(g, (perGroup.get(g) ?? 0) - width);
    }
  }
  yield* from(0, 0);
}

export function bruteForce(a: Side, b: Side, options: SearchOptions): BruteCounts {
  const readings = [policyReading(a.tables), policyReading(b.tables)] as const;
  const { kinds } = attendeeKinds(readings);
  const items = itemsOf(kinds, options).flat();
  const space = settingDims(readings, options);
  const counts: BruteCounts = { conferences: 0, outcomes: new Map(), follows: new Map(), followsDiffering: 0 };
  const settings = space.dims.reduce((n, d) => n * d.values.length, 1);
  const add = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const room of roomsWithin(items, (item) => kinds[item.kind]?.group ?? "", options)) {
    for (let s = 0; s < settings; s++) {
      const at: number[] = [];
      let n = s;
      for (const d of space.dims) {
        at.push(n % d.values.length);
        n = Math.floor(n / d.values.length);
      }
      const conference = conferenceAt(room, { at }, space, kinds);
      const ca = a.evaluate(conference).children[0];
      const cb = b.evaluate(conference).children[0];
      if (!ca || !cb) throw new Error("no decision for the first child");
      counts.conferences++;
      if (ca.outcome !== cb.outcome) {
        add(counts.outcomes, `${ca.outcome}|${cb.outcome}`);
        continue;
      }
      const fa = new Set(followsKeys(followsOfDecision(ca)));
      const fb = new Set(followsKeys(followsOfDecision(cb)));
      const onlyA = [...fa].filter((k) => !fb.has(k));
      const onlyB = [...fb].filter((k) => !fa.has(k));
      for (const k of onlyA) add(counts.follows, `a|${k}`);
      for (const k of onlyB) add(counts.follows, `b|${k}`);
      if (onlyA.length + onlyB.length > 0) counts.followsDiffering++;
    }
  }
  return counts;
}

/** The search's own counts, in the brute force's shape. */
export function searchCounts(found: PairSearch): BruteCounts {
  return {
    conferences: found.conferences,
    outcomes: new Map(found.differences.map((d) => [`${d.a}|${d.b}`, d.conferences])),
    follows: new Map(found.follows.map((f) => [`${f.under}|${f.key}`, f.conferences])),
    followsDiffering: found.followsDiffering,
  };
}

export function sideOf(policy: Board | PolicyIR): Side {
  const ir = typeof policy === "string" ? boardIR(policy) : policy;
  return { tables: policyTables(ir), evaluate: createEvaluator(ir) };
}

/** The search and the brute force agree on how many conferences there are and on every kind of difference. */
export function expectExact(x: Board | PolicyIR, y: Board | PolicyIR, options: SearchOptions): PairSearch {
  const a = sideOf(x);
  const b = sideOf(y);
  const found = searchPair(a, b, options);
  expectCounts(searchCounts(found), bruteForce(a, b, options));
  return found;
}

/**
 * `expectExact` with the policies taken in both orders, the search run each way (it is not
 * symmetric in how it works) and the brute force once: the other order's counts are the
 * same conferences with the two sides swapped. That holds where both policies put each role
 * in the same agency (a kind's agency, and so the limit from one agency, is read from the
 * first policy that names one); where they do not, the conference counts differ and the
 * check fails on them first.
 */
export function expectExactBothWays(x: Board | PolicyIR, y: Board | PolicyIR, options: SearchOptions): void {
  const a = sideOf(x);
  const b = sideOf(y);
  const brute = bruteForce(a, b, options);
  expectCounts(searchCounts(searchPair(a, b, options)), brute);
  expectCounts(searchCounts(searchPair(b, a, options)), swapped(brute));
}

function expectCounts(mine: BruteCounts, brute: BruteCounts): void {
  expect(mine.conferences).toBe(brute.conferences);
  expect(mine.outcomes).toEqual(brute.outcomes);
  expect(mine.follows).toEqual(brute.follows);
  expect(mine.followsDiffering).toBe(brute.followsDiffering);
}

/** The counts with the two policies' places exchanged: "x|y" outcomes become "y|x", and what follows under a follows under b. */
function swapped(counts: BruteCounts): BruteCounts {
  const outcomes = new Map([...counts.outcomes].map(([k, n]) => [k.split("|").reverse().join("|"), n]));
  const follows = new Map([...counts.follows].map(([k, n]) => [`${k.startsWith("a|") ? "b" : "a"}${k.slice(1)}`, n]));
  return { conferences: counts.conferences, outcomes, follows, followsDiffering: counts.followsDiffering };
}
