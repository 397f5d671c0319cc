/**
 * The bounded space of conferences the semantic search covers, and how one point of it
 * becomes a conference file. A point is a room (a multiset of attendees, each a kind with
 * a view and an involvement), a number of children, whether the child is unborn, and a
 * chair's stance. Only the dimensions some compared policy reads are varied: if no policy
 * asks whether an attendee knows the child, every attendee does.
 *
 * Children are decided one by one: a child's decision reads only that child's views,
 * involvement and chair inputs, plus whether the conference has siblings. So a point
 * describes one child; with two children the sibling mirrors it, and the two-child point
 * covers every per-child difference a conference with siblings can show.
 */
import { agencyMinimum, unbornRoles } from "./quorumReading.js";
import type { Conference, View } from "../../runtime/conference.js";
import type { PolicyTables } from "../../runtime/policyTables.js";
import type { AttendeeKind } from "./attendeeKinds.js";

export interface SearchOptions {
  /** Most practitioners in a room (at least 1). */
  maxAttendees: number;
  /** Most attendees from one group of kinds that share a unit, a counted agency or a sole-representative rule. */
  maxPerGroup: number;
  /** Whether to try conferences with two children (only varied where a policy has a sibling rule). */
  siblings: boolean;
  /** Whether to try attendees marked as nominated lead (only varied where a policy says a lead speaks). */
  nominatedLeads: boolean;
  /** The most classes of rooms a search may hold at once (MOST_ROOM_CLASSES unless a test says otherwise). */
  mostRoomClasses?: number;
}

/**
 * The most classes of rooms (rooms alike to both policies) a search holds at once. Memory
 * grows with them, about 1 GB for a million (Cwm Taf Morgannwg against Mid and West Wales
 * at 24 attendees, 3 per group); past this the search stops and says so, rather than
 * run for minutes and exhaust a small machine.
 */
export const MOST_ROOM_CLASSES = 400_000;

/** A search whose bounds would take more memory than it may use. */
export class SearchTooLarge extends Error {
  constructor(readonly classes: number) {
    super(`the search met more than ${MOST_ROOM_CLASSES.toLocaleString("en-GB")} kinds of room`);
  }
}

/** The most attendees a search may try (16 takes seconds per pair; the time grows polynomially). */
export const MOST_ATTENDEES_SEARCHED = 24;
/** The most attendees from one group a search may try: every room of a group is met one by one. */
export const MOST_PER_GROUP_SEARCHED = 4;

export const DEFAULT_SEARCH: SearchOptions = { maxAttendees: 4, maxPerGroup: 3, siblings: true, nominatedLeads: false };

export const VIEWS: readonly View[] = ["register", "not_register", "abstain"];

export interface AttendeeState {
  kind: number;
  view: View;
  involved: boolean;
  lead: boolean;
}

export interface Stance {
  words: string;
  decides: "register" | "not_register" | null;
  override: boolean;
  authorised: boolean;
  proceed: boolean;
  defer: boolean;
}

export interface Dimensions {
  states: AttendeeState[];
  children: number[];
  unborn: boolean[];
  stances: Stance[];
  involvement: boolean;
  leads: boolean;
}

function stancesFor(policies: readonly PolicyTables[]): Stance[] {
  const anyOverride = policies.some((t) => t.ir.decision.override !== null);
  const needsAuthority = policies.some((t) => t.ir.decision.override?.requiresAuthorisation === true);
  const anyWaiver = policies.some((t) => t.ir.quorum.waivers.length > 0);
  const anyDeferral = policies.some((t) => t.ir.decision.deferral !== null);
  const none: Stance = { words: "the chair gives no input", decides: null, override: false, authorised: false, proceed: false, defer: false };
  const stances = [none];
  for (const decides of ["register", "not_register"] as const) {
    const words = decides === "register" ? "register" : "not register";
    const powers = [`decides ${words} where the decision is the chair's`];
    if (anyOverride) powers.push(`overrides the conference to ${words}${needsAuthority ? " with the board's authority" : ""}`);
    if (anyWaiver) powers.push("proceeds without a quorum where allowed");
    stances.push({ words: `the chair ${powers.join(", ")}`, decides, override: anyOverride, authorised: needsAuthority, proceed: anyWaiver, defer: false });
    if (needsAuthority) stances.push({ words: `the chair decides or overrides to ${words} without the board's authority`, decides, override: true, authorised: false, proceed: anyWaiver, defer: false });
  }
  if (anyDeferral) stances.push({ ...none, words: "the chair defers the decision", defer: true });
  return stances;
}

