/**
 * `quorate eval <policy> --batch <conferences.jsonl | ->`: decides a history of
 * conferences, one per line, and writes one JSON record per conference line as it goes.
 * Memory stays constant however long the input: lines are read as they arrive, and
 * nothing is read while standard output's reader is behind. A line that cannot be decided
 * gets a record saying why, and the run carries on. Exit 0 when every line was decided,
 * 1 when some could not be, 2 when the policy or the input cannot be used at all.
 */
import path from "node:path";
import { createVersionedDecider, createVersionedEvaluator, dateGiven, type VersionChoice } from "../../runtime/versions.js";
import { checkConference, type ParsedLine } from "../batch/conferenceLine.js";
import { forEachConferenceLine } from "../batch/conferenceStream.js";
import { openBatchInput } from "../batch/input.js";
import { progressFor } from "../batch/progress.js";
import { RecordOutput } from "../batch/output.js";
import { decidedLine, explainedLine, guardedLine, invalidLine, type LineProblem, type LineVersion } from "../batch/record.js";
import { calendarClosures } from "../calendarOption.js";
import type { CliIO } from "../io.js";
import { loadVersions } from "../loadVersions.js";
import { printable } from "../printable.js";
import { styleFor } from "../style.js";

export interface EvalBatchOptions {
  policy: string;
  batch: string;
  explain: boolean;
  today?: string;
  calendar?: string;
}

/**
 * The version a record names: where the conference is dated, or the policy has versions
 * to choose from. What a reader should know about it is a flag on each record (the
 * closing lines on standard error put the flags into words once), not a sentence
 * repeated on every line of a long history.
 */
export function lineVersion(choice: VersionChoice, dated: boolean, several: boolean): LineVersion | undefined {
  if (!dated && !several) return undefined;
  const { label, effective, file } = choice.info;
  const version: LineVersion = { label, effective, file };
  if (choice.beforeFirst) version.beforeFirst = true;
  if (choice.pastReview) version.pastReview = true;
  if (!dated) version.undated = true;
  return version;
}

const EXAMPLE = "quorate eval policies/wakefield.policy --batch conferences.jsonl";
/** The invalid lines named in the closing summary; the records name every one. */
const LINES_NAMED = 5;

export async function runEvalBatch(options: EvalBatchOptions, io: CliIO): Promise<number> {
  const style = styleFor(io.stderr.isTTY, io.env);
  const input = openBatchInput(options.batch, io, EXAMPLE);
  const policy = path.normalize(options.policy);
  const shownPolicy = printable(policy);
  const loaded = loadVersions(policy, io, style, options.today);
  // A broken policy decides nothing: 2, so that 1 keeps its one meaning of "some lines were not decided".
  if ("exitCode" in loaded) return 2;
  const { versions } = loaded;
  const closures = calendarClosures(options.calendar, io.cwd, versions.newest.ir);
  // The default record needs no trace, so it takes the decisions-only path (several times faster).
  const decide = options.explain ? createVersionedEvaluator(versions, closures) : null;
  const verdicts = options.explain ? null : createVersionedDecider(versions);

  const progress = progressFor(io.stderr, input.size);
  const output = new RecordOutput(io.stdout);
  let decided = 0;
  const flagged = { beforeFirst: 0, pastReview: 0, undated: 0 };
  const invalid: number[] = [];
  let invalidCount = 0;
  const decideLine = (parsed: ParsedLine): string | LineProblem[] => {
    if (!("value" in parsed)) return parsed.problems;
    // Each line is read by the version in force on its date.
    const date = dateGiven(parsed.value);
    const checked = checkConference(versions.choose(date).version.ir, parsed.value);
    if (!("conference" in checked)) return checked.problems;
    if (decide) return explainedLine(parsed.line, parsed.title, decide(checked.conference));
    const decided = (verdicts as NonNullable<typeof verdicts>)(checked.conference);
    const version = lineVersion(decided.choice, date !== undefined, versions.several);
    if (version?.beforeFirst) flagged.beforeFirst++;
    if (version?.pastReview) flagged.pastReview++;
    if (version?.undated) flagged.undated++;
    return decidedLine(parsed.line, parsed.title, decided.verdicts, version);
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
  const notes = versionNotes(flagged);
  if (invalidCount === 0) {
    io.stderr.write(`${total.toLocaleString("en-GB")} ${total === 1 ? "conference" : "conferences"} decided under ${shownPolicy}\n${notes}`);
    return 0;
  }
  const named = invalid.join(", ") + (invalidCount > invalid.length ? ", …" : "");
  io.stderr.write(
    `${style.error(`${invalidCount.toLocaleString("en-GB")} of ${total.toLocaleString("en-GB")} ${total === 1 ? "line" : "lines"} ${invalidCount === 1 ? "is" : "are"} not ${invalidCount === 1 ? "a conference" : "conferences"} Quorate can decide`)} (${invalidCount === 1 ? "line" : "lines"} ${named}); ${decided === 0 ? "no line was decided" : `the others were decided under ${shownPolicy}`}\n  help: each such line has a record with "status": "invalid" saying what is wrong and where\n`,
  );
  if (notes !== "") io.stderr.write(notes);
  return 1;
}

/** The records' flags in words, once for the run. */
function versionNotes(flagged: { beforeFirst: number; pastReview: number; undated: number }): string {
  const n = (count: number) => `${count.toLocaleString("en-GB")} ${count === 1 ? "conference" : "conferences"}`;
  const lines: string[] = [];
  if (flagged.pastReview > 0) lines.push(`note: ${n(flagged.pastReview)} dated after the review date of the version that decided ${flagged.pastReview === 1 ? "it" : "them"} ("pastReview"): a newer protocol may have applied`);
  if (flagged.beforeFirst > 0) lines.push(`note: ${n(flagged.beforeFirst)} dated before the first version came into force ("beforeFirst"), decided under it as the nearest known`);
  if (flagged.undated > 0) lines.push(`note: ${n(flagged.undated)} with no date ("undated"), decided under the newest version: give each its \`date\``);
  return lines.map((l) => l + "\n").join("");
}
