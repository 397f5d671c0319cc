/**
 * What the runtime answers: for each child, whether the conference was quorate, which
 * units voted and how, what was decided and by whom, who dissented, whether the
 * categories are valid, which duties follow, and a trace of every step with the clause
 * it rests on. The shape is the contract of DESIGN.md §4, extended; the JSON Schema in
 * `schemas/decision.schema.json` is generated from this file.
 */
import { z } from "zod";
import { ActionId, Deadline, EventId, Period } from "../compiler/ir.js";
import { View } from "./conference.js";
import { DECIDERS, DECISION_FORMAT, OUTCOMES } from "./outcomes.js";

export { DECISION_FORMAT };

export const Outcome = z
  .enum(OUTCOMES)
  .meta({
    description:
      "`unresolved`: the vote turns on units whose members disagree with no one nominated lead to speak for them, and the policy does not give that decision to the chair. `protocol_silent`: the protocol does not say how this decision is reached (the trace cites the silence), so Quorate reaches none.",
  });
export type Outcome = z.infer<typeof Outcome>;
export const DecidedBy = z
  .enum(DECIDERS)
  .meta({ description: "`chair_casting`: the chair decides a tie, or where no majority can be found. `chair_no_consensus`: the chair decides where the conference reaches no consensus, without a vote." });
export type DecidedBy = z.infer<typeof DecidedBy>;

export const TraceStep = z
  .strictObject({
    step: z.enum(["attendance", "quorum", "eligibility", "consensus", "units", "vote", "tie_break", "chair", "override", "deferral", "chair_input", "categories", "concerns", "dissent", "obligations", "routes"]),
    detail: z.string(),
    cite: z.string().nullable().meta({ description: "The clause of the protocol the step rests on; null where the policy cites none or Quorate applies its own documented default." }),
    line: z.number().int().positive().nullable().meta({ description: "The line of the policy the step rests on." }),
    file: z.string().nullable(),
    default: z.string().optional().meta({ description: "Where the step rests on a rule Quorate supplies because the policy states none: the code of the note `quorate check` shows for it (Q086–Q089)." }),
  })
  .meta({ id: "TraceStep" });
export type TraceStep = z.infer<typeof TraceStep>;

export const UnitResult = z
  .strictObject({
    unit: z.string().meta({ description: "The unit's key: a grouping or agency id, `<id>@<organisation>` where each organisation votes, or the attendee id where individuals vote." }),
    kind: z.enum(["grouping", "agency", "individual"]),
    label: z.string(),
    organisation: z.string().nullable(),
    members: z.array(z.string()).meta({ description: "The attendees who form the unit for this child." }),
    view: View.nullable().meta({ description: "The unit's one view; null when its members disagree and no nominated lead speaks for it." }),
    by: z.string().nullable().meta({ description: "The attendee whose view the unit gives: its nominated lead or its only member; null when several members agree." }),
    involved: z.boolean().meta({ description: "Whether a member has direct contact with the child." }),
  })
  .meta({ id: "UnitResult" });
export type UnitResult = z.infer<typeof UnitResult>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * A deadline's date, where the conference gives its date (`date`, and `time` for hours):
 * counted as runtime/dueDates.ts describes, on the working days of the policy's
 * jurisdiction. Absent when the conference gives no date or the duty has no deadline.
 */
const DueFields = {
  due: IsoDate.nullable().optional().meta({ description: "The date the duty falls due (YYYY-MM-DD); for a repeated duty, the first. Null where it cannot be dated: `dueNote` says why." }),
  dueTime: z.string().regex(/^\d{2}:\d{2}$/).optional().meta({ description: "The time it falls due, for a deadline in hours from a conference whose time is given." }),
  provisional: z.literal(true).optional().meta({ description: "The date counts working days in a year whose public holidays are not yet confirmed." }),
  dueNote: z.string().optional().meta({ description: "Why there is no date, or why it is provisional." }),
};

