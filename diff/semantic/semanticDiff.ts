/**
 * The semantic layer of a diff: search every conference within the bounds for ones two
 * policies decide differently. Each policy's real evaluator decides the conferences;
 * what keeps the search fast is that a policy sees an attendee only through what it reads
 * of them, so rooms that look alike to a policy (the same shapes, units and agencies
 * renamed) are decided once and the answer reused. For each kind of difference the
 * smallest conference is kept: fewest attendees, then fewest children, then the simplest
 * chair input.
 */
import { Outcome } from "../../runtime/decision.js";
import type { Evaluator } from "../../runtime/evaluator.js";
import type { PolicyTables } from "../../runtime/policyTables.js";
import type { OutcomeDifference, SearchBounds } from "../report.js";
import { attendeeKinds, signatureParts, type AttendeeKind, type RoleLeftOut } from "./attendeeKinds.js";
import { interchangeableKinds } from "./interchangeableKinds.js";
import { conferenceAt, dimensionsFor, rooms, VIEWS, type Dimensions, type SearchOptions, type SearchPoint, type Stance } from "./searchSpace.js";

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

/**
 * Decides rooms under one policy, once per room it can tell apart. A room's key lists each
 * attendee's shape in order, with the unit and agency they share named by first
 * appearance: renaming units or agencies consistently never changes a decision.
 */
function policyView(side: Side, sideIndex: number, dims: Dimensions, kinds: readonly AttendeeKind[], settings: readonly Setting[]) {
  const { ir } = side.tables;
  const readsLeads = dims.leads && ir.voting.nominatedLead !== null;
  const agenciesApart = ir.quorum.localAuthorityServicesCountSeparately !== null;
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
    const parts = signatureParts(kinds[s.kind]?.signatures[sideIndex] ?? "");
    shape.push(number(`${parts.shape}|${s.view}|${dims.involvement && s.involved}|${readsLeads && s.lead}`));
    unit.push(number(parts.unit === null ? null : `unit ${parts.unit}`));
    agency.push(number(parts.agency === null || agenciesApart ? null : `agency ${parts.agency}`));
  }
  // Settings this policy cannot tell apart share one answer.
  const readsSiblings = ir.eligibility.whenSiblingsDisagree !== null;
  const readsUnborn = ir.quorum.unborn.length > 0;
  const settingSlot = settings.map((s) => `${readsSiblings ? s.children : 1}|${readsUnborn && s.unborn}|${s.stanceIndex}`);
  const slots = [...new Set(settingSlot)];
  const slotOf = settingSlot.map((k) => slots.indexOf(k));
  const cache = new Map<string, (number | undefined)[]>();
  const ordered: number[] = [];
  return {
    row(room: readonly number[]): (number | undefined)[] {
      ordered.length = 0;
      for (const s of room) {
        let i = ordered.length;
        while (i > 0 && (shape[ordered[i - 1] ?? 0] ?? 0) > (shape[s] ?? 0)) i--;
        ordered.splice(i, 0, s);
      }
      const units = new Map<number, number>();
      const agencies = new Map<number, number>();
      const rename = (names: Map<number, number>, id: number) => {
        if (id < 0) return -1;
        let n = names.get(id);
        if (n === undefined) names.set(id, (n = names.size));
        return n;
      };
      let key = "";
      for (const s of ordered) key += `${shape[s]}.${rename(units, unit[s] ?? -1)}.${rename(agencies, agency[s] ?? -1)},`;
      let row = cache.get(key);
      if (!row) cache.set(key, (row = new Array<number | undefined>(slots.length)));
      return row;
    },
    /** The outcome's index in OUTCOMES, deciding the conference if this policy has not seen its like. */
    outcome(row: (number | undefined)[], room: readonly number[], setting: Setting, index: number): number {
      const slot = slotOf[index] ?? 0;
      let outcome = row[slot];
      if (outcome === undefined) {
        outcome = OUTCOMES.indexOf(side.evaluate(conferenceAt(pointAt(room, setting), dims, kinds)).children[0]?.outcome ?? "unresolved");
        row[slot] = outcome;
      }
      return outcome;
    },
  };
}

function boundsOf(dims: Dimensions, kinds: readonly AttendeeKind[], leftOut: RoleLeftOut[], options: SearchOptions): SearchBounds {
  return {
    attendees: { min: 1, max: options.maxAttendees },
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

/** A room uses each family of interchangeable kinds in order. */
export function usesFamiliesInOrder(room: readonly number[], dims: Dimensions, previous: readonly number[]): boolean {
  for (const s of room) {
    const before = previous[dims.states[s]?.kind ?? -1] ?? -1;
    if (before >= 0 && !room.some((t) => dims.states[t]?.kind === before)) return false;
  }
  return true;
}

export function searchPair(a: Side, b: Side, options: SearchOptions): PairSearch {
  const all = attendeeKinds([a.tables, b.tables]);
  const families = interchangeableKinds(all.kinds, options.maxAttendees);
  const kinds = families.kinds;
  const dims = dimensionsFor([a.tables, b.tables], kinds, options);
  const settings = settingsOf(dims);
  const viewA = policyView(a, 0, dims, kinds, settings);
  const viewB = policyView(b, 1, dims, kinds, settings);
  const K = OUTCOMES.length;
  const counts = new Array<number>(K * K).fill(0);
  // For each kind of difference, the smallest conference so far and its rank.
  const best = new Map<number, { rank: number; point: SearchPoint }>();
  let conferences = 0;
  for (let size = 1; size <= options.maxAttendees; size++) {
    for (const room of rooms(dims.states.length, size)) {
      if (!usesFamiliesInOrder(room, dims, families.previous)) continue;
      const rowA = viewA.row(room);
      const rowB = viewB.row(room);
      conferences += settings.length;
      settings.forEach((setting, i) => {
        const oa = viewA.outcome(rowA, room, setting, i);
        const ob = viewB.outcome(rowB, room, setting, i);
        if (oa === ob) return;
        const cell = oa * K + ob;
        counts[cell] = (counts[cell] ?? 0) + 1;
        // Smallest first: attendees, then the setting's own rank.
        const rank = size * 10_000 + setting.rank;
        const seen = best.get(cell);
        if (seen === undefined || rank < seen.rank) best.set(cell, { rank, point: pointAt([...room], setting) });
      });
    }
  }
  const cells = [...best].map(([cell, { rank, point }]) => ({ a: OUTCOMES[Math.floor(cell / K)] ?? "unresolved", b: OUTCOMES[cell % K] ?? "unresolved", n: counts[cell] ?? 0, rank, point }));
  const differing = cells.reduce((sum, c) => sum + c.n, 0);
  const differences = [...cells].sort((x, y) => y.n - x.n).map((c) => ({ a: c.a, b: c.b, conferences: c.n, share: conferences === 0 ? 0 : c.n / conferences }));
  const found = [...cells].sort((x, y) => x.rank - y.rank).map((c) => ({ a: c.a, b: c.b, point: c.point }));
  return { bounds: boundsOf(dims, kinds, [...all.leftOut, ...families.leftOut], options), conferences, differing, differences, found, dims, kinds };
}
