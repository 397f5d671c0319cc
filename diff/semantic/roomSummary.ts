/**
 * What one policy's decision for a child, and what follows it, reads of a room, as a
 * handful of small numbers packed into a few words:
 *
 * - each quorum count: the distinct agencies, groupings, disciplines or listed things it
 *   finds, up to the most any count of that kind needs;
 * - which of the attendees a requirement names are present (voting or not);
 * - whether any practitioner whose unit votes gave "register", or "not register" (consensus);
 * - the voting units' tally as register minus not register, the units with no single view,
 *   and whether any unit gave a view; with siblings under a sibling rule, the tally of the
 *   units involved with the child (the vote that rule calls for);
 * - whether a unit's view differs from each possible decision (a duty after dissent);
 * - for each duty or route that follows people's disagreement, formal dissent or
 *   reservation: whether someone it names would disagree with each possible decision;
 * - for each `open to` of a route: whether someone it names is present.
 *
 * A room is read attendee by attendee. What cannot be settled until more attendees come
 * (a unit whose members are still arriving, an agency not yet counted, whether someone is
 * the only one of their kind) is held open and closed once the last kind that could join
 * it has been passed; a sole representative is guessed at the start and the guess checked
 * when its rule closes (a guess of "only one" as soon as the rule meets a second). Tests
 * compare the search built on these summaries with deciding every conference outright.
 */
import { holdsFor } from "../../runtime/facts.js";
import type { AttendeeKind } from "./attendeeKinds.js";
import { peopleKey, type PolicyReading } from "./policyReading.js";
import type { AttendeeState, Item } from "./searchSpace.js";
import type { Condition, FactValue, Who } from "../../compiler/ir.js";
import { PairMap, RecordTable } from "./intTables.js";

/** How often (in units of work) the search's limit is checked. */
const WORK_CHECKPOINT = 1 << 16;

/** A field of a summary: where its bits sit. */
interface Slot {
  word: number;
  shift: number;
  bits: number;
}

class Layout {
  words = 0;
  private used = 30;
  slot(bits: number): Slot {
    if (this.used + bits > 30) {
      this.words++;
      this.used = 0;
    }
    const s = { word: this.words - 1, shift: this.used, bits };
    this.used += bits;
    return s;
  }
}

function get(f: Int32Array, s: Slot): number {
  return ((f[s.word] ?? 0) >>> s.shift) & ((1 << s.bits) - 1);
}

function put(f: Int32Array, s: Slot, value: number): void {
  const mask = ((1 << s.bits) - 1) << s.shift;
  f[s.word] = ((f[s.word] ?? 0) & ~mask) | ((value << s.shift) & mask);
}

// A unit's members so far: the views given by all (bits 0-1: register, not register), by
// its nominated leads (2-3), whether it has a lead (4), a member involved with the child or
// a sole representative (5), and any member at all (6).
const ALL_R = 1;
const ALL_N = 2;
const LEAD_R = 4;
const LEAD_N = 8;
const ANY_LEAD = 16;
const EFFECTIVE = 32;
const MEMBER = 64;

const MARGIN_OFFSET = 64;

/** How a room is read: the facts that decide who votes, and the number of children. */
export interface Mode {
  /** The value of each fact the eligibility rules read (and `unborn`). */
  facts: ReadonlyMap<string, FactValue>;
  children: number;
}

/** Something a group of attendees holds open until its last kind is passed. */
type Entity = { type: "unit"; slot: Slot } | { type: "count"; slot: Slot; closed: Slot; cap: number } | { type: "sole"; slot: Slot };

/** How one kind's attendees are read, worked out once. */
interface KindRule {
  takesPart: boolean;
  unit: "none" | "own" | "organisation" | "joint";
  unitEntity: number;
  /** Count bits set by any attendee, and by one involved with the child only. */
  counts: number[];
  directCounts: number[];
  requirements: Slot[];
  sole: number[];
  limited: boolean;
  people: { event: string; r: Slot; n: Slot }[];
  openTo: Slot[];
  lead: boolean;
  entities: number[];
}

