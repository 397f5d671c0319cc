/**
 * Scenario tests for a policy: a conference and what the protocol says it should decide
 * for each child. A board writes them from its own text, each naming the clause it
 * exercises, and `quorate test` runs them. This file holds the format (a zod schema,
 * published as schemas/scenarios.schema.json) and the comparison of expected with actual.
 */
import { z } from "zod";
import { Conference } from "./conference.js";
import { DecidedBy, Outcome, type ChildDecision, type NotApplied } from "./decision.js";
import { deadlineInWords } from "./obligations.js";

export const ExpectedChild = z
  .strictObject({
    outcome: Outcome,
    decidedBy: DecidedBy.nullable().optional().meta({ description: "null: no decision was reached by anyone." }),
    quorum: z.enum(["met", "waived", "not_met"]).optional(),
    tally: z.strictObject({ register: z.number().int().nonnegative(), not_register: z.number().int().nonnegative(), abstain: z.number().int().nonnegative() }).optional(),
    units: z.record(z.string(), z.enum(["register", "not_register", "abstain", "unresolved"])).optional().meta({ description: "The view of each unit named (others are not checked); a unit named here must vote on the child." }),
    dissent: z.array(z.string()).optional().meta({ description: "The dissenting units, exactly (order does not matter)." }),
    obligations: z.array(z.string()).optional().meta({ description: "The kinds of duty triggered, exactly (order and repeats do not matter)." }),
    notApplied: z.array(z.string()).optional().meta({ description: "The chair's inputs not applied, by JSON path, exactly." }),
    categoriesValid: z.boolean().optional(),
    concernsValid: z.boolean().optional(),
    dissenters: z.array(z.string()).optional().meta({ description: "The attendees who disagree with the decision or record a dissent, exactly (order does not matter)." }),
    routes: z.array(z.string()).optional().meta({ description: "The escalation and appeal routes open after the decision (opened by an event, or open on request), by route id, exactly (order does not matter)." }),
    routeStarters: z
      .record(z.string(), z.array(z.string()))
      .optional()
      .meta({ description: "For each route named, the attendees present who may start it, exactly (order does not matter); a route named here must be open." }),
    deadlines: z
      .record(z.string(), z.string())
      .optional()
      .meta({ description: "For each kind of duty named, its deadline in words as `quorate eval` writes it (`within 10 working days`; `none` for a duty with no deadline); a duty named here must be triggered. Two duties of one kind give their deadlines joined by `; `." }),
  })
  .meta({ id: "ExpectedChild" });
export type ExpectedChild = z.infer<typeof ExpectedChild>;

export const Scenario = z
  .strictObject({
    name: z.string().min(1).max(300),
    clause: z.string().min(1).max(1000).meta({ description: "The clause of the protocol the scenario exercises." }),
    conference: z.union([Conference, z.string().min(1)]).meta({ description: "The conference, or the path of a conference file beside the scenario file." }),
    expect: z.record(z.string().min(1), ExpectedChild).meta({ description: "What the policy decides for each child named, by child id: at least one child (`quorate test` refuses a scenario that expects nothing)." }),
  })
  .meta({ id: "Scenario" });
export type Scenario = z.infer<typeof Scenario>;

export const ScenarioFile = z
  .strictObject({
    $schema: z.string().optional(),
    policy: z.string().min(1).meta({ description: "The policy the scenarios test, relative to this file." }),
    scenarios: z.array(Scenario).min(1),
  })
  .meta({ id: "QuorateScenarios", title: "Quorate scenario tests", description: "Conferences and what a board's policy should decide for them." });
export type ScenarioFile = z.infer<typeof ScenarioFile>;

export function scenariosJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ScenarioFile, { target: "draft-2020-12" }) as Record<string, unknown>;
}

export interface Mismatch {
  child: string;
  field: string;
  expected: string;
  actual: string;
}

const sortedSet = (items: readonly string[]) => [...new Set(items)].sort();
const listText = (items: readonly string[]) => (items.length === 0 ? "(none)" : items.join(", "));

function quorumWord(decision: ChildDecision): "met" | "waived" | "not_met" {
  if (decision.quorum.waived) return "waived";
  return decision.quorum.met ? "met" : "not_met";
}

/**
 * Every way the decision for one child differs from what the scenario expects.
 * `conferenceNotApplied` holds the inputs about the whole conference that were not
 * applied; they count among the child's for `notApplied`.
 */
export function compareChild(child: string, expected: ExpectedChild, actual: ChildDecision, conferenceNotApplied: readonly NotApplied[] = []): Mismatch[] {
  const out: Mismatch[] = [];
  const differs = (field: string, want: string, got: string) => {
    if (want !== got) out.push({ child, field, expected: want, actual: got });
  };
  differs("outcome", expected.outcome, actual.outcome);
  if (expected.decidedBy !== undefined) differs("decidedBy", expected.decidedBy ?? "(nobody)", actual.decidedBy ?? "(nobody)");
  if (expected.quorum !== undefined) differs("quorum", expected.quorum, quorumWord(actual));
  if (expected.tally !== undefined) {
    const t = actual.tally;
    differs("tally", `${expected.tally.register} register, ${expected.tally.not_register} not register, ${expected.tally.abstain} abstain`, `${t.register} register, ${t.not_register} not register, ${t.abstain} abstain`);
  }
  const unitsExpected = Object.entries(expected.units ?? {});
  const unitOf = unitsExpected.length === 0 ? null : new Map(actual.units.map((u) => [u.unit, u]));
  for (const [unit, view] of unitsExpected) {
    const found = unitOf?.get(unit);
    differs(`units.${unit}`, view, found === undefined ? "(does not vote on this child)" : (found.view ?? "unresolved"));
  }
  if (expected.dissent !== undefined) differs("dissent", listText(sortedSet(expected.dissent)), listText(sortedSet(actual.dissent)));
  if (expected.obligations !== undefined) differs("obligations", listText(sortedSet(expected.obligations)), listText(sortedSet(actual.obligations.map((o) => o.kind))));
  if (expected.notApplied !== undefined) differs("notApplied", listText(sortedSet(expected.notApplied)), listText(sortedSet([...conferenceNotApplied, ...actual.notApplied].map((n) => n.input))));
  if (expected.categoriesValid !== undefined) differs("categoriesValid", String(expected.categoriesValid), actual.categories === null ? "(not registered)" : String(actual.categories.valid));
  if (expected.concernsValid !== undefined) differs("concernsValid", String(expected.concernsValid), actual.concerns === null ? "(not registered, or the policy lists no areas of concern)" : String(actual.concerns.valid));
  if (expected.dissenters !== undefined) differs("dissenters", listText(sortedSet(expected.dissenters)), listText(sortedSet(actual.dissenters.map((d) => d.attendee))));
  if (expected.routes !== undefined) differs("routes", listText(sortedSet(expected.routes)), listText(sortedSet(actual.routes.map((r) => r.route))));
  for (const [route, starters] of Object.entries(expected.routeStarters ?? {})) {
    const found = actual.routes.find((r) => r.route === route);
    differs(`routeStarters.${route}`, listText(sortedSet(starters)), found === undefined ? "(the route is not open)" : listText(sortedSet(found.mayStart)));
  }
  for (const [kind, words] of Object.entries(expected.deadlines ?? {})) {
    const duties = actual.obligations.filter((o) => o.kind === kind);
    differs(`deadlines.${kind}`, words, duties.length === 0 ? "(no such duty)" : duties.map((o) => deadlineInWords(o.deadline) || "none").join("; "));
  }
  return out;
}
