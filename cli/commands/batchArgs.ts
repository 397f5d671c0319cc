/** The arguments of `eval --batch` and `impact`, checked apart from `main.ts` so that it loads none of this until asked. */
import { UsageError, type CliIO } from "../io.js";
import { runEvalBatch } from "./evalBatch.js";
import { MOST_EXAMPLES, runImpact } from "./impact.js";

interface BatchFlags {
  batch?: string;
  explain?: boolean;
  examples?: string;
  format?: string;
  today?: string;
  calendar?: string;
}

export function runBatchCommand(positionals: string[], flags: BatchFlags, io: CliIO): Promise<number> {
  const [policy, ...extra] = positionals;
  const example = "quorate eval policies/wakefield.policy --batch conferences.jsonl";
  if (!policy) throw new UsageError("name the policy to decide the conferences under", example);
  if (extra.length > 0) throw new UsageError("with --batch, name only the policy: the conferences come from the --batch file", example);
  if (flags.format !== undefined) throw new UsageError("--batch always writes JSON Lines, one record per conference; leave out --format", "add --explain for each whole decision with its trace");
  if (!flags.batch) throw new UsageError("--batch needs a file of conferences, one per line, or `-` for standard input", example);
  return runEvalBatch({ policy, batch: flags.batch, explain: flags.explain === true, ...(flags.today ? { today: flags.today } : {}) }, io);
}

export function runImpactCommand(positionals: string[], flags: BatchFlags & { format: string }, io: CliIO): Promise<number> {
  const [before, after, history, ...extra] = positionals;
  const example = "quorate impact main/wakefield.policy wakefield.policy conferences.jsonl";
  if (!before || !after || !history) throw new UsageError("name the policy as it was, the policy as it would be, and a file of conferences (one per line, or `-` for standard input)", example);
  if (extra.length > 0) throw new UsageError("impact takes two policies and one file of conferences", `got ${positionals.length} paths`);
  let examples: number | undefined;
  if (flags.examples !== undefined) {
    examples = Number(flags.examples);
    if (!/^\d+$/.test(flags.examples) || examples > MOST_EXAMPLES) throw new UsageError(`\`--examples ${flags.examples}\` is not a number from 0 to ${MOST_EXAMPLES}`, "it is how many changed decisions are listed; all are counted");
  }
  return runImpact({ before, after, history, format: flags.format as "text" | "json", ...(examples !== undefined ? { examples } : {}), ...(flags.today ? { today: flags.today } : {}) }, io);
}
