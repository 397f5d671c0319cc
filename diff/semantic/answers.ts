/**
 * Each policy's answers over the settings it reads, and how often two policies' answers
 * differ over the settings of a class of rooms. An answer is an outcome with what follows
 * it; a policy's answers for a summary form a vector over its settings (the settings both
 * policies read, then those it alone reads), decided once per summary by the real decider
 * on a witness room. Settings only one policy reads are counted, not met one by one: for
 * each setting both read, how many of each policy's own settings give each answer.
 */
import type { DecidedBy, Outcome, Verdict } from "../../runtime/decision.js";
import { DECIDERS as DECIDED_BY, OUTCOMES } from "../../runtime/outcomes.js";
import type { Conference } from "../../runtime/conference.js";
import type { Decider } from "../../runtime/evaluator.js";
import { holdsFor, type Holds } from "../../runtime/facts.js";
import type { FollowsReader } from "./follows.js";
import { PairMap } from "./intTables.js";
import type { PolicyReading } from "./policyReading.js";
import type { SummaryTable } from "./roomSummary.js";
import { withSetting, type Dim, type Dimensions, type Setting } from "./searchSpace.js";

/** What the pair's answers are, shared by both policies: an outcome and what follows it. */
export class Answers {
  private readonly ids = new Map<string, number>();
  readonly outcome: Outcome[] = [];
  readonly follows: string[] = [];
  id(outcome: Outcome, follows: string): number {
    const k = `${outcome}\u0001${follows}`;
    let id = this.ids.get(k);
    if (id === undefined) {
      id = this.outcome.length;
      this.ids.set(k, id);
      this.outcome.push(outcome);
      this.follows.push(follows);
    }
    return id;
  }
}

/** The dims of a setting, split by who reads them. */
export interface InnerSplit {
  shared: number[];
  own: [number[], number[]];
}

export function radix(dims: readonly Dim[], indexes: readonly number[]): number {
  return indexes.reduce((n, d) => n * (dims[d]?.values.length ?? 1), 1);
}

/** The value indexes of the dims `indexes` at position `n` of their product, into `at`. */
export function spread(dims: readonly Dim[], indexes: readonly number[], n: number, at: number[]): number {
  let rank = 0;
  for (let i = indexes.length - 1; i >= 0; i--) {
    const d = indexes[i] as number;
    const size = dims[d]?.values.length ?? 1;
    at[d] = n % size;
    rank += n % size;
    n = Math.floor(n / size);
  }
  return rank;
}

/** A decision by the real decider, in units of the search's work (a summary put together is one): it takes about as long as this many. */
const DECISION_WORK = 64;

// A verdict as a small number: outcome, who decided, whether the quorum was met.
const OUTCOME_CODES = new Map<string, number>(OUTCOMES.map((o, i) => [o, i]));
const DECIDERS: readonly (DecidedBy | null)[] = [null, ...DECIDED_BY];
const DECIDED_CODES = new Map<string | null, number>(DECIDERS.map((d, i) => [d, i]));
const DECIDER_SPAN = DECIDERS.length;

function verdictCode(verdict: Verdict): number {
  return ((OUTCOME_CODES.get(verdict.outcome) ?? 0) * DECIDER_SPAN + (DECIDED_CODES.get(verdict.decidedBy) ?? 0)) * 2 + (verdict.quorumMet ? 1 : 0);
}

function verdictOf(code: number): Pick<Verdict, "outcome" | "decidedBy" | "quorumMet"> {
  const decided = Math.floor(code / 2) % DECIDER_SPAN;
  return { outcome: OUTCOMES[Math.floor(code / 2 / DECIDER_SPAN)] as Outcome, decidedBy: DECIDERS[decided] ?? null, quorumMet: code % 2 === 1 };
}

/** One policy's answer for each of its settings (shared dims first, then its own), per summary. */
export class SideAnswers {
  private readonly slots: { setting: Setting; holds: Holds; unsafe: boolean; rank: number; follows: number }[] = [];
  /** Each summary's verdict in each slot, as a small number (see `verdictCode`). */
  private readonly verdicts = new PairMap(4096);
  /** How many kinds of slot what follows tells apart: slots alike on every condition it reads share its answers. */
  private readonly followsClasses: number;
  private readonly vectors = new Map<string, number>();
  private readonly vectorOf = new Map<number, number>();
  /** The answer for a summary's fields that what follows reads, a verdict and a slot. */
  private readonly followed = new PairMap(4096);
  readonly list: Int32Array[] = [];

