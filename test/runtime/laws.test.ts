/**
 * Laws every board's evaluator obeys, checked with fast-check on generated conferences
 * under all five bundled policies.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Attendee, Conference } from "../../runtime/conference.js";
import type { ChildDecision, DecisionResult } from "../../runtime/decision.js";
import { Outcome } from "../../runtime/decision.js";
import { createEvaluator } from "../../runtime/evaluator.js";
import { compileSchema, validateConference } from "../../runtime/validateConference.js";
import { decisionJsonSchema } from "../../runtime/decision.js";
import { chairArbitrary } from "../helpers/chairArbitrary.js";
import { BOARDS, boardIR } from "../helpers/conferences.js";

const RUNS = 150;
const VIEWS = ["register", "not_register", "abstain"] as const;
const ROLES = boardIR("wakefield").roles.map((r) => r.id);
// Groupings some policy offers as a choice; others ignore `represents`.
const REPRESENTS = ["child_health", "adult_health", "adult_social_services", "police"];

function conferenceArb(): fc.Arbitrary<Conference> {
  return fc.integer({ min: 1, max: 3 }).chain((childCount) => {
    const children = Array.from({ length: childCount }, (_, i) => `c${i}`);
    const perChild = <T>(value: fc.Arbitrary<T>) => fc.dictionary(fc.constantFrom(...children), value, { maxKeys: childCount });
    const attendeeArb = fc.record(
      {
        role: fc.constantFrom(...ROLES),
        organisation: fc.constantFrom("North School", "South School", "Health Board", "Barnardo's"),
        involvedWith: fc.subarray(children),
        nominatedLead: fc.boolean(),
        views: perChild(fc.constantFrom(...VIEWS)),
        represents: fc.constantFrom(...REPRESENTS),
        writtenReport: fc.boolean(),
      },
      { requiredKeys: ["role", "views"] },
    );
    return fc
      .record({
        children: fc.tuple(...children.map((id) => fc.record({ id: fc.constant(id), unborn: fc.boolean() }, { requiredKeys: ["id"] }))),
        attendees: fc.array(attendeeArb, { maxLength: 12 }),
      })
      .chain(({ children: kids, attendees }) => {
        const withIds: Attendee[] = attendees.map((a, i) => ({ id: `a${i}`, ...a }));
        const ids = withIds.map((a) => a.id);
        const chairArb = chairArbitrary(children, ids);
        const categoriesArb = perChild(fc.record({ primary: fc.constantFrom("neglect", "physical", "financial"), secondary: fc.subarray(["emotional", "sexual"]) }, { requiredKeys: [] }));
        return fc.record({ children: fc.constant([...kids]), attendees: fc.constant(withIds), chair: chairArb, categories: categoriesArb }, { requiredKeys: ["children", "attendees"] });
      });
  });
}

/** What a decision is, apart from wording, order and the positions of inputs. */
function essence(d: ChildDecision) {
  return {
    child: d.child,
    outcome: d.outcome,
    decidedBy: d.decidedBy,
    quorum: d.quorum,
    tally: d.tally,
    units: d.units.map((u) => `${u.unit}=${u.view ?? "unresolved"}/${u.by ?? "-"}/${[...u.members].sort().join("+")}`).sort(),
    unresolved: [...d.unresolved].sort(),
    dissent: [...d.dissent].sort(),
    categories: d.categories,
    obligations: d.obligations.map((o) => `${o.trigger}:${o.kind}:${o.line}`).sort(),
  };
}

const essences = (r: DecisionResult) => r.children.map(essence);
const evaluators = new Map(BOARDS.map((b) => [b, createEvaluator(boardIR(b))]));
const validDecision = compileSchema(decisionJsonSchema());

function decideUnder(board: (typeof BOARDS)[number], conference: Conference): DecisionResult {
  const checked = validateConference(boardIR(board), conference);
  if (!checked.ok) throw new Error(`generated an invalid conference: ${JSON.stringify(checked.problems)}`);
  const decide = evaluators.get(board);
  if (!decide) throw new Error(board);
  return decide(checked.conference);
}

