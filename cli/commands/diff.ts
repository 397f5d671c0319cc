/**
 * `quorate diff <a.policy> <b.policy> [more…]`: how the policies differ, rule by rule and
 * in the conferences they decide differently. A folder means every board policy in it
 * (bases and the vocabulary are skipped). Exit 0 when equivalent within the bounds,
 * 1 when they differ, 2 when a policy cannot be compared or an option is wrong.
 */
import path from "node:path";
import { roomForSearching } from "../../diff/parallel.js";
import { diffInParallel, DiffInputError, type DiffInput } from "../../diff/diff.js";
import type { DiffReport } from "../../diff/report.js";
import { renderDiffHtml } from "../../diff/render/html.js";
import { renderDiffMarkdown } from "../../diff/render/markdown.js";
import { renderDiffText } from "../../diff/render/text.js";
import { policyFiles } from "../files.js";
import { refuseOverwritingInputs, UsageError, writeOutputFile, type CliIO } from "../io.js";
import { loadPolicy } from "../loadPolicy.js";
import { printable, printableData } from "../printable.js";
import { styleFor } from "../style.js";

export const DIFF_FORMATS = ["text", "md", "html", "json"] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions {
  paths: string[];
  format: DiffFormat;
  out?: string;
  today?: string;
  maxAttendees?: number;
  maxPerGroup?: number;
  structuralOnly?: boolean;
}

/** Loads the board policies named; null when one has errors (already reported). Every file read is added to `reads`. */
export function loadBoardPolicies(paths: string[], io: CliIO, today: string | undefined, reads: string[] = []): DiffInput[] | null {
  const style = styleFor(io.stderr.isTTY, io.env);
  const inputs: DiffInput[] = [];
  for (const given of paths) {
    const files = policyFiles([given], io.cwd);
    const fromFolder = !files.includes(path.normalize(given));
    for (const file of files) {
      const loaded = loadPolicy(file, io, style, today, false, true);
      if ("exitCode" in loaded) return null;
      reads.push(...loaded.reads);
      if (loaded.ir.kind !== "policy") {
        if (fromFolder) continue;
        throw new UsageError(`\`${file}\` is a ${loaded.ir.kind}, not a board's policy`, loaded.ir.kind === "base" ? "compare the board policies that extend it" : "name board policies, such as policies/wakefield.policy");
      }
      inputs.push({ ir: loaded.ir, file });
    }
  }
  return inputs;
}

export function renderDiff(original: DiffReport, format: DiffFormat, io: CliIO, counterexamplesPerPair?: number): string {
  const per = counterexamplesPerPair !== undefined ? { counterexamplesPerPair } : {};
  if (format === "json") return JSON.stringify(original, null, 2) + "\n";
  // Text for a reader: the policies' quoted texts may hold control characters, shown escaped.
  const report = printableData(original);
  if (format === "md") return renderDiffMarkdown(report, per);
  if (format === "html") return renderDiffHtml(report);
  return renderDiffText(report, styleFor(io.stdout.isTTY, io.env), per);
}

export async function runDiff(options: DiffCommandOptions, io: CliIO): Promise<number> {
  if (options.paths.length === 0) throw new UsageError("name the policies to compare", "quorate diff policies/mid-and-west-wales.policy policies/cwm-taf-morgannwg.policy");
  const reads: string[] = [];
  const inputs = loadBoardPolicies(options.paths, io, options.today, reads);
  if (inputs === null) return 2;
  if (options.out !== undefined) refuseOverwritingInputs(options.out, io.cwd, reads);
  if (inputs.length < 2) throw new UsageError(`a diff compares at least two board policies; ${inputs.length === 1 ? "only one was" : "none were"} found`, "name two policy files, or a folder that holds several");
  let report;
  roomForSearching();
  try {
    report = await diffInParallel(inputs, { semantic: !options.structuralOnly, search: { ...(options.maxAttendees !== undefined ? { maxAttendees: options.maxAttendees } : {}), ...(options.maxPerGroup !== undefined ? { maxPerGroup: options.maxPerGroup } : {}) } });
  } catch (error) {
    if (error instanceof DiffInputError) throw new UsageError(error.message, error.help ?? "run `quorate --help` for the options");
    throw error;
  }
  // Many pairs with every kind of difference would bury the matrix; the JSON keeps them all.
  const text = renderDiff(report, options.format, io, options.format === "text" && inputs.length > 2 ? 1 : undefined);
  if (options.out === undefined) io.stdout.write(text);
  else {
    writeOutputFile(options.out, io.cwd, text, io.env);
    io.stderr.write(`wrote ${printable(options.out)}\n`);
  }
  return report.equivalent ? 0 : 1;
}
