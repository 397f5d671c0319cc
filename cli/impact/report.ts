/**
 * What `quorate impact --format json` answers: of a history of conferences, how many
 * decisions would change under a new policy, as a table of transitions (not_register →
 * register: 12 children), and the first changed decisions and unusable lines, each by its
 * line. Everything is counted; only the lists are cut short, so the report's size does
 * not grow with the history. The JSON Schema in `schemas/impact.schema.json` is generated
 * from this file.
 */
import { z } from "zod";
import { DecidedBy, Outcome } from "../../runtime/decision.js";
import { LineProblem } from "../batch/record.js";

export const IMPACT_FORMAT = "quorate.impact/1";

const Count = z.number().int().nonnegative();
const Line = z.number().int().positive().meta({ description: "The line of the history the conference is on, counting from 1." });
const Title = z.string().max(500).optional().meta({ description: "The conference's `title`, where it gives one." });

export const ImpactPolicy = z.strictObject({ id: z.string(), title: z.string(), file: z.string() }).meta({ id: "ImpactPolicy" });

export const Transition = z
  .strictObject({ from: Outcome, to: Outcome, children: Count })
  .meta({ id: "Transition", description: "How many children decided `from` under the old policy are decided `to` under the new; `from` equal to `to` counts the decisions that stay." });
export type Transition = z.infer<typeof Transition>;

const Decided = z.strictObject({
  outcome: Outcome,
  decidedBy: DecidedBy.nullable(),
  version: z.string().nullable().optional().meta({ description: "The label of the version the conference was decided under (its file where it has none), where that policy has several versions." }),
});

export const VersionUse = z
  .strictObject({
    label: z.string().nullable(),
    effective: z.string().nullable().meta({ description: "The day the version came into force." }),
    file: z.string(),
    conferences: Count.meta({ description: "Conferences decided under this version." }),
    beforeEffective: Count.meta({ description: "Of those, conferences dated before it came into force: the first version decides them, as the nearest known." }),
    pastReview: Count.meta({ description: "Of those, conferences dated after its review date." }),
    undated: Count.meta({ description: "Of those, conferences that give no date (decided under the newest version)." }),
  })
  .meta({ id: "VersionUse", description: "How many conferences of the history one version of a policy decided." });
export type VersionUse = z.infer<typeof VersionUse>;

export const ChangedDecision = z
  .strictObject({ line: Line, title: Title, child: z.string(), old: Decided, new: Decided })
  .meta({ id: "ChangedDecision" });
export type ChangedDecision = z.infer<typeof ChangedDecision>;

export const UncomparedLine = z
  .strictObject({
    line: Line,
    title: Title,
    invalidUnder: z.enum(["both", "old", "new"]).meta({ description: "`both`: the line is not a conference either policy can decide (bad JSON, a misspelt field). `old` or `new`: only that policy cannot decide it (a role only the other declares), which is itself a change." }),
    problems: z.array(LineProblem).min(1).meta({ description: "What is wrong, under the new policy where it cannot decide the line, else under the old." }),
  })
  .meta({ id: "UncomparedLine" });
export type UncomparedLine = z.infer<typeof UncomparedLine>;

export const ImpactReport = z
  .strictObject({
    format: z.literal(IMPACT_FORMAT),
    old: ImpactPolicy,
    new: ImpactPolicy,
    history: z.string().meta({ description: "The file of conferences, or `standard input`." }),
    changed: z.boolean().meta({ description: "Some decision changes, or some line only one policy can decide: the exit code is 1." }),
    conferences: z.strictObject({
      read: Count.meta({ description: "Lines that are not blank." }),
      compared: Count.meta({ description: "Conferences both policies decided." }),
      changed: Count.meta({ description: "Compared conferences with at least one child's outcome changed." }),
      invalidUnderBoth: Count,
      invalidUnderOld: Count.meta({ description: "Conferences only the new policy can decide." }),
      invalidUnderNew: Count.meta({ description: "Conferences only the old policy can decide." }),
    }),
    children: z.strictObject({ compared: Count, changed: Count.meta({ description: "Children whose outcome differs between the two policies." }) }),
    transitions: z.array(Transition).meta({ description: "Every pair of outcomes seen: the changes first, most children first, then the decisions that stay." }),
    changes: z.array(ChangedDecision).meta({ description: "The first changed decisions, in the order of the history." }),
    changesNotListed: Count,
    uncompared: z.array(UncomparedLine).meta({ description: "The first lines that could not be compared, in the order of the history." }),
    uncomparedNotListed: Count,
    versions: z
      .strictObject({ old: z.array(VersionUse), new: z.array(VersionUse) })
      .optional()
      .meta({ description: "Where either policy has several versions (`supersedes`), or the history's conferences give their dates: each version and how many compared conferences it decided. Each conference is decided under the version in force on its date." }),
  })
  .meta({ id: "QuorateImpact", title: "Quorate impact report", description: "How the decisions of a history of conferences change from one policy to another." });
export type ImpactReport = z.infer<typeof ImpactReport>;

export function impactJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ImpactReport, { target: "draft-2020-12" }) as Record<string, unknown>;
}