export class SummaryTable {
  private readonly layout = new Layout();
  private records!: RecordTable;
  /** Scratch records: a summary is worked on here and copied into the table only when new. */
  private work!: Int32Array;
  private other!: Int32Array;
  private out!: Int32Array;
  private readonly added = new PairMap(4096);
  private readonly closed = new PairMap(4096);
  private readonly sums = new PairMap(4096);
  /** Settled summaries by the attendees still to come, then by summary id (-1 where not yet worked out): read most of all, so an array rather than a hash. */
  private readonly settled: Int32Array[] = [];
  private readonly projected = new PairMap(1024);
  readonly entities: Entity[] = [];
  /** The slots of the sole-representative rules, which combine by counting rather than by "or". */
  private soleSlots: Slot[] = [];
  private readonly rules: KindRule[];
  private readonly countClosed: { slot: Slot; cap: number }[] = [];
  private readonly requirementSlots: Slot[];
  readonly consensusR: Slot;
  readonly consensusN: Slot;
  readonly margin: Slot;
  readonly unresolved: Slot;
  readonly anyView: Slot;
  /** A unit's view differs from register, from not register: among all units, and among the involved (siblings). */
  readonly dissent: { allR: Slot; allN: Slot; involvedR: Slot; involvedN: Slot };
  readonly peopleSlots: { r: Slot; n: Slot }[];
  readonly openToSlots: Slot[];
  private readonly involvedFilter: boolean;
  private readonly siblingsMode: boolean;
  private readonly unitsLimited: boolean;
  private readonly items: readonly Item[];
  /** The fields a decision (not what follows it) reads, as masks per word. */
  private readonly outcomeMask: Int32Array;
  /** Every field but the tally, which what follows a decision never reads (the decision itself does). */
  private readonly followsMask: Int32Array;
  private readonly followsProjected = new PairMap(1024);

