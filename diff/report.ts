/**
 * What `quorate diff` answers: how two or more compiled policies differ, aspect by aspect
 * (the structural layer), and whether any conference within the search bounds is decided
 * differently (the semantic layer), with the smallest such conferences as inputs anyone
 * can feed to `quorate eval`. Policies are named by `key`: the policy id, or the file
 * path when two versions of one board are compared. The JSON Schema in
 * `schemas/diff.schema.json` is generated from this file.
 */
import { z } from "zod";
import { Origin } from "../compiler/ir.js";
import { Conference } from "../runtime/conference.js";
import { DecidedBy, Outcome, TraceStep } from "../runtime/decision.js";

export const DIFF_FORMAT = "quorate.diff/1";

export const DiffAspect = z.enum(["metadata", "voting", "roles", "groupings", "quorum", "eligibility", "decision", "powers", "obligations", "routes", "categories", "concerns"]);
export type DiffAspect = z.infer<typeof DiffAspect>;

export const Severity = z
  .enum(["outcome", "procedure", "metadata"])
  .meta({ description: "`outcome`: the change can alter what a conference decides. `procedure`: it changes what must be recorded, told or done, not the decision. `metadata`: it changes facts about the document only." });
export type Severity = z.infer<typeof Severity>;

export const PolicyRef = z.strictObject({
  key: z.string().meta({ description: "How this report names the policy: its id, or its file when two compared policies share an id." }),
  id: z.string(),
  title: z.string(),
  file: z.string().nullable(),
  version: z.string().nullable().meta({ description: "The version in force, in words (label and dates), if the policy gives one." }),
});
export type PolicyRef = z.infer<typeof PolicyRef>;

export const Change = z
  .strictObject({
    between: z.tuple([z.string(), z.string()]).meta({ description: "The keys of the two policies compared: `a`, then `b`." }),
    aspect: DiffAspect,
    subject: z.string().meta({ description: "What changed, in words: `quorum minimum`, `role gp`, `grouping child_health`." }),
    kind: z.enum(["added", "removed", "changed"]).meta({ description: "`added`: present in b only. `removed`: present in a only." }),
    severity: Severity,
    a: z.string().nullable().meta({ description: "The rule in a, in words; null when a has none." }),
    b: z.string().nullable(),
    cite: z.strictObject({ a: Origin.nullable(), b: Origin.nullable() }),
  })
  .meta({ id: "Change" });
export type Change = z.infer<typeof Change>;

export const MatrixCell = z.strictObject({ policy: z.string(), text: z.string(), at: Origin.nullable() });
export type MatrixCell = z.infer<typeof MatrixCell>;

export const MatrixRow = z
  .strictObject({
    aspect: DiffAspect,
    subject: z.string(),
    same: z.boolean().meta({ description: "Every policy has the same rule here." }),
    cells: z.array(MatrixCell).meta({ description: "One cell per policy, in the order of `policies`." }),
  })
  .meta({ id: "MatrixRow" });
export type MatrixRow = z.infer<typeof MatrixRow>;

const ChildOutcomes = z.record(z.string(), Outcome).meta({ description: "Each child's outcome, by child id." });

export const Explanation = z.strictObject({
  child: z.string(),
  outcome: Outcome,
  decidedBy: DecidedBy.optional(),
  trace: z.array(TraceStep),
});

export const Counterexample = z
  .strictObject({
    between: z.tuple([z.string(), z.string()]),
    differs: z.strictObject({ a: Outcome, b: Outcome }).meta({ description: "The kind of difference this conference is the smallest example of: the two outcomes (the same where only what follows differs)." }),
    follows: z
      .strictObject({ a: z.array(z.string()), b: z.array(z.string()) })
      .optional()
      .meta({ description: "Where both decide alike: what follows the decision under one policy and not the other (duties and routes, in words)." }),
    attendees: z.number().int().nonnegative(),
    children: z.number().int().positive(),
    conference: Conference,
    outcomes: z.record(z.string(), ChildOutcomes).meta({ description: "What every compared policy decides for each child, by policy key." }),
    explanations: z.record(z.string(), z.array(Explanation)).meta({ description: "Each policy's trace for each child, by policy key." }),
  })
  .meta({ id: "Counterexample" });
export type Counterexample = z.infer<typeof Counterexample>;

export const OutcomeDifference = z.strictObject({
  a: Outcome,
  b: Outcome,
  conferences: z.number().nonnegative().meta({ description: "How many conferences of the search are decided so: a whole number, exact up to 2^53 and rounded above (sixteen attendees reach 10^21)." }),
  share: z.number().min(0).max(1).meta({ description: "The fraction of the conferences searched." }),
});
export type OutcomeDifference = z.infer<typeof OutcomeDifference>;

export const FollowsDifference = z.strictObject({
  under: z.enum(["a", "b"]).meta({ description: "The policy it follows under, and not under the other." }),
  kind: z.enum(["duty", "route"]),
  words: z.string().meta({ description: "The duty (action, to whom, by when) or the route (how it opens, its stages), in words." }),
  conferences: z.number().nonnegative().meta({ description: "How many conferences both decide alike, after which this follows under one only; rounded like `conferences`." }),
  share: z.number().min(0).max(1),
});
export type FollowsDifference = z.infer<typeof FollowsDifference>;

