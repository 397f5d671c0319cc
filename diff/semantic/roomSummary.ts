/**
 * What one policy's decision for a child reads of a room, as a handful of numbers that add
 * up across groups of kinds (see `kindGroups`):
 *
 * - the agencies counted towards the quorum (only up to the number the quorum needs);
 * - which of the roles an unborn child needs are present;
 * - whether any practitioner who votes gave "register", or "not register" (consensus);
 * - the units' tally as register minus not register, the units with no single view, and
 *   whether any unit gave a view at all; with siblings, under a sibling rule, the tally
 *   of the units involved with the child instead (the vote that rule calls for).
 *
 * The decision reads nothing else of the room: quorum, consensus, majority, tie and the
 * chair's part are all functions of these and the chair's input (see `decideChild` in
 * `runtime/evaluator.ts`). They come from the runtime's own steps, taken as the decider
 * takes them (attendance, sole representatives, voters, units, their count and consensus,
 * the counted agencies), and tests compare the search built on them with deciding every
 * conference outright.
 */
import { agencyMinimum, unbornRoles } from "./quorumReading.js";
import type { Conference } from "../../runtime/conference.js";
import { takeAttendance } from "../../runtime/attendance.js";
import { ALWAYS } from "../../runtime/facts.js";
import { involvedUnits, soleRepresentatives, votersFor } from "../../runtime/eligibility.js";
import type { PolicyTables } from "../../runtime/policyTables.js";
import { countedAgencies } from "../../runtime/quorumCheck.js";
import { countUnits, votingUnits, type UnitCount } from "../../runtime/votingUnits.js";
import { signatureParts, type AttendeeKind } from "./attendeeKinds.js";
import type { Dimensions } from "./searchSpace.js";

const CHILD = "child_1";

/** Field positions in a summary. */
const AGENCIES = 0;
const UNBORN = 1;
const ANY_REGISTER = 2;
const ANY_NOT_REGISTER = 3;
const MARGIN = 4;
const UNRESOLVED = 5;
const ANY_VIEW = 6;
const FIELDS = 7;

/**
 * Summaries of one policy, each given a small id so a pair of them packs into one number.
 * Fields the policy never reads stay zero, so rooms it cannot tell apart share an id.
 */
export class SummaryTable {
  private readonly ids = new Map<string, number>();
  private readonly fields: Int32Array[] = [];
  private readonly sums = new Map<number, number>();
  private readonly settled = new Map<number, number>();
  private readonly read = new Map<string, number>();
  private readonly reading: RoomReading;
  /** The runtime's unit count, written over for each room read. */
  private readonly count: UnitCount = { register: 0, not_register: 0, abstain: 0, unresolved: 0, consensus: null, viewGiven: false };
  private readonly agencyCap: number;
  private readonly readsConsensus: boolean;
  private readonly readsTally: boolean;
  /** With siblings under a sibling rule, a child without consensus is decided by the involved units alone. */
  private readonly siblingsVote: boolean;

  constructor(
    private readonly tables: PolicyTables,
    side: number,
    dims: Dimensions,
    kinds: readonly AttendeeKind[],
    children: number,
  ) {
    this.reading = roomReading(tables, side, dims, kinds);
    const { decision, eligibility } = tables.ir;
    this.agencyCap = agencyMinimum(tables.ir)?.agencies ?? 0;
    this.readsConsensus = decision.consensusFirst !== null;
    this.readsTally = decision.rule === "majority";
    this.siblingsVote = eligibility.whenSiblingsDisagree !== null && children > 1;
  }

  get size(): number {
    return this.fields.length;
  }