  constructor(
    readonly reading: PolicyReading,
    readonly side: number,
    kinds: readonly AttendeeKind[],
    items: readonly Item[],
    mode: Mode,
  ) {
    const L = this.layout;
    this.items = items;
    const holds = modeHolds(reading, mode);
    this.involvedFilter = reading.involvedDefault !== undefined && holds(reading.involvedDefault);
    this.siblingsMode = reading.siblings && mode.children > 1;
    const limitedHolds = reading.limited.map((c) => holds(c));
    // Whether a unit has a member involved with the child (or a sole representative) matters only where units are limited to the involved.
    this.unitsLimited = this.involvedFilter || this.siblingsMode;
    // A sole representative matters only where it frees someone: a unit limited to the involved, or a role limited to its own children.
    const isLimited = (p: { limited: number }) => p.limited >= 0 && limitedHolds[p.limited] === true;
    const soleMatters = reading.tables.soleRepresentatives.map((_, r) => this.unitsLimited || kinds.some((k) => k.profiles[side]?.sole.includes(r) === true && isLimited(k.profiles[side] as { limited: number })));

    const outcomeSlots: Slot[] = [];
    reading.counts.forEach((spec) => {
      const slot = L.slot(Math.max(1, Math.ceil(Math.log2(spec.cap + 1))));
      this.countClosed.push({ slot, cap: spec.cap });
      outcomeSlots.push(slot);
    });
    this.requirementSlots = reading.requirements.map(() => L.slot(1));
    outcomeSlots.push(...this.requirementSlots);
    this.consensusR = L.slot(1);
    this.consensusN = L.slot(1);
    this.margin = L.slot(8);
    this.unresolved = L.slot(6);
    this.anyView = L.slot(1);
    outcomeSlots.push(this.consensusR, this.consensusN, this.margin, this.unresolved, this.anyView);
    this.dissent = { allR: L.slot(1), allN: L.slot(1), involvedR: L.slot(1), involvedN: L.slot(1) };
    // Needs read alike (by the same duties and routes under the same conditions) share their bits: only whether any holds is read.
    const peopleShared = new Map<string, { r: Slot; n: Slot }>();
    this.peopleSlots = peopleUses(reading).map((uses) => {
      let slots = peopleShared.get(uses);
      if (!slots) peopleShared.set(uses, (slots = { r: L.slot(1), n: L.slot(1) }));
      return slots;
    });
    const openToShared = new Map<string, Slot>();
    this.openToSlots = openToUses(reading).map((use) => {
      let slot = openToShared.get(use);
      if (!slot) openToShared.set(use, (slot = L.slot(1)));
      return slot;
    });

    // Entities: shared units, the things each count finds, sole-representative rules.
    const unitEntity = new Map<string, number>();
    const countEntity = new Map<string, number>();
    const soleEntity = reading.tables.soleRepresentatives.map(() => -1);
    const entity = (e: Entity) => this.entities.push(e) - 1;
    this.rules = kinds.map((kind) => {
      const p = kind.profiles[side];
      if (!p) throw new Error("a kind without a profile");
      const entities: number[] = [];
      let unit = -1;
      if (p.unit.type === "joint") {
        const key = p.unit.key;
        unit = unitEntity.get(key) ?? entity({ type: "unit", slot: L.slot(7) });
        unitEntity.set(key, unit);
        entities.push(unit);
      }
      const counts: number[] = [];
      const directCounts: number[] = [];
      p.countIds.forEach((id, spec) => {
        if (id === null) return;
        const key = `${spec}\u0000${id}`;
        const closed = this.countClosed[spec];
        if (!closed) return;
        let e = countEntity.get(key);
        if (e === undefined) {
          e = entity({ type: "count", slot: L.slot(1), closed: closed.slot, cap: closed.cap });
          countEntity.set(key, e);
        }
        entities.push(e);
        (reading.counts[spec]?.directContact ? directCounts : counts).push(e);
      });
      const sole = p.sole.filter((r) => soleMatters[r]).map((r) => {
        if ((soleEntity[r] ?? -1) < 0) soleEntity[r] = entity({ type: "sole", slot: L.slot(4) });
        return soleEntity[r] ?? -1;
      });
      entities.push(...sole);
      return {
        takesPart: p.takesPart,
        unit: p.unit.type,
        unitEntity: unit,
        counts,
        directCounts,
        requirements: p.requirements.map((r) => this.requirementSlots[r] as Slot),
        sole,
        limited: isLimited(p),
        people: p.people.map((n) => ({ event: reading.people[n]?.event ?? "", r: this.peopleSlots[n]?.r as Slot, n: this.peopleSlots[n]?.n as Slot })),
        openTo: p.openTo.map((o) => this.openToSlots[o] as Slot),
        lead: p.reads.lead,
        entities,
      };
    });
    this.soleSlots = this.entities.flatMap((e) => (e.type === "sole" ? [e.slot] : []));
    this.records = new RecordTable(Math.max(1, L.words), 4096);
    this.work = new Int32Array(this.records.width);
    this.other = new Int32Array(this.records.width);
    this.out = new Int32Array(this.records.width);
    this.outcomeMask = new Int32Array(this.records.width);
    for (const s of outcomeSlots) this.outcomeMask[s.word] = (this.outcomeMask[s.word] ?? 0) | (((1 << s.bits) - 1) << s.shift);
    this.followsMask = new Int32Array(this.records.width).fill(-1);
    for (const s of [this.margin, this.unresolved, this.anyView]) this.followsMask[s.word] = (this.followsMask[s.word] ?? 0) & ~(((1 << s.bits) - 1) << s.shift);
  }

  get size(): number {
    return this.records.length;
  }

  /**
   * Work done on this table so far, in summaries put together (a decision counts as many):
   * a count, not a clock, so a search's limits give the same answer on every machine.
   */
  effort = 0;
  /** Asked to check as the effort passes each multiple of WORK_CHECKPOINT: the search's limit is checked there. */
  checkpoint: { check(): void } | null = null;

