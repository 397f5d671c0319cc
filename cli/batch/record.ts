/**
 * The record `quorate eval --batch` writes for each conference line: which line (and the
 * conference's title, if it gives one), and either what was decided for each child, or
 * why the line could not be decided. The JSON Schema in `schemas/batch-line.schema.json`
 * is generated from this file.
 */
import { z } from "zod";
import { DecisionResult, Verdict } from "../../runtime/decision.js";
import type { DecisionResult as Decision } from "../../runtime/decision.js";

const Line = z.number().int().positive().meta({ description: "The line of the input the conference is on, counting from 1 (blank lines are counted, and skipped)." });
const Title = z.string().max(500).optional().meta({ description: "The conference's `title`, where the line gives one, to find it again." });

// A child's part of the default record is the decider's verdict, as it comes.
const ChildSummary = Verdict.meta({ id: "ChildSummary" });

export const LineProblem = z
  .strictObject({
    path: z.string().meta({ description: "Where on the line: a JSON path such as `attendees[2].role`, `column 17` for a syntax error, or `(the whole line)`." }),
    message: z.string(),
    hint: z.string().optional(),
  })
  .meta({ id: "LineProblem" });
export type LineProblem = z.infer<typeof LineProblem>;

export const LineVersion = z
  .strictObject({
    label: z.string().nullable(),
    effective: z.string().nullable().meta({ description: "The day the version came into force." }),
    file: z.string().nullable(),
    beforeFirst: z.literal(true).optional().meta({ description: "The conference is dated before the first version came into force: the first decides it, as the nearest known." }),
    pastReview: z.literal(true).optional().meta({ description: "The conference is dated after the review date of the version that decides it: a newer protocol may have applied." }),
    undated: z.literal(true).optional().meta({ description: "The conference gives no date, and the policy has versions to choose from: the newest decides it." }),
  })
  .meta({ id: "LineVersion", description: "The version of the policy the conference was decided under, where the conference gives its date or the policy has several versions." });
export type LineVersion = z.infer<typeof LineVersion>;

export const DecidedLine = z
  .strictObject({ line: Line, title: Title, status: z.literal("decided"), version: LineVersion.optional(), children: z.array(ChildSummary) })
  .meta({ id: "DecidedLine", description: "The default record: the outcome for each child." });

export const ExplainedLine = z
  .strictObject({ line: Line, title: Title, status: z.literal("decided"), decision: DecisionResult })
  .meta({ id: "ExplainedLine", description: "With `--explain`: the whole decision, with its trace, as `quorate eval --format json` writes it." });

export const InvalidLine = z
  .strictObject({ line: Line, title: Title, status: z.literal("invalid"), problems: z.array(LineProblem).min(1) })
  .meta({ id: "InvalidLine", description: "A line that is not a conference the policy can decide." });

export const BatchLine = z
  .union([DecidedLine, ExplainedLine, InvalidLine])
  .meta({ id: "QuorateBatchLine", title: "Quorate batch line", description: "One line of the JSON Lines that `quorate eval --batch` writes: one record per conference line of the input, in the same order." });
export type BatchLine = z.infer<typeof BatchLine>;

export function batchLineJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(BatchLine, { target: "draft-2020-12" }) as Record<string, unknown>;
}

function titled(line: number, title: string | undefined): { line: number; title?: string } {
  return title === undefined ? { line } : { line, title };
}

/** The default record, from the decisions-only path. */
export function decidedLine(line: number, title: string | undefined, verdicts: readonly Verdict[], version?: LineVersion): string {
  return JSON.stringify(version === undefined ? { ...titled(line, title), status: "decided", children: verdicts } : { ...titled(line, title), status: "decided", version, children: verdicts });
}

/** The `--explain` record: the whole decision with its trace. */
export function explainedLine(line: number, title: string | undefined, decision: Decision): string {
  return JSON.stringify({ ...titled(line, title), status: "decided", decision });
}

export function invalidLine(line: number, title: string | undefined, problems: LineProblem[]): string {
  return JSON.stringify({ ...titled(line, title), status: "invalid", problems });
}

/**
 * Runs the work of one line so that a fault on that line (a fault in Quorate, since every
 * input problem is already a problem) is reported on the line, and the run carries on.
 */
export function guardedLine<T>(work: () => T | LineProblem[]): T | LineProblem[] {
  try {
    return work();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [{ path: "(the whole line)", message: `Quorate failed on this line (${detail})`, hint: "this is a fault in Quorate; please report it with the line" }];
  }
}
