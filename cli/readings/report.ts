/**
 * What `quorate readings --format json` answers: every place a policy rests on a reading
 * rather than on the plain words of its protocol — each ambiguity with the reading taken,
 * each silence, and each of Quorate's defaults — with the clause, what it changes, and
 * the board's confirmation. The JSON Schema in `schemas/readings.schema.json` is generated
 * from this file.
 */
import { z } from "zod";
import { Aspect } from "../../compiler/ir.js";

import { READINGS_FORMAT } from "./format.js";

export { READINGS_FORMAT };

const Count = z.number().int().nonnegative();

export const RuleCited = z
  .strictObject({
    text: z.string().meta({ description: "The rule in plain English, as `quorate doc` words it." }),
    file: z.string(),
    line: z.number().int().positive(),
    cite: z.string().nullable().meta({ description: "The clause of the protocol the rule cites." }),
  })
  .meta({ id: "RuleCited", description: "A rule of the policy, with the line it is written on and the clause it cites." });
export type RuleCited = z.infer<typeof RuleCited>;

export const Reading = z
  .strictObject({
    id: z.string().meta({ description: "`R1`, `R2`…: the entry's number in this register, in the order of the files and their lines." }),
    kind: z.enum(["ambiguity", "silence", "default"]).meta({
      description: "`ambiguity`: the protocol can be read two ways and the policy records the reading it takes. `silence`: the protocol says nothing. `default`: the policy does not state a rule, and Quorate applies its own.",
    }),
    code: z.string().meta({ description: "The note `quorate check` shows for it: Q080 (ambiguity), Q081 (silence), Q086–Q089 (a default)." }),
    section: Aspect.meta({ description: "The section of the policy file it is written in (or, for a default, the one it concerns)." }),
    file: z.string().nullable().meta({ description: "The policy file it is written in: the board's own, a base it extends, or the vocabulary; null only for a default placed by no note." }),
    line: z.number().int().positive().nullable(),
    cite: z.string().nullable().meta({ description: "The clause of the protocol it cites." }),
    text: z.string().meta({ description: "What the protocol says, or leaves unsaid, in the policy's words." }),
    reading: z.string().meta({ description: "The reading taken: for an ambiguity the policy's, for a silence that no rule is added, for a default the rule Quorate applies." }),
    changes: z.string().meta({ description: "What it changes, in words." }),
    rules: z.array(RuleCited).meta({ description: "The rules it is about; empty where it concerns a section as a whole." }),
    confirmable: z.boolean().meta({ description: "Whether a board can confirm it in the policy (`confirmed by \"…\" on YYYY-MM-DD`); a default is removed by stating the rule instead." }),
    confirmed: z.strictObject({ by: z.string(), on: z.string() }).nullable().meta({ description: "Who confirmed the reading, and when; null when not (yet) confirmed." }),
    help: z.string().nullable().meta({ description: "For a default, how to state the rule so the policy no longer rests on it." }),
  })
  .meta({ id: "Reading" });
export type Reading = z.infer<typeof Reading>;

export const ReadingsReport = z
  .strictObject({
    format: z.literal(READINGS_FORMAT),
    policy: z.strictObject({ id: z.string(), title: z.string(), kind: z.enum(["policy", "base", "vocabulary"]), file: z.string().nullable() }),
    files: z.array(z.string()).meta({ description: "The policy files read, the board's own first, then its bases and the vocabulary." }),
    counts: z.strictObject({
      ambiguities: Count,
      silences: Count,
      defaults: Count,
      confirmed: Count.meta({ description: "Ambiguities and silences the board has confirmed." }),
      unconfirmed: Count.meta({ description: "Ambiguities and silences not yet confirmed." }),
      awaitingSignOff: Count.meta({ description: "What `quorate check --strict` fails on: the ambiguities and silences not yet confirmed, and every default." }),
    }),
    readings: z.array(Reading),
  })
  .meta({ id: "ReadingsReport", title: "Quorate readings register", description: "Every ambiguity, silence and default a compiled policy rests on." });
export type ReadingsReport = z.infer<typeof ReadingsReport>;

/** The JSON Schema published as schemas/readings.schema.json. */
export function readingsJsonSchema(): unknown {
  return z.toJSONSchema(ReadingsReport, { target: "draft-2020-12" });
}