  spend(units: number): void {
    const before = this.effort;
    this.effort += units;
    if (this.checkpoint !== null && Math.floor(before / WORK_CHECKPOINT) !== Math.floor(this.effort / WORK_CHECKPOINT)) this.checkpoint.check();
  }

  private intern(f: Int32Array): number {
    return this.records.intern(f);
  }

  /** A copy of a summary's words. */
  fields(id: number): Int32Array {
    if (id < 0 || id >= this.records.length) throw new Error(`no summary ${id}`);
    return this.records.read(id, new Int32Array(this.records.width));
  }

  private load(id: number, into: Int32Array): Int32Array {
    return this.records.read(id, into);
  }

  /** The summary of an empty room, with a guess for each sole-representative rule given (bit i of `guess` for `rules[i]`). */
  empty(rules: readonly number[] = [], guess = 0): number {
    const f = this.work.fill(0);
    put(f, this.margin, MARGIN_OFFSET);
    rules.forEach((e, i) => {
      const entity = this.entities[e];
      if (entity?.type === "sole") put(f, entity.slot, 1 | (((guess >> i) & 1) << 1));
    });
    return this.intern(f);
  }

  /** The entities an attendee of this kind touches: the group search closes each after its last kind. */
  entitiesOf(kind: number): readonly number[] {
    return this.rules[kind]?.entities ?? [];
  }

  isSole(entity: number): boolean {
    return this.entities[entity]?.type === "sole";
  }

  soleEntitiesOf(kind: number): readonly number[] {
    return this.rules[kind]?.sole ?? [];
  }

  /**
   * The summary with one item (one attendee, or two of one organisation) added; -1 where the
   * room has become one no more attendees can make right (see `guessBroken`).
   */
  add(id: number, item: number): number {
    let next = this.added.get(id, item, -2);
    if (next !== -2) return next;
    const f = this.load(id, this.work);
    const it = this.items[item];
    if (!it) throw new Error(`no item ${item}`);
    this.addItem(f, it);
    next = this.guessBroken(f) ? -1 : this.intern(f);
    this.added.set(id, item, next);
    return next;
  }

  /**
   * Whether a guess of a sole representative is already wrong: the guess was "only one" and
   * the rule has met several. A count of several never falls, so the close would drop every
   * room grown from this one; dropping it now spares building them.
   */
  private guessBroken(f: Int32Array): boolean {
    for (const slot of this.soleSlots) if ((get(f, slot) & 0b1111) === 0b1011) return true;
    return false;
  }

  private addItem(f: Int32Array, item: Item): void {
    const rule = this.rules[item.kind];
    if (!rule) throw new Error(`no kind ${item.kind}`);
    let acc = 0;
    for (const m of item.members) {
      this.seatFacts(f, rule, m);
      const member = this.memberBits(f, rule, m);
      if (member === 0) continue;
      if (rule.unit === "joint") {
        const e = this.entities[rule.unitEntity];
        if (e) put(f, e.slot, get(f, e.slot) | member);
      } else if (rule.unit === "own" || item.members.length === 1) this.closeUnit(f, member);
      else acc |= member;
    }
    // Two attendees of one organisation, where it votes apart: one unit.
    if (acc !== 0) this.closeUnit(f, acc);
  }

  /** What an attendee adds whether or not they vote: counts, requirements, sole-representative counts, people and route flags. */
  private seatFacts(f: Int32Array, rule: KindRule, m: AttendeeState): void {
    for (const e of rule.counts) this.setEntityBit(f, e);
    if (m.involved) for (const e of rule.directCounts) this.setEntityBit(f, e);
    for (const s of rule.requirements) put(f, s, 1);
    for (const e of rule.sole) {
      const entity = this.entities[e];
      if (!entity) continue;
      // Bit 0: guessed; bit 1: guessed to be the only one; bits 2-3: how many it picks (two meaning several).
      const v = get(f, entity.slot);
      put(f, entity.slot, (v & 0b11) | (Math.min(2, ((v >> 2) & 3) + 1) << 2));
    }
    for (const p of rule.people) {
      const [againstR, againstN] = opposes(p.event, m);
      if (againstR) put(f, p.r, 1);
      if (againstN) put(f, p.n, 1);
    }
    for (const s of rule.openTo) put(f, s, 1);
  }

