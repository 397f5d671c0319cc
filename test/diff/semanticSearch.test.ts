import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../runtime/evaluator.js";
import { policyTables } from "../../runtime/policyTables.js";
import { attendeeKinds } from "../../diff/semantic/attendeeKinds.js";
import { interchangeableKinds } from "../../diff/semantic/interchangeableKinds.js";
import { conferenceAt, DEFAULT_SEARCH, dimensionsFor, rooms } from "../../diff/semantic/searchSpace.js";
import { searchPair, usesFamiliesInOrder, type Side } from "../../diff/semantic/semanticDiff.js";
import { validateConference } from "../../runtime/validateConference.js";
import { boardIR, type Board } from "../helpers/conferences.js";

const side = (board: Board): Side => {
  const ir = boardIR(board);
  return { tables: policyTables(ir), evaluate: createEvaluator(ir) };
};

/** The same search with no answer reused: every conference decided by both evaluators. */
function bruteForce(a: Side, b: Side) {
  const families = interchangeableKinds(attendeeKinds([a.tables, b.tables]).kinds, DEFAULT_SEARCH.maxAttendees);
  const dims = dimensionsFor([a.tables, b.tables], families.kinds, DEFAULT_SEARCH);
  const counts = new Map<string, number>();
  let conferences = 0;
  for (let size = 1; size <= DEFAULT_SEARCH.maxAttendees; size++) {
    for (const room of rooms(dims.states.length, size)) {
      if (!usesFamiliesInOrder(room, dims, families.previous)) continue;
      for (const children of dims.children) for (const unborn of dims.unborn) for (const stance of dims.stances) {
        conferences++;
        const conference = conferenceAt({ room, children, unborn, stance }, dims, families.kinds);
        const oa = a.evaluate(conference).children[0]?.outcome;
        const ob = b.evaluate(conference).children[0]?.outcome;
        if (oa !== ob) counts.set(`${oa}|${ob}`, (counts.get(`${oa}|${ob}`) ?? 0) + 1);
      }
    }
  }
  return { conferences, counts };
}

describe("the semantic search", () => {
  // The pairs with the smallest spaces, covering groupings, agencies, individuals and an executive chair.
  const pairs: [Board, Board][] = [
    ["mid-and-west-wales", "wakefield"],
    ["south-ayrshire", "lancashire"],
    ["wakefield", "lancashire"],
    // Siblings, an unborn child, direct contact, per-school units and the waiver all vary here.
    ["cwm-taf-morgannwg", "lancashire"],
  ];
  for (const [x, y] of pairs) {
    it(`reuses answers only where they are exact: ${x} against ${y}`, () => {
      const a = side(x);
      const b = side(y);
      const found = searchPair(a, b, DEFAULT_SEARCH);
      const brute = bruteForce(a, b);
      expect(found.conferences).toBe(brute.conferences);
      expect(new Map(found.differences.map((d) => [`${d.a}|${d.b}`, d.conferences]))).toEqual(brute.counts);
    });
  }

  it("builds conferences that are valid input for both policies", () => {
    const a = side("cwm-taf-morgannwg");
    const b = side("mid-and-west-wales");
    const found = searchPair(a, b, DEFAULT_SEARCH);
    expect(found.found.length).toBeGreaterThan(0);
    for (const f of found.found) {
      const conference = conferenceAt(f.point, found.dims, found.kinds);
      for (const s of [a, b]) expect(validateConference(s.tables.ir, conference).ok).toBe(true);
    }
  });

  it("treats roles every policy reads alike as one kind, and says which it left out", () => {
    const found = searchPair(side("mid-and-west-wales"), side("cwm-taf-morgannwg"), DEFAULT_SEARCH);
    const health = found.bounds.roles.find((r) => r.standsFor.includes("health_visitor"));
    expect(health?.standsFor).toEqual(expect.arrayContaining(["school_nurse", "paediatric_nurse"]));
    expect(health?.standsFor).not.toContain("paediatrician");
    expect(found.bounds.rolesLeftOut.map((r) => r.role)).toContain("parent");
  });
});
