/**
 * `countSeats` is `countUnits` for units that are all seats (a policy whose practitioners
 * all vote alone), kept apart only for speed: the two must count alike.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Seat } from "../../runtime/attendance.js";
import type { View } from "../../runtime/conference.js";
import { countSeats, countUnits, type UnitCount } from "../../runtime/votingUnits.js";

const VIEWS: readonly View[] = ["register", "not_register", "abstain"];

function seat(id: string, views: Record<string, View> | null): Seat {
  return { id, attendee: { id, role: "social_worker" }, rule: null as unknown as Seat["rule"], involvedWith: null, lead: false, views, takesPart: true, unitKey: id, unitKind: "individual", unitId: id, unitLabel: "", organisation: null };
}

function freshCount(): UnitCount {
  return { register: 9, not_register: 9, abstain: 9, unresolved: 9, consensus: "register", viewGiven: false };
}

describe("countSeats", () => {
  it("counts every list of seats as countUnits does, with and without the consensus", () => {
    const viewsArb = fc.option(fc.dictionary(fc.constantFrom("c1", "c2"), fc.constantFrom(...VIEWS), { maxKeys: 2 }), { nil: null });
    fc.assert(
      fc.property(fc.array(viewsArb, { maxLength: 10 }), fc.constantFrom("c1", "c2"), fc.boolean(), (views, child, consensus) => {
        const seats = views.map((v, i) => seat(`a${i}`, v));
        const bySeats = freshCount();
        const byUnits = freshCount();
        countSeats(seats, child, bySeats, consensus);
        countUnits(seats, child, byUnits, consensus);
        expect(bySeats).toEqual(byUnits);
      }),
      { numRuns: 300 },
    );
  });

  it("finds the consensus the seats share, and none where two differ", () => {
    const count = freshCount();
    countSeats([seat("a1", { c1: "register" }), seat("a2", null), seat("a3", { c1: "abstain" }), seat("a4", { c1: "register" })], "c1", count, true);
    expect(count).toEqual({ register: 2, not_register: 0, abstain: 2, unresolved: 0, consensus: "register", viewGiven: true });
    countSeats([seat("a1", { c1: "register" }), seat("a2", { c1: "not_register" })], "c1", count, true);
    expect(count).toMatchObject({ register: 1, not_register: 1, consensus: null, viewGiven: true });
  });
});
