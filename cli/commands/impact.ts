/**
 * `quorate impact <old.policy> <new.policy> <conferences.jsonl | ->`: re-decides every
 * conference of a history under both policies and reports which decisions change. The
 * history is streamed and only counts and a bounded list of examples are kept, so any
 * length of history fits in memory. Exit 0 when no decision changes, 1 when some does (or
 * a conference one policy can decide, the other cannot), 2 when a policy or the history
 * cannot be used.
 */
import path from "node:path";
import type { PolicyIR } from "../../compiler/ir.js";
import { createVersionedDecider, dateGiven, type PolicyVersions } from "../../runtime/versions.js";
import { checkConference, type ParsedLine } from "../batch/conferenceLine.js";
import { forEachConferenceLine } from "../batch/conferenceStream.js";
import { openBatchInput } from "../batch/input.js";
import { progressFor } from "../batch/progress.js";
import { guardedLine } from "../batch/record.js";
import { UsageError, type CliIO } from "../io.js";
import { loadVersions } from "../loadVersions.js";
import { printableData } from "../printable.js";
import { styleFor } from "../style.js";
import { renderImpactText } from "../impact/renderText.js";
import { ImpactTally } from "../impact/tally.js";

/** Changed decisions and unusable lines listed unless `--examples` says otherwise. */
export const DEFAULT_EXAMPLES = 20;
export const MOST_EXAMPLES = 10_000;

export interface ImpactOptions {
  before: string;
  after: string;
  history: string;
  format: "text" | "json";
  examples?: number;
  today?: string;
}

const EXAMPLE = "quorate impact main/wakefield.policy wakefield.policy conferences.jsonl";

export async function runImpact(options: ImpactOptions, io: CliIO): Promise<number> {
  const style = styleFor(io.stderr.isTTY, io.env);
  const input = openBatchInput(options.history, io, EXAMPLE);
  const files = [path.normalize(options.before), path.normalize(options.after)] as const;
  const sides: PolicyVersions[] = [];
  for (const file of files) {
    const loaded = loadVersions(file, io, style, options.today);
    if ("exitCode" in loaded) return 2;
    sides.push(loaded.versions);
  }
  const [oldVersions, newVersions] = sides as [PolicyVersions, PolicyVersions];
  // Impact compares outcomes only: the decisions-only path, no traces; each conference under each side's version in force on its date.
  const decideOld = createVersionedDecider(oldVersions);
  const decideNew = createVersionedDecider(newVersions);
  const tally = new ImpactTally(options.examples ?? DEFAULT_EXAMPLES, { old: oldVersions.several, new: newVersions.several });

  const compare = (parsed: ParsedLine) => {
    const outcome = guardedLine((): "compared" => {
      compareLine(parsed);
      return "compared";
    });
    if (outcome !== "compared") tally.notCompared(parsed.line, parsed.title, "both", outcome);
  };
  const compareLine = (parsed: ParsedLine): void => {
    if ("problems" in parsed) return tally.notCompared(parsed.line, parsed.title, "both", parsed.problems);
    const date = dateGiven(parsed.value);
    const underOld = checkConference(oldVersions.choose(date).version.ir, parsed.value);
    const underNew = checkConference(newVersions.choose(date).version.ir, parsed.value);
    if ("problems" in underOld || "problems" in underNew) {
      const invalidUnder = "problems" in underOld && "problems" in underNew ? "both" : "problems" in underOld ? "old" : "new";
      const problems = "problems" in underNew ? underNew.problems : "problems" in underOld ? underOld.problems : [];
      return tally.notCompared(parsed.line, parsed.title, invalidUnder, problems);
    }
    const before = decideOld(underOld.conference);
    const after = decideNew(underNew.conference);
    tally.compare(parsed.line, parsed.title, before.verdicts, after.verdicts, { old: before.choice, new: after.choice, dated: date !== undefined });
  };

  const progress = progressFor(io.stderr, input.size);
  await forEachConferenceLine(input, progress, compare);

  const describe = (ir: PolicyIR, file: string) => ({ id: ir.id, title: ir.title, file });
  const report = tally.report(describe(oldVersions.newest.ir, files[0]), describe(newVersions.newest.ir, files[1]), input.shown);
  if (report.conferences.read === 0) throw new UsageError(`\`${options.history}\` holds no conferences`, "write one conference per line, as JSON, in the format `quorate eval` reads");
  // A history neither policy can read (the wrong file, another format) must not pass as "no decision changes".
  const { read, invalidUnderBoth } = report.conferences;
  if (invalidUnderBoth === read) {
    const first = report.uncompared[0];
    const problem = first?.problems[0];
    throw new UsageError(
      `none of the ${read.toLocaleString("en-GB")} ${read === 1 ? "line" : "lines"} of \`${options.history}\` is a conference either policy can decide`,
      `${first && problem ? `line ${first.line}: ${problem.path === "(the whole line)" ? "" : `${problem.path}: `}${problem.message}; ` : ""}write one conference per line, as JSON, in the format \`quorate eval\` reads`,
    );
  }
  io.stdout.write(options.format === "json" ? JSON.stringify(report, null, 2) + "\n" : renderImpactText(printableData(report), styleFor(io.stdout.isTTY, io.env)));
  return report.changed ? 1 : 0;
}
