/**
 * The hand-written baselines in bench/baselines/ read the Cwm Taf Morgannwg and
 * Lancashire protocols directly; the evaluator reads the compiled policies. On generated
 * conferences both must reach the same verdict, through the explained evaluator and the
 * decisions-only path alike, and the decisions-only path must agree with the explained
 * evaluator under every bundled policy.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decideCwmTafMorgannwg } from "../../bench/baselines/cwmTafMorgannwg.js";
import { decideLancashire } from "../../bench/baselines/lancashire.js";
import type { Attendee, Conference, View } from "../../runtime/conference.js";
import type { DecisionResult, Verdict } from "../../runtime/decision.js";
import { createDecider, createEvaluator } from "../../runtime/evaluator.js";
import { validateConference } from "../../runtime/validateConference.js";
import { chairArbitrary } from "../helpers/chairArbitrary.js";
import { BOARDS, boardIR, type Board } from "../helpers/conferences.js";
import { cases } from "../helpers/sampleSize.js";

const RUNS = cases(2_500, 10_000);
const ROLES = boardIR("cwm-taf-morgannwg").roles.map((r) => r.id);
// Schools, health and social care weigh more, so that groupings gather several members,
// schools meet the sole-representative rule, and conferences are often quorate.
const COMMON_ROLES = ["primary_school", "secondary_school", "nursery", "health_visitor", "school_nurse", "paediatrician", "gp", "midwife", "children_social_worker", "family_support_worker", "police_officer", "adult_mental_health_practitioner", "other_agency"];
const ORGANISATIONS = ["North School", "South School", "Health Board", "Valley Surgery", "Barnardo's", "Children's Services"];
const REPRESENTS = ["child_health", "adult_health", "adult_social_services", "police"];
const CHOICES = ["register", "not_register"] as const;

/** Each practitioner's view on a child: the room's leaning for that child, or any view, or none. */
type Drawn = "lean" | View | "none";

function conferenceArb(): fc.Arbitrary<Conference> {
  return fc.integer({ min: 1, max: 3 }).chain((childCount) => {
    const children = Array.from({ length: childCount }, (_, i) => `c${i}`);
    const attendeeArb = fc.record(
      {
        role: fc.oneof(fc.constantFrom(...COMMON_ROLES), fc.constantFrom(...ROLES)),
        organisation: fc.constantFrom(...ORGANISATIONS),
        involvedWith: fc.subarray(children),
        nominatedLead: fc.boolean(),
        drawn: fc.array(fc.constantFrom<Drawn>("lean", "lean", "lean", "register", "not_register", "abstain", "none"), { minLength: childCount, maxLength: childCount }),
        represents: fc.constantFrom(...REPRESENTS),
      },
      { requiredKeys: ["role", "drawn"] },
    );
    return fc
      .record({
        children: fc.tuple(...children.map((id) => fc.record({ id: fc.constant(id), unborn: fc.boolean() }, { requiredKeys: ["id"] }))),
        leaning: fc.array(fc.constantFrom(...CHOICES), { minLength: childCount, maxLength: childCount }),
        attendees: fc.array(attendeeArb, { minLength: 1, maxLength: 12 }),
      })
      .chain(({ children: kids, leaning, attendees }) => {
        const withIds: Attendee[] = attendees.map(({ drawn, ...a }, i) => {
          const views: Record<string, View> = {};
          drawn.forEach((d, c) => {
            if (d !== "none") views[children[c] as string] = d === "lean" ? (leaning[c] as View) : d;
          });
          return { id: `a${i}`, ...a, views };
        });
        const ids = withIds.map((a) => a.id);
        const chairArb = chairArbitrary(children, ids);
        return fc.record({ children: fc.constant([...kids]), attendees: fc.constant(withIds), chair: chairArb }, { requiredKeys: ["children", "attendees"] });
      });
  });
}

function validated(board: Board, conference: Conference): Conference {
  const checked = validateConference(boardIR(board), conference);
  if (!checked.ok) throw new Error(`generated an invalid conference: ${JSON.stringify(checked.problems)}`);
  return checked.conference;
}

function verdictsOf(result: DecisionResult): Verdict[] {
  return result.children.map((c) => ({ child: c.child, quorumMet: c.quorum.met, outcome: c.outcome, decidedBy: c.decidedBy ?? null, tally: c.tally }));
}

const BASELINES = [
  ["cwm-taf-morgannwg", decideCwmTafMorgannwg, ["register", "not_register", "not_quorate", "chair_decision_required", "unresolved"], ["consensus", "majority", "chair_casting"]],
  ["lancashire", decideLancashire, ["register", "not_register", "chair_decision_required"], ["consensus", "majority", "chair_casting", "chair_override"]],
] as const;

describe.each(BASELINES)("the hand-written baseline for %s", (board, baseline, outcomes, deciders) => {
  it(`agrees with the explained evaluator and the decisions-only path on ${RUNS.toLocaleString("en-GB")} generated conferences, reaching every outcome`, () => {
    const explain = createEvaluator(boardIR(board));
    const decide = createDecider(boardIR(board));
    const seen = new Map<string, number>();
    const tally = (key: string) => seen.set(key, (seen.get(key) ?? 0) + 1);
    fc.assert(
      fc.property(conferenceArb(), (generated) => {
        const conference = validated(board, generated);
        const expected = baseline(conference);
        const explained = explain(conference);
        expect(verdictsOf(explained)).toEqual(expected);
        for (const c of explained.children) if (c.quorum.waived) tally("waived");
        expect(decide(conference)).toEqual(expected);
        for (const v of expected) {
          tally(v.outcome);
          tally(`by ${v.decidedBy ?? "none"}`);
          tally(v.quorumMet ? "quorate" : "inquorate");
        }
      }),
      { numRuns: RUNS, seed: 20261124 },
    );
    // Agreement means something only if the generator reaches each way a conference can end.
    for (const outcome of outcomes) expect(seen.get(outcome) ?? 0, outcome).toBeGreaterThanOrEqual(50);
    for (const by of deciders) expect(seen.get(`by ${by}`) ?? 0, by).toBeGreaterThanOrEqual(50);
    if (board === "cwm-taf-morgannwg") expect(seen.get("waived") ?? 0, "quorum waived by the chair").toBeGreaterThanOrEqual(50);
  });
});

describe.each(BOARDS)("the decisions-only path under %s", (board) => {
  it("gives the explained evaluator's verdict on generated conferences", () => {
    const explain = createEvaluator(boardIR(board));
    const decide = createDecider(boardIR(board));
    fc.assert(
      fc.property(conferenceArb(), (generated) => {
        const conference = validated(board, generated);
        expect(decide(conference)).toEqual(verdictsOf(explain(conference)));
      }),
      { numRuns: cases(500, 2_000), seed: 20261125 },
    );
  });
});