export function dimensionsFor(policies: readonly PolicyTables[], kinds: readonly AttendeeKind[], options: SearchOptions): Dimensions {
  const siblingRule = options.siblings && policies.some((t) => t.ir.eligibility.whenSiblingsDisagree !== null);
  const involvement = policies.some((t) => {
    const { eligibility } = t.ir;
    return agencyMinimum(t.ir)?.directContact === true || eligibility.default === "involved_units" || eligibility.onlyInvolved.length > 0 || (siblingRule && eligibility.whenSiblingsDisagree !== null);
  });
  const leads = options.nominatedLeads && policies.some((t) => t.ir.voting.nominatedLead !== null);
  const states: AttendeeState[] = [];
  kinds.forEach((_, kind) => {
    for (const view of VIEWS) for (const involved of involvement ? [true, false] : [true]) for (const lead of leads ? [false, true] : [false]) states.push({ kind, view, involved, lead });
  });
  return {
    states,
    children: siblingRule ? [1, 2] : [1],
    unborn: policies.some((t) => unbornRoles(t.ir).length > 0) ? [false, true] : [false],
    stances: stancesFor(policies),
    involvement,
    leads,
  };
}

export interface SearchPoint {
  room: readonly number[];
  children: number;
  unborn: boolean;
  stance: Stance;
}

const REASON = "the chair's judgement (a search case)";

/** The conference file for a point of the search, in the DESIGN.md §4 format. */
export function conferenceAt(point: SearchPoint, dims: Dimensions, kinds: readonly AttendeeKind[]): Conference {
  const childIds = point.children === 1 ? ["child_1"] : ["child_1", "child_2"];
  const children = childIds.map((id, i) => (i === 0 && point.unborn ? { id, unborn: true } : { id }));
  const attendees = point.room.map((index, i) => {
    const state = dims.states[index];
    const kind = state ? kinds[state.kind] : undefined;
    if (!state || !kind) throw new Error(`no attendee state ${index}`);
    const views = Object.fromEntries(childIds.map((c) => [c, state.view]));
    return {
      id: `a${i + 1}`,
      role: kind.role,
      organisation: `Organisation ${i + 1}`,
      ...(state.involved ? {} : { involvedWith: [] }),
      ...(state.lead ? { nominatedLead: true } : {}),
      ...(kind.represents !== null ? { represents: kind.represents } : {}),
      ...(kind.writtenReport ? { writtenReport: true } : {}),
      views,
    };
  });
  const admits = point.room.flatMap((index, i) => (kinds[dims.states[index]?.kind ?? -1]?.admitted ? [`a${i + 1}`] : []));
  const { stance } = point;
  const each = <T>(value: T) => Object.fromEntries(childIds.map((c) => [c, value]));
  const chair: NonNullable<Conference["chair"]> = {
    ...(stance.decides !== null ? { decides: each(stance.decides) } : {}),
    ...(stance.override && stance.decides !== null ? { override: each({ outcome: stance.decides, reason: REASON }) } : {}),
    ...(stance.authorised ? { authorisedToOverride: true } : {}),
    ...(admits.length > 0 ? { admits } : {}),
    ...(stance.proceed ? { proceedWithoutQuorum: { reason: REASON } } : {}),
    ...(stance.defer ? { defer: each({ reason: REASON }) } : {}),
  };
  return { children, attendees, ...(Object.keys(chair).length > 0 ? { chair } : {}) };
}

/** Every multiset of `size` states, as non-decreasing index lists: attendee order never changes a decision. */
export function* rooms(stateCount: number, size: number): Generator<number[]> {
  const room = new Array<number>(size).fill(0);
  if (size === 0) {
    yield [];
    return;
  }
  if (stateCount === 0) return;
  for (;;) {
    yield room;
    let i = size - 1;
    while (i >= 0 && room[i] === stateCount - 1) i--;
    if (i < 0) return;
    const next = (room[i] ?? 0) + 1;
    for (let j = i; j < size; j++) room[j] = next;
  }
}
