/**
 * `quorate eval <policy> --batch <conferences.jsonl | ->`: decides a history of
 * conferences, one per line, and writes one JSON record per conference line as it goes.
 * Memory stays constant however long the input: lines are read as they arrive, and
 * nothing is read while standard output's reader is behind. A line that cannot be decided
 * gets a record saying why, and the run carries on. Exit 0 when every line was decided,
 * 1 when some could not be, 2 when the policy or the input cannot be used at all.
 */
import path from "node:path";
import { createDecider, createEvaluator, type Decider } from "../../runtime/evaluator.js";
import { checkConference, type ParsedLine } from "../batch/conferenceLine.js";
import { forEachConferenceLine } from "../batch/conferenceStream.js";
import { openBatchInput } from "../batch/input.js";
import { progressFor } from "../batch/progress.js";
import { RecordOutput } from "../batch/output.js";
import { decidedLine, explainedLine, guardedLine, invalidLine, type LineProblem } from "../batch/record.js";
import type { CliIO } from "../io.js";
import { loadPolicy } from "../loadPolicy.js";
import { printable } from "../printable.js";
import { styleFor } from "../style.js";

export interface EvalBatchOptions {
  policy: string;
  batch: string;
  explain: boolean;
  today?: string;
}

const EXAMPLE = "quorate eval policies/wakefield.policy --batch conferences.jsonl";
/** The invalid lines named in the closing summary; the records name every one. */
const LINES_NAMED = 5;

export async function runEvalBatch(options: EvalBatchOptions, io: CliIO): Promise<number> {
  const style = styleFor(io.stderr.isTTY, io.env);
  const input = openBatchInput(options.batch, io, EXAMPLE);
  const policy = path.normalize(options.policy);
  const shownPolicy = printable(policy);
  const loaded = loadPolicy(policy, io, style, options.today, false);
  // A broken policy decides nothing: 2, so that 1 keeps its one meaning of "some lines were not decided".
  if ("exitCode" in loaded) return 2;
  // The default record needs no trace, so it takes the decisions-only path (several times faster).
  const decide = options.explain ? createEvaluator(loaded.ir) : null;
  const verdicts = options.explain ? null : createDecider(loaded.ir);

  const progress = progressFor(io.stderr, input.size);
  const output = new RecordOutput(io.stdout);
  let decided = 0;
  const invalid: number[] = [];
  let invalidCount = 0;
  const decideLine = (parsed: ParsedLine): string | LineProblem[] => {
    const checked = "value" in parsed ? checkConference(loaded.ir, parsed.value) : parsed;
    if (!("conference" in checked)) return checked.problems;
    return decide ? explainedLine(parsed.line, parsed.title, decide(checked.conference)) : decidedLine(parsed.line, parsed.title, (verdicts as Decider)(checked.conference));
  };
  const handle = async (parsed: ParsedLine) => {
    const outcome = guardedLine(() => decideLine(parsed));
    let record: string;
    if (typeof outcome === "string") {
      record = outcome;
      decided++;
    } else {
      record = invalidLine(parsed.line, parsed.title, outcome);
      if (invalidCount++ < LINES_NAMED) invalid.push(parsed.line);
      if (invalidCount === 1) io.exitCodeSoFar?.(1);
    }
    await output.add(record);
  };
  try {
    await forEachConferenceLine(input, progress, handle, () => output.flush());
  } finally {
    // A run stopped part-way (the input could not be read to its end) still writes every record decided.
    await output.flush();
  }

  const total = decided + invalidCount;
  if (invalidCount === 0) {
    io.stderr.write(`${total.toLocaleString("en-GB")} ${total === 1 ? "conference" : "conferences"} decided under ${shownPolicy}\n`);
    return 0;
  }
  const named = invalid.join(", ") + (invalidCount > invalid.length ? ", …" : "");
  io.stderr.write(
    `${style.error(`${invalidCount.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ${total === 1 ? "line" : "lines"} ${invalidCount === 1 ? "is" : "are"} not ${invalidCount === 1 ? "a conference" : "conferences"} Quorate can decide`)} (${invalidCount === 1 ? "line" : "lines"} ${named}); ${decided === 0 ? "no line was decided" : `the others were decided under ${shownPolicy}`}\n  help: each such line has a record with "status": "invalid" saying what is wrong and where\n`,
  );
  return 1;
}
