/**
 * What the runtime answers: for each child, whether the conference was quorate, which
 * units voted and how, what was decided and by whom, who dissented, whether the
 * categories are valid, which duties follow, and a trace of every step with the clause
 * it rests on. The shape is the contract of DESIGN.md §4, extended; the JSON Schema in
 * `schemas/decision.schema.json` is generated from this file.
 */
import { z } from "zod";
import { Deadline, EventId, ObligationAction } from "../compiler/ir.js";
import { View } from "./conference.js";

export const DECISION_FORMAT = "quorate.decision/1";

export const Outcome = z
  .enum(["register", "not_register", "not_quorate", "chair_decision_required", "deferred", "unresolved"])
  .meta({ description: "`unresolved`: the vote turns on units whose members disagree with no one nominated lead to speak for them, and the policy does not give that decision to the chair." });
export type Outcome = z.infer<typeof Outcome>;
export const DecidedBy = z.enum(["consensus", "majority", "chair_casting", "chair_executive", "chair_override"]);
export type DecidedBy = z.infer<typeof DecidedBy>;

export const TraceStep = z
  .strictObject({
    step: z.enum(["attendance", "quorum", "eligibility", "consensus", "units", "vote", "tie_break", "chair", "override", "deferral", "chair_input", "categories", "obligations"]),
    detail: z.string(),
    cite: z.string().nullable().meta({ description: "The clause of the protocol the step rests on; null where the policy cites none or Quorate applies its own documented default." }),
    line: z.number().int().positive().nullable().meta({ description: "The line of the policy the step rests on." }),
    file: z.string().nullable(),
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

export const ObligationResult = z
  .strictObject({
    kind: ObligationAction,
    trigger: EventId,
    description: z.string().nullable(),
    to: z.string().nullable(),
    deadline: Deadline.nullable(),
    units: z.array(z.string()).optional().meta({ description: "For `record_dissent`: the units that dissented." }),
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
    }),
    outcome: Outcome,
    decidedBy: DecidedBy.optional(),
    tally: Tally,
    units: z.array(UnitResult),
    unresolved: z.array(z.string()).meta({ description: "Units whose members disagree with no nominated lead to speak for them." }),
    dissent: z.array(z.string()).meta({ description: "Units whose view differs from the decision." }),
    categories: z
      .strictObject({ primary: z.string().nullable(), secondary: z.array(z.string()), valid: z.boolean(), problems: z.array(z.string()) })
      .nullable()
      .meta({ description: "The categories given for a registered child, and whether the policy accepts them; null when the child is not registered." }),
    obligations: z.array(ObligationResult),
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