  private intern(fields: Int32Array): number {
    const key = fields.join(",");
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.fields.length;
      this.ids.set(key, id);
      this.fields.push(fields);
    }
    return id;
  }

  /** The id of the summary of nothing: no attendee of a group. */
  empty(): number {
    return this.intern(new Int32Array(FIELDS));
  }

  /** The summary of a room given as state indexes, read once for all rooms this policy cannot tell apart. */
  ofRoom(room: readonly number[], conference: () => Conference): number {
    const key = this.reading(room);
    let id = this.read.get(key);
    if (id === undefined) {
      id = this.of(conference());
      this.read.set(key, id);
    }
    return id;
  }

  /** The summary of a room (a group's part, or the whole), read by the runtime's own steps. */
  of(conference: Conference): number {
    const { tables } = this;
    const { ir } = tables;
    const attendance = takeAttendance(tables, conference, false);
    const sole = soleRepresentatives(tables, attendance.participants);
    let units = votingUnits(votersFor(tables, attendance.participants, sole, CHILD, null, ALWAYS), tables.individualsOnly);
    if (ir.eligibility.default === "involved_units") units = involvedUnits(units, sole, CHILD, "", null, null);
    const f = new Int32Array(FIELDS);
    if (this.agencyCap > 0) f[AGENCIES] = Math.min(this.agencyCap, countedAgencies(tables, attendance.participants, CHILD).ids.length);
    unbornRoles(ir).forEach((need, i) => {
      if (attendance.seats.some((s) => s.rule.id === need.role)) f[UNBORN] = (f[UNBORN] ?? 0) | (1 << i);
    });
    const { count } = this;
    if (this.readsConsensus) {
      // Which views were given, from the consensus: one view, both (they differ), or none.
      countUnits(units, CHILD, count, true);
      f[ANY_REGISTER] = Number(count.consensus === "register" || (count.consensus === null && count.viewGiven));
      f[ANY_NOT_REGISTER] = Number(count.consensus === "not_register" || (count.consensus === null && count.viewGiven));
    }
    if (this.readsTally) {
      countUnits(this.siblingsVote ? involvedUnits(units, sole, CHILD, "", null, null) : units, CHILD, count, false);
      f[MARGIN] = count.register - count.not_register;
      f[UNRESOLVED] = count.unresolved;
      f[ANY_VIEW] = Number(count.register + count.not_register > 0);
    }
    return this.intern(f);
  }

  /** The summary of two rooms with no group in common, put together. */
  plus(x: number, y: number): number {
    const key = x < y ? x * 1_048_576 + y : y * 1_048_576 + x;
    let sum = this.sums.get(key);
    if (sum !== undefined) return sum;
    const a = this.fields[x];
    const b = this.fields[y];
    if (!a || !b) throw new Error(`no summary ${x} or ${y}`);
    const f = new Int32Array(FIELDS);
    for (let i = 0; i < FIELDS; i++) f[i] = (a[i] ?? 0) + (b[i] ?? 0);
    f[AGENCIES] = Math.min(this.agencyCap, f[AGENCIES] ?? 0);
    f[UNBORN] = (a[UNBORN] ?? 0) | (b[UNBORN] ?? 0);
    for (const flag of [ANY_REGISTER, ANY_NOT_REGISTER, ANY_VIEW]) f[flag] = Math.min(1, f[flag] ?? 0);
    sum = this.intern(f);
    this.sums.set(key, sum);
    return sum;
  }

  /** The summary with its tallies settled for `remaining` more attendees (see `settleTally`). */
  settle(x: number, remaining: number): number {
    const key = x * 4096 + remaining;
    let id = this.settled.get(key);
    if (id !== undefined) return id;
    const f = Int32Array.from(this.fields[x] ?? []);
    settleTally(f, remaining);
    id = this.intern(f);
    this.settled.set(key, id);
    return id;
  }
}

type RoomReading = (room: readonly number[]) => string;

/**
 * What one policy can tell of a room: each attendee's shape (what the policy reads of their
 * kind, with their view, involvement and lead), in order, with the unit and agency they
 * share named by first appearance. Renaming units or agencies consistently never changes
 * a decision, so rooms with the same reading have the same summary.
 */
function roomReading(tables: PolicyTables, side: number, dims: Dimensions, kinds: readonly AttendeeKind[]): RoomReading {
  const { ir } = tables;
  const readsLeads = dims.leads && ir.voting.nominatedLead !== null;
  const numbering = new Map<string, number>();
  const number = (text: string | null) => {
    if (text === null) return -1;
    let n = numbering.get(text);
    if (n === undefined) numbering.set(text, (n = numbering.size));
    return n;
  };
  const shape: number[] = [];
  const unit: number[] = [];
  const agency: number[] = [];
  for (const s of dims.states) {
    const parts = signatureParts(kinds[s.kind]?.signatures[side] ?? "");
    shape.push(number(`${parts.shape}|${s.view}|${dims.involvement && s.involved}|${readsLeads && s.lead}`));
    unit.push(number(parts.unit === null ? null : `unit ${parts.unit}`));
    agency.push(number(parts.agency === null ? null : `agency ${parts.agency}`));
  }
  const ordered: number[] = [];
  const units = new Map<number, number>();
  const agencies = new Map<number, number>();
  const rename = (names: Map<number, number>, id: number) => {
    if (id < 0) return -1;
    let n = names.get(id);
    if (n === undefined) names.set(id, (n = names.size));
    return n;
  };
  return (room) => {
    ordered.length = 0;
    for (const s of room) {
      let i = ordered.length;
      while (i > 0 && (shape[ordered[i - 1] ?? 0] ?? 0) > (shape[s] ?? 0)) i--;
      ordered.splice(i, 0, s);
    }
    units.clear();
    agencies.clear();
    let key = "";
    for (const s of ordered) key += `${shape[s]}.${rename(units, unit[s] ?? -1)}.${rename(agencies, agency[s] ?? -1)},`;
    return key;
  };
}

/**
 * A tally settled as far as `remaining` more attendees could still change it: each adds at
 * most one unit, so margin and unresolved units together move by at most that many. Once
 * the margin outruns the unresolved units by more, the majority can no longer change, and
 * every such tally is one; with nobody left to come, only which way it falls remains.
 */
function settleTally(f: Int32Array, remaining: number): void {
  const margin = f[MARGIN] ?? 0;
  const unresolved = f[UNRESOLVED] ?? 0;
  if (Math.abs(margin) - unresolved > remaining) {
    f[MARGIN] = Math.sign(margin) * (remaining + 1);
    f[UNRESOLVED] = 0;
  } else if (remaining === 0 && unresolved > 0) {
    // No majority either way, and the result turns on the unresolved units.
    f[MARGIN] = 0;
    f[UNRESOLVED] = 1;
  }
}