  private setEntityBit(f: Int32Array, e: number): void {
    const entity = this.entities[e];
    if (entity) put(f, entity.slot, 1);
  }

  /** The attendee as a member of their unit; 0 when they do not vote on the child. */
  private memberBits(f: Int32Array, rule: KindRule, m: AttendeeState): number {
    if (!rule.takesPart) return 0;
    let sole = false;
    for (const e of rule.sole) {
      const entity = this.entities[e];
      if (entity && (get(f, entity.slot) & 0b11) === 0b11) sole = true;
    }
    const effective = m.involved || sole;
    if (rule.limited && !effective) return 0;
    let bits = MEMBER | (effective && this.unitsLimited ? EFFECTIVE : 0);
    if (m.view === "register") bits |= ALL_R;
    else if (m.view === "not_register") bits |= ALL_N;
    if (rule.lead && m.lead) bits |= ANY_LEAD | (m.view === "register" ? LEAD_R : m.view === "not_register" ? LEAD_N : 0);
    return bits;
  }

  /** A unit complete: its view joins the consensus, the tally and the dissent, if it votes on the child. */
  private closeUnit(f: Int32Array, acc: number): void {
    if ((acc & MEMBER) === 0) return;
    const effective = (acc & EFFECTIVE) !== 0;
    if (this.involvedFilter && !effective) return;
    const { reading } = this;
    if (reading.consensus) {
      if (acc & ALL_R) put(f, this.consensusR, 1);
      if (acc & ALL_N) put(f, this.consensusN, 1);
    }
    const views = acc & ANY_LEAD ? (acc >> 2) & 3 : acc & 3;
    const voting = !this.siblingsMode || effective;
    if (reading.tally && voting) {
      if (views === 1) put(f, this.margin, get(f, this.margin) + 1);
      else if (views === 2) put(f, this.margin, get(f, this.margin) - 1);
      else if (views === 3) put(f, this.unresolved, get(f, this.unresolved) + 1);
      if (views === 1 || views === 2) put(f, this.anyView, 1);
    }
    if (reading.dissent) {
      const againstR = views === 2 || (views === 3 && (acc & ALL_N) !== 0);
      const againstN = views === 1 || (views === 3 && (acc & ALL_R) !== 0);
      if (againstR) put(f, this.dissent.allR, 1);
      if (againstN) put(f, this.dissent.allN, 1);
      if (this.siblingsMode && effective) {
        if (againstR) put(f, this.dissent.involvedR, 1);
        if (againstN) put(f, this.dissent.involvedN, 1);
      }
    }
  }

  /** Two parts put together (see `combineInto`) and these entities then closed, in one pass: -1 when a guess turns out wrong. */
  joinClose(x: number, y: number, entities: readonly number[]): number {
    const f = this.combineInto(x, y);
    return !this.guessBroken(f) && this.closeIn(f, entities) ? this.intern(f) : -1;
  }

  /** The summary with these entities closed; -1 when a sole-representative guess turns out wrong. */
  close(id: number, entities: readonly number[], memoKey: number): number {
    let next = this.closed.get(id, memoKey, -2);
    if (next !== -2) return next;
    const f = this.load(id, this.work);
    if (!this.closeIn(f, entities)) {
      this.closed.set(id, memoKey, -1);
      return -1;
    }
    next = this.intern(f);
    this.closed.set(id, memoKey, next);
    return next;
  }