export const SearchBounds = z
  .strictObject({
    attendees: z.strictObject({ min: z.number().int(), max: z.number().int() }).meta({ description: "Practitioners in the room. Attendees who vote under neither policy are left out: they never change a decision." }),
    perGroup: z
      .strictObject({ max: z.number().int(), groups: z.array(z.array(z.string())) })
      .meta({ description: "At most `max` attendees come from one group of roles: roles that share a voting unit, an agency the quorum counts, or a sole-representative rule under either policy. Each group is listed by the roles tried." }),
    children: z.array(z.number().int().positive()),
    views: z.array(z.string()),
    involvement: z.array(z.string()),
    unborn: z.array(z.boolean()),
    nominatedLeads: z.boolean(),
    organisations: z.string(),
    chair: z.array(z.string()).meta({ description: "The chair's inputs tried with every room, in words." }),
    roles: z.array(z.strictObject({ role: z.string(), standsFor: z.array(z.string()), variant: z.string().nullable() })).meta({ description: "The roles tried; each stands for roles every compared policy treats alike." }),
    rolesLeftOut: z.array(z.strictObject({ role: z.string(), reason: z.string() })),
    facts: z
      .array(z.strictObject({ fact: z.string(), values: z.array(z.union([z.string(), z.boolean(), z.number()])) }))
      .optional()
      .meta({ description: "The facts of the case either policy reads, each with the values tried (for a number, one each side of every threshold)." }),
    dissentLevels: z.boolean().optional().meta({ description: "Attendees were tried recording a formal dissent or a reservation (where a duty or route follows one)." }),
  })
  .meta({ id: "SearchBounds" });
export type SearchBounds = z.infer<typeof SearchBounds>;

export const Cause = z
  .strictObject({
    change: z.number().int().nonnegative().meta({ description: "The index in `changes` of a rule that differs at its root." }),
    follows: z.array(z.number().int().nonnegative()).meta({ description: "The indexes in `changes` of the differences that follow from it (each role's vote where the voting unit differs, say): listed under it, not counted apart." }),
  })
  .meta({ id: "Cause" });
export type Cause = z.infer<typeof Cause>;

export const PairComparison = z
  .strictObject({
    between: z.tuple([z.string(), z.string()]),
    changes: z.number().int().nonnegative().meta({ description: "How many structural changes (listed in `changes`)." }),
    outcomeChanges: z.number().int().nonnegative(),
    causes: z.array(Cause).optional().meta({ description: "The root differences, outcome first: each rule that differs on its own, with the differences that follow from it folded under it." }),
    semantic: z
      .strictObject({
        bounds: SearchBounds,
        conferences: z.number().nonnegative().meta({ description: "Distinct conferences within the bounds (each counted once, whatever the order of attendees). The search covers every one, deciding one of each class of conferences the policies cannot tell apart. A whole number, exact up to 2^53 and rounded above." }),
        differing: z.number().nonnegative().meta({ description: "How many of them the two policies decide differently; rounded like `conferences`." }),
        differences: z.array(OutcomeDifference),
        counterexamples: z.number().int().nonnegative().meta({ description: "How many entries of `counterexamples` belong to this pair; the first is the smallest." }),
        milliseconds: z.number().nonnegative(),
        reduced: z
          .strictObject({
            requested: z.number().int().positive().meta({ description: "The most attendees asked for." }),
            searched: z.number().int().positive().meta({ description: "The most attendees searched (as in `bounds`): the largest size tried that kept within the search's limit." }),
            exceeded: z.number().int().positive().meta({ description: "The fewest attendees tried whose search passed the limit." }),
            reason: z.string().meta({ description: "Why that search stopped: the limit it passed." }),
          })
          .optional()
          .meta({ description: "Present only where this pair was searched at fewer attendees than asked for, because the bounds asked for passed the search's limit on work or memory (counted, not timed: the same on every machine)." }),
        followsDiffering: z.number().nonnegative().optional().meta({ description: "How many conferences both decide alike, after which they ask for different things: duties (action, to whom, by when) or escalation and appeal routes. Rounded like `conferences`." }),
        follows: z.array(FollowsDifference).optional().meta({ description: "Each duty or route that follows under one policy and not the other, most often first." }),
      })
      .nullable()
      .meta({ description: "Null when the semantic search was not run (`--structural-only`)." }),
  })
  .meta({ id: "PairComparison" });
export type PairComparison = z.infer<typeof PairComparison>;

export const DiffReport = z
  .strictObject({
    format: z.literal(DIFF_FORMAT),
    policies: z.array(PolicyRef),
    equivalent: z.boolean().meta({ description: "No change that alters an outcome or a procedure, and no counterexample within the bounds." }),
    changes: z.array(Change),
    matrix: z.array(MatrixRow).meta({ description: "Aspects by policies: every policy's rule for each aspect." }),
    pairs: z.array(PairComparison),
    counterexamples: z.array(Counterexample),
    names: z
      .strictObject({
        roles: z.array(z.strictObject({ id: z.string(), label: z.string() })),
        agencies: z.array(z.strictObject({ id: z.string(), label: z.string() })),
        groupings: z.array(z.strictObject({ id: z.string(), label: z.string() })).optional(),
      })
      .optional()
      .meta({ description: "The names of the roles, agencies and groupings the report mentions (the first compared policy's name for each), so a reader sees names, not ids." }),
  })
  .meta({ id: "QuorateDiff", title: "Quorate diff", description: "How compiled Quorate policies differ, in their rules and in what they decide." });
export type DiffReport = z.infer<typeof DiffReport>;

/** The JSON Schema published as schemas/diff.schema.json. */
export function diffJsonSchema(): unknown {
  return z.toJSONSchema(DiffReport, { target: "draft-2020-12" });
}