describe.each(BOARDS)("laws of the evaluator under %s", (board) => {
  const ir = boardIR(board);

  it("evaluation is total and deterministic: every schema-valid conference gets one defined outcome per child, the same each time", () => {
    fc.assert(
      fc.property(conferenceArb(), (conference) => {
        const first = decideUnder(board, conference);
        expect(validDecision(first), JSON.stringify(validDecision.errors)).toBe(true);
        expect(first.children.map((c) => c.child)).toEqual(conference.children.map((c) => c.id));
        for (const child of first.children) expect(Outcome.options).toContain(child.outcome);
        expect(decideUnder(board, structuredClone(conference))).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  });

  it("the order in which attendees are listed never changes a decision", () => {
    const withOrder = conferenceArb().chain((conference) => fc.tuple(fc.constant(conference), fc.shuffledSubarray(conference.attendees, { minLength: conference.attendees.length })));
    fc.assert(
      fc.property(withOrder, ([conference, shuffled]) => {
        expect(essences(decideUnder(board, { ...conference, attendees: shuffled }))).toEqual(essences(decideUnder(board, conference)));
      }),
      { numRuns: RUNS },
    );
  });

  it("adding an attendee who does not vote never changes a decision", () => {
    // A non-voting attendee still counts where the quorum requires them, or counts everyone present.
    const required = (r: (typeof ir.roles)[number]) =>
      ir.quorum.requirements.some((q) => (q.selector.kind === "role" && q.selector.ids.includes(r.id)) || (q.selector.kind === "agency" && r.agency !== null && q.selector.ids.includes(r.agency)) || q.selector.kind === "grouping") ||
      (r.practitioner && ir.quorum.counts.some((c) => c.counting === "present"));
    const silentRoles = ir.roles.filter((r) => r.vote?.status === "not_voting" && !required(r)).map((r) => r.id);
    const withExtra = conferenceArb().chain((conference) =>
      fc.tuple(
        fc.constant(conference),
        fc.constantFrom(...silentRoles),
        fc.dictionary(fc.constantFrom(...conference.children.map((c) => c.id)), fc.constantFrom(...VIEWS)),
        fc.nat({ max: conference.attendees.length }),
      ),
    );
    fc.assert(
      fc.property(withExtra, ([conference, role, views, at]) => {
        const attendees = [...conference.attendees];
        attendees.splice(at, 0, { id: "extra", role, views, nominatedLead: true });
        const before = decideUnder(board, conference).children;
        const after = decideUnder(board, { ...conference, attendees }).children;
        // Obligations may follow from anyone's dissent (South Ayrshire), so compare the decisions themselves.
        const decision = (d: ChildDecision) => {
          const { obligations: _obligations, ...rest } = essence(d);
          return rest;
        };
        expect(after.map(decision)).toEqual(before.map(decision));
      }),
      { numRuns: RUNS },
    );
  });

  // South Ayrshire's chair decides executively, so this law is for the four majority boards only.
  if (ir.decision.rule === "majority") it("under a majority rule, a practitioner changing to `register` never turns `register` into `not_register`", () => {
    const withSwitch = conferenceArb().chain((conference) => fc.tuple(fc.constant(conference), fc.nat(), fc.nat()));
    fc.assert(
      fc.property(withSwitch, ([conference, pickAttendee, pickChild]) => {
        // A pure majority: no chair override or deferral to set it aside.
        const chair = { ...conference.chair };
        delete chair.override;
        delete chair.defer;
        const base = { ...conference, chair };
        const child = conference.children[pickChild % conference.children.length]?.id ?? "c0";
        const against = base.attendees.filter((a) => a.views?.[child] === "not_register");
        const target = against[pickAttendee % Math.max(1, against.length)];
        fc.pre(target !== undefined);
        const switched = { ...base, attendees: base.attendees.map((a) => (a === target ? { ...a, views: { ...a.views, [child]: "register" as const } } : a)) };
        const before = decideUnder(board, base).children.find((c) => c.child === child);
        const after = decideUnder(board, switched).children.find((c) => c.child === child);
        if (before?.outcome === "register") expect(after?.outcome).not.toBe("not_register");
      }),
      { numRuns: RUNS },
    );
  });
});