  /** Closes the entities in place; false when a sole-representative guess turns out wrong. */
  private closeIn(f: Int32Array, entities: readonly number[]): boolean {
    for (const e of entities) {
      const entity = this.entities[e];
      if (!entity) continue;
      const v = get(f, entity.slot);
      put(f, entity.slot, 0);
      if (entity.type === "unit") this.closeUnit(f, v);
      else if (entity.type === "count") put(f, entity.closed, Math.min(entity.cap, get(f, entity.closed) + v));
      else if (v & 1) {
        const guessedOne = (v & 2) !== 0;
        const one = ((v >> 2) & 3) === 1;
        if (guessedOne !== one) return false;
      }
    }
    return true;
  }

  /**
   * Two parts of a room put together, read under guesses that agree wherever both carry one:
   * everything a summary holds is an "or" or a sum, so the parts' summaries combine
   * field by field, open units and counts included. The words are left in the scratch
   * record `out`: the two summaries' sum, with the sole-representative counts added up.
   */
  private combineInto(x: number, y: number): Int32Array {
    const f = this.sumInto(x, y);
    const a = this.work;
    const b = this.other;
    for (const slot of this.soleSlots) {
      const u = get(a, slot);
      const v = get(b, slot);
      put(f, slot, ((u | v) & 0b11) | (Math.min(2, ((u >> 2) & 3) + ((v >> 2) & 3)) << 2));
    }
    return f;
  }

  /** The summary of two rooms with no attendee kind in common, put together (both closed). */
  plus(x: number, y: number): number {
    this.spend(1);
    if (y < x) [x, y] = [y, x];
    let sum = this.sums.get(x, y, -1);
    if (sum >= 0) return sum;
    sum = this.intern(this.sumInto(x, y));
    this.sums.set(x, y, sum);
    return sum;
  }

  /**
   * The words of two summaries put together, in the scratch record `out` (the two stay
   * loaded in `work` and `other`): every field an "or", but the counts and the tally, which
   * add up.
   */
  private sumInto(x: number, y: number): Int32Array {
    const a = this.load(x, this.work);
    const b = this.load(y, this.other);
    const f = this.out;
    for (let i = 0; i < f.length; i++) f[i] = (a[i] ?? 0) | (b[i] ?? 0);
    for (const c of this.countClosed) put(f, c.slot, Math.min(c.cap, get(a, c.slot) + get(b, c.slot)));
    put(f, this.margin, get(a, this.margin) + get(b, this.margin) - MARGIN_OFFSET);
    put(f, this.unresolved, get(a, this.unresolved) + get(b, this.unresolved));
    return f;
  }

  /**
   * The summary with its tally settled as far as `remaining` more attendees could still
   * change it: each adds at most one unit, so margin and unresolved units together move by
   * at most that many. Once the margin outruns the unresolved units by more, the majority
   * can no longer change, and every such tally is one; with nobody left to come, only which
   * way it falls remains.
   */
  settle(x: number, remaining: number): number {
    let memo = this.settled[remaining];
    if (memo === undefined || x >= memo.length) {
      const grown = new Int32Array(Math.max(1024, this.records.length * 2, x + 1)).fill(-1);
      if (memo !== undefined) grown.set(memo);
      memo = this.settled[remaining] = grown;
    }
    let id = memo[x] as number;
    if (id >= 0) return id;
    const f = this.load(x, this.work);
    const margin = get(f, this.margin) - MARGIN_OFFSET;
    const unresolved = get(f, this.unresolved);
    if (Math.abs(margin) - unresolved > remaining) {
      put(f, this.margin, MARGIN_OFFSET + Math.sign(margin) * (remaining + 1));
      put(f, this.unresolved, 0);
    } else if (remaining === 0 && unresolved > 0) {
      put(f, this.margin, MARGIN_OFFSET);
      put(f, this.unresolved, 1);
      put(f, this.anyView, 0);
    }
    id = this.intern(f);
    memo[x] = id;
    return id;
  }

  /** The summary with only what the decision itself reads: what follows it left out. */
  outcomePart(x: number): number {
    return this.masked(x, this.outcomeMask, this.projected);
  }

