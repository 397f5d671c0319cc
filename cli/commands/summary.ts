/**
 * `quorate summary [paths…] [--verbose]`: check and compile each policy, then describe each
 * board in plain words and compare the boards. Briefly by default (what `npm start` shows:
 * a screen or two), in full with `--verbose`; `quorate diff` has the details.
 */
import { countBySeverity, checkFiles, countsPhrase } from "./check.js";
import { todayIso } from "../../compiler/dates.js";
import type { CliIO } from "../io.js";
import { describePolicy, describePolicyBriefly } from "../describePolicy.js";
import { renderDiagnostic } from "../renderDiagnostic.js";
import { styleFor } from "../style.js";
import { roomForSearching } from "../../diff/parallel.js";
import { diffInParallel } from "../../diff/diff.js";
import { renderDiffText } from "../../diff/render/text.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { matrixGrid, pairLines } from "../regionsOverview.js";
import { printable, printableData } from "../printable.js";

export interface SummaryOptions {
  paths: string[];
  today?: string;
  verbose?: boolean;
}

export async function runSummary(options: SummaryOptions, io: CliIO): Promise<number> {
  const style = styleFor(io.stdout.isTTY, io.env);
  const today = options.today ?? todayIso();
  const run = checkFiles(options.paths, io.cwd, today);
  const errors = run.diagnostics.filter((d) => d.severity === "error");
  // Text for a reader: file names and the policies' quoted texts may hold control characters, shown escaped.
  for (const d of errors) io.stdout.write(renderDiagnostic(d, run.sources, style) + "\n\n");
  const boards: { ir: PolicyIR; file: string }[] = [];
  for (const file of run.files) {
    const counts = countBySeverity(run.byFile.get(file) ?? []);
    const ir = run.compiled.get(file);
    const kind = ir ? (ir.kind === "policy" ? "board policy" : ir.kind) : "not compiled";
    const mark = ir ? style.good("✓") : style.error("✗");
    io.stdout.write(`${mark} ${printable(file)} ${style.dim(`(${kind}: ${countsPhrase(counts)})`)}\n`);
    if (ir?.kind === "policy") boards.push({ ir, file });
  }
  for (const [i, { ir }] of boards.entries()) {
    const shown = printableData(ir);
    const lines = options.verbose ? describePolicy(shown, today, style) : describePolicyBriefly(shown, i + 1, style);
    io.stdout.write("\n" + lines.join("\n") + "\n");
  }
  if (errors.length === 0 && boards.length >= 2) {
    // Let an output that cannot be written stop the command now, before seconds of searching.
    await new Promise((resolve) => setImmediate(resolve));
    // Where nothing ends the process on that error (quorate run as a library), end the command here.
    if ((io.stdout as { errored?: unknown }).errored) return 2;
    roomForSearching();
    const report = printableData(await diffInParallel(boards));
    // The report lists the policies in the order given, so its numbers are the boards' above.
    const numbers = new Map(report.policies.map((p, i) => [p.key, i + 1]));
    if (options.verbose) io.stdout.write("\n" + renderDiffText(report, style, { counterexamplesPerPair: 1 }));
    else io.stdout.write(["", ...matrixGrid(report, numbers, style), "", ...pairLines(report, numbers, style)].join("\n") + "\n");
  }
  const where = printable(options.paths.join(" ")) || ".";
  const next = [`\`npx quorate check ${where}\` shows each warning and note with its line`];
  if (boards.length >= 2) next.push(`\`npx quorate diff ${where}\` every rule that differs, in words, and the smallest conference each pair decides differently`);
  if (!options.verbose) next.push(`\`npx quorate summary ${where} --verbose\` each board in full, with the clauses`);
  io.stdout.write(style.dim(`\nMore: ${next.join(";\n      ")}`) + "\n");
  return errors.length > 0 ? 1 : 0;
}