export const InForce = z
  .strictObject({
    date: IsoDate.nullable().meta({ description: "The conference's date; null where it gives none." }),
    time: z.string().nullable(),
    calendar: z.string().nullable().meta({ description: "Whose working days the due dates count (`England and Wales`, `Scotland`…); null where the policy names no jurisdiction." }),
    closures: z.number().int().nonnegative().meta({ description: "Closures declared beside the public holidays (each one day or a run of days), by the policy or a calendar file." }),
    version: z
      .strictObject({ label: z.string().nullable(), effective: IsoDate.nullable(), review: z.string().nullable(), file: z.string().nullable() })
      .nullable()
      .meta({ description: "The version of the policy the conference is decided under: its label, the date it came into force, its review date and its file." }),
    notes: z.array(z.string()).meta({ description: "What the reader should know: a conference dated before the first version or past a review date, holidays not yet confirmed, a deadline that cannot be dated." }),
  })
  .meta({ id: "InForce", description: "The conference's date, the calendar its deadlines are counted on, and the version of the policy in force." });
export type InForce = z.infer<typeof InForce>;

export const ObligationResult = z
  .strictObject({
    kind: ActionId,
    trigger: EventId,
    description: z.string().nullable(),
    to: z.string().nullable(),
    deadline: Deadline.nullable(),
    ...DueFields,
    units: z.array(z.string()).optional().meta({ description: "For an action that lists dissenters: the units that dissented." }),
    attendees: z.array(z.string()).optional().meta({ description: "The people concerned: those whose disagreement or dissent triggered the duty, or, for an action that lists dissenters, everyone who dissented." }),
    cite: z.string().nullable(),
    line: z.number().int().positive(),
    file: z.string(),
  })
  .meta({ id: "ObligationResult" });
export type ObligationResult = z.infer<typeof ObligationResult>;

export const NotApplied = z
  .strictObject({
    input: z.string().meta({ description: "The JSON path of the chair's input that was not applied." }),
    reason: z.string(),
    cite: z.string().nullable(),
    line: z.number().int().positive().nullable(),
    file: z.string().nullable(),
  })
  .meta({ id: "NotApplied" });
export type NotApplied = z.infer<typeof NotApplied>;

export const Dissenter = z
  .strictObject({
    attendee: z.string(),
    role: z.string(),
    view: View.nullable().meta({ description: "The view the attendee gave on the child; null when they gave none." }),
    level: z.enum(["formal", "reservation"]).nullable().meta({ description: "The dissent the attendee recorded; null where they only gave a differing view." }),
  })
  .meta({ id: "Dissenter", description: "Someone who disagrees with the decision: their view differs from it, or they record a dissent." });
export type Dissenter = z.infer<typeof Dissenter>;

export const RouteResult = z
  .strictObject({
    route: z.string(),
    kind: z.enum(["escalation", "appeal"]),
    label: z.string(),
    opened: z.boolean().meta({ description: "An event of the conference opened the route; false: it is open on request to those who may start it." }),
    openedBy: z.array(z.string()).meta({ description: "The attendees whose disagreement or dissent opened the route." }),
    mayStart: z.array(z.string()).meta({ description: "The attendees present who may start the route." }),
    startWithin: Period.nullable(),
    startBy: IsoDate.nullable().optional().meta({ description: "The last day to start the route, counted from the conference (`startWithin`), where the conference gives its date." }),
    startByNote: z.string().optional(),
    grounds: z.array(z.string()),
    approval: z.string().nullable(),
    meanwhile: z.enum(["stands", "suspended"]).nullable().meta({ description: "What becomes of the decision while the route runs; null where the protocol does not say." }),
    stages: z
      .array(z.strictObject({ to: z.string(), deadline: Deadline.nullable(), ...DueFields, cite: z.string().nullable(), line: z.number().int().positive() }))
      .meta({ description: "The stages in order. Where the conference gives its date, each stage's `due` is the latest it can fall: counted from the latest start of the route (or the conference), and each later stage from the due date of the one before." }),
    cite: z.string().nullable(),
    line: z.number().int().positive(),
    file: z.string(),
  })
  .meta({ id: "RouteResult" });