  /** The summary without its tally: what follows a given verdict reads of a room. */
  followsPart(x: number): number {
    return this.masked(x, this.followsMask, this.followsProjected);
  }

  /** The summary with only the fields `mask` keeps, remembered in `cache`. */
  private masked(x: number, mask: Int32Array, cache: PairMap): number {
    let id = cache.get(x, 0, -1);
    if (id >= 0) return id;
    const f = this.load(x, this.work);
    for (let i = 0; i < f.length; i++) f[i] = (f[i] ?? 0) & (mask[i] ?? 0);
    id = this.intern(f);
    cache.set(x, 0, id);
    return id;
  }

  /** How many distinct things each count finds (capped), for deciding whether a count is short. */
  countFound(x: number, spec: number): number {
    const c = this.countClosed[spec];
    return c ? this.slotOf(x, c.slot) : 0;
  }

  bit(x: number, slot: Slot): boolean {
    return this.slotOf(x, slot) !== 0;
  }

  /** Whether the room holds someone a requirement names (`need` indexes the reading's requirements). */
  requirementPresent(x: number, need: number): boolean {
    const slot = this.requirementSlots[need];
    return slot !== undefined && this.bit(x, slot);
  }

  private slotOf(x: number, s: Slot): number {
    return (this.records.word(x, s.word) >>> s.shift) & ((1 << s.bits) - 1);
  }
}

/**
 * For each of the reading's people needs, what reads it: each duty (by what it asks for) and
 * route it can set off, with the condition under which it does. What follows reads only
 * whether some need of a duty or route (under one condition) is met, so needs with the same
 * uses can share one pair of bits, set when either is met.
 */
export function peopleUses(reading: PolicyReading): string[] {
  const { ir } = reading.tables;
  const uses = reading.people.map(() => new Set<string>());
  const need = (t: { trigger: string; by: Who | null }) => reading.people.findIndex((n) => peopleKey(n.event, n.by) === peopleKey(t.trigger, t.by));
  for (const o of ir.obligations) uses[need(o)]?.add(JSON.stringify(["duty", o.action, o.to, o.deadline, o.when]));
  ir.routes.forEach((route, r) => {
    for (const t of route.opens) uses[need(t)]?.add(JSON.stringify(["route", r, t.when]));
  });
  return uses.map((u) => JSON.stringify([...u].sort()));
}

/** For each `open to` entry, what reads it: its route, under its condition (a route may start if any entry is met). */
export function openToUses(reading: PolicyReading): string[] {
  const out: string[] = [];
  reading.tables.ir.routes.forEach((route, r) => {
    for (const o of route.openTo) out.push(JSON.stringify([r, o.when]));
  });
  // The reading lists the entries in the same order: where it does not, nothing is shared.
  return out.length === reading.openTo.length ? out : reading.openTo.map((_, i) => String(i));
}

/** Whether a person's view or recorded dissent would make an event about people happen, were the decision register, and were it not register. */
function opposes(event: string, m: AttendeeState): [boolean, boolean] {
  if (event === "disagreement") return [m.view === "not_register", m.view === "register"];
  const level = event === "formal_dissent" ? "formal" : "reservation";
  if (m.level !== level) return [false, false];
  return [m.view !== "register", m.view !== "not_register"];
}

/** Whether a condition holds for the first child under a mode's facts (those the mode fixes; the rest are not read here). */
function modeHolds(reading: PolicyReading, mode: Mode): (c: Condition) => boolean {
  const facts: Record<string, FactValue> = {};
  const childFacts: Record<string, FactValue> = {};
  for (const [fact, value] of mode.facts) {
    const declared = reading.tables.facts.get(fact);
    if (declared?.about === "child") childFacts[fact] = value;
    else facts[fact] = value;
  }
  const child = { id: "child_1", unborn: mode.facts.get("unborn") === true, facts: childFacts };
  return holdsFor(reading.tables.facts, { children: [child], attendees: [], facts }, child);
}