  constructor(
    private readonly side: number,
    private readonly reading: PolicyReading,
    private readonly table: SummaryTable,
    private readonly reader: FollowsReader,
    private readonly decide: Decider,
    private readonly space: Dimensions,
    outer: readonly number[],
    split: InnerSplit,
    private readonly siblings: boolean,
    private readonly witness: (summary: number) => { children: { id: string }[]; attendees: Conference["attendees"]; admits: string[] },
    private readonly answers: Answers,
  ) {
    const dims = space.dims;
    const mine = [...split.shared, ...(split.own[side] ?? [])];
    const n = radix(dims, mine);
    const conditions = reader.conditions();
    const followsClass = new Map<string, number>();
    for (let s = 0; s < n; s++) {
      const at = [...outer];
      const rank = spread(dims, mine, s, at);
      const setting = { at };
      const skeleton = withSetting({ children: [{ id: "child_1" }], attendees: [] }, [], setting, space);
      const child = skeleton.children[0] ?? { id: "child_1" };
      const unsafe = skeleton.chair?.believesUnsafe !== undefined;
      const holds = holdsFor(reading.tables.facts, skeleton, child);
      const key = `${unsafe ? 1 : 0}${conditions.map((c) => (holds(c) ? 1 : 0)).join("")}`;
      let follows = followsClass.get(key);
      if (follows === undefined) followsClass.set(key, (follows = followsClass.size));
      this.slots.push({ setting, holds, unsafe, rank, follows });
    }
    this.followsClasses = Math.max(1, followsClass.size);
  }

  get slotCount(): number {
    return this.slots.length;
  }

  rankOf(slot: number): number {
    return this.slots[slot]?.rank ?? 0;
  }

  /** The vector of answers for a summary, as an index into `list`. */
  vector(summary: number): number {
    let v = this.vectorOf.get(summary);
    if (v !== undefined) return v;
    const answers = new Int32Array(this.slots.length);
    const outcomePart = this.table.outcomePart(summary);
    const followsPart = this.table.followsPart(summary);
    let base: ReturnType<typeof this.witness> | null = null;
    this.slots.forEach((slot, i) => {
      let code = this.verdicts.get(outcomePart, i, -1);
      if (code < 0) {
        base ??= this.witness(summary);
        const conference = withSetting(base, base.admits, slot.setting, this.space);
        this.table.spend(DECISION_WORK);
        const verdict = this.decide(conference)[0];
        if (!verdict) throw new Error("the decider gave no verdict");
        code = verdictCode(verdict);
        this.verdicts.set(outcomePart, i, code);
      }
      // What follows reads the verdict and the summary without its tally, in what the slot says of its conditions: rooms and slots alike in these share the answer.
      const fy = code * this.followsClasses + slot.follows;
      let answer = this.followed.get(followsPart, fy, -1);
      if (answer < 0) {
        const verdict = verdictOf(code);
        answer = this.answers.id(verdict.outcome, this.reader.read(followsPart, verdict, slot.holds, slot.unsafe, this.siblings));
        this.followed.set(followsPart, fy, answer);
      }
      answers[i] = answer;
    });
    let key = "";
    for (const x of answers) key += `${x},`;
    v = this.vectors.get(key);
    if (v === undefined) {
      v = this.list.length;
      this.vectors.set(key, v);
      this.list.push(answers);
    }
    this.vectorOf.set(summary, v);
    return v;
  }
}

/** How often each pair of answers meets over the settings of one class, and the simplest setting for each. */
export interface CellCount {
  cell: number;
  count: number;
  rank: number;
  /** The setting's value indexes for the inner dims (outer dims left as they are). */
  at: number[];
}

export function pairCells(vA: Int32Array, vB: Int32Array, sides: readonly [SideAnswers, SideAnswers], split: InnerSplit, dims: readonly Dim[], answerCount: number): CellCount[] {
  const nx = radix(dims, split.shared);
  const ny = radix(dims, split.own[0]);
  const nz = radix(dims, split.own[1]);
  const cells = new Map<number, CellCount>();
  for (let x = 0; x < nx; x++) {
    const tally = (v: Int32Array, n: number, side: number) => {
      const m = new Map<number, { count: number; rank: number; slot: number }>();
      for (let y = 0; y < n; y++) {
        const slot = x * n + y;
        const r = v[slot] ?? 0;
        const rank = sides[side]?.rankOf(slot) ?? 0;
        const seen = m.get(r);
        if (!seen) m.set(r, { count: 1, rank, slot });
        else {
          seen.count++;
          if (rank < seen.rank) {
            seen.rank = rank;
            seen.slot = slot;
          }
        }
      }
      return m;
    };
    const ma = tally(vA, ny, 0);
    const mb = tally(vB, nz, 1);
    for (const [ra, ea] of ma) {
      for (const [rb, eb] of mb) {
        if (ra === rb) continue;
        const cell = ra * answerCount + rb;
        const count = ea.count * eb.count;
        // Both ranks include the shared dims: count them once.
        const at: number[] = [];
        const sharedRank = spread(dims, split.shared, x, at);
        spread(dims, [...split.shared, ...split.own[0]], ea.slot, at);
        spread(dims, [...split.shared, ...split.own[1]], eb.slot, at);
        const rank = ea.rank + eb.rank - sharedRank;
        const seen = cells.get(cell);
        if (!seen) cells.set(cell, { cell, count, rank, at });
        else {
          seen.count += count;
          if (rank < seen.rank) {
            seen.rank = rank;
            seen.at = at;
          }
        }
      }
    }
  }
  return [...cells.values()];
}