export type RouteResult = z.infer<typeof RouteResult>;

const ListCheck = z.strictObject({ primary: z.string().nullable(), secondary: z.array(z.string()), unranked: z.array(z.string()), valid: z.boolean(), problems: z.array(z.string()) });
export type ListCheck = z.infer<typeof ListCheck>;

/** How many voting units gave each view. */
const Tally = z.strictObject({ register: z.number().int().nonnegative(), not_register: z.number().int().nonnegative(), abstain: z.number().int().nonnegative() });

export const ChildDecision = z
  .strictObject({
    child: z.string(),
    unborn: z.boolean(),
    quorum: z.strictObject({
      met: z.boolean().meta({ description: "The conference may decide for this child: its quorum was met, or waived." }),
      waived: z.boolean(),
      agencies: z.array(z.string()).meta({ description: "The agencies counted towards the quorum." }),
      required: z.number().int().nonnegative().nullable().meta({ description: "The number of agencies the policy requires; null where it states none." }),
      missing: z.array(z.string()).meta({ description: "What the conference lacked, in words." }),
      counts: z
        .array(z.strictObject({ of: z.string(), counted: z.array(z.string()), required: z.number().int().nonnegative(), met: z.boolean() }))
        .meta({ description: "Each count of the policy that applied to this child: what it counts, what it found, and whether that was enough." }),
    }),
    outcome: Outcome,
    decidedBy: DecidedBy.optional(),
    tally: Tally,
    units: z.array(UnitResult),
    unresolved: z.array(z.string()).meta({ description: "Units whose members disagree with no nominated lead to speak for them." }),
    dissent: z.array(z.string()).meta({ description: "Units whose view differs from the decision." }),
    dissenters: z.array(Dissenter).meta({ description: "Each person who disagrees with the decision, with the dissent they recorded." }),
    categories: ListCheck.nullable().meta({ description: "The categories given for a registered child, and whether the policy accepts them; null when the child is not registered." }),
    concerns: ListCheck.nullable().meta({ description: "The areas of concern given for a registered child, where the policy lists them; null otherwise." }),
    obligations: z.array(ObligationResult),
    routes: z.array(RouteResult).meta({ description: "The escalation and appeal routes open after the decision." }),
    notApplied: z.array(NotApplied),
    trace: z.array(TraceStep),
  })
  .meta({ id: "ChildDecision" });
export type ChildDecision = z.infer<typeof ChildDecision>;

export const DecisionResult = z
  .strictObject({
    format: z.literal(DECISION_FORMAT),
    policy: z.string(),
    title: z.string(),
    inForce: InForce.optional().meta({ description: "Present where the conference gives its date, or the policy has versions to choose between." }),
    notApplied: z.array(NotApplied).meta({ description: "Inputs about the conference as a whole (an attendee's chosen grouping or lead, the chair admitting a view) that the policy does not apply." }),
    children: z.array(ChildDecision),
  })
  .meta({ id: "QuorateDecision", title: "Quorate decision", description: "What a policy decides for each child of a conference, and why." });
export type DecisionResult = z.infer<typeof DecisionResult>;

export function decisionJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(DecisionResult, { target: "draft-2020-12" }) as Record<string, unknown>;
}

/**
 * What the decisions-only path (`createDecider`) answers for each child: the decision
 * without its explanation. It is also the record `quorate eval --batch` writes per child,
 * so the decider builds it with its keys in this order.
 */
export const Verdict = z.strictObject({
  child: z.string(),
  outcome: Outcome,
  decidedBy: DecidedBy.nullable().meta({ description: "Null when no decision was reached." }),
  tally: Tally,
  quorumMet: z.boolean().meta({ description: "The conference may decide for this child: its quorum was met, or waived." }),
});
export type Verdict = z.infer<typeof Verdict>;
