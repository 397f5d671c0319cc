/** `quorate summary [paths…]`: check and compile each policy, then describe each board in plain words. */
import { countBySeverity, checkFiles, countsPhrase } from "./check.js";
import { todayIso } from "../../compiler/dates.js";
import type { CliIO } from "../io.js";
import { describePolicy } from "../describePolicy.js";
import { renderDiagnostic } from "../renderDiagnostic.js";
import { printable, printableData } from "../printable.js";
import { styleFor } from "../style.js";
import { diff } from "../../diff/diff.js";
import { renderDiffText } from "../../diff/render/text.js";
import type { PolicyIR } from "../../compiler/ir.js";

export interface SummaryOptions {
  paths: string[];
  today?: string;
}

export function runSummary(options: SummaryOptions, io: CliIO): number {
  const style = styleFor(io.stdout.isTTY, io.env);
  const today = options.today ?? todayIso();
  const run = checkFiles(options.paths, io.cwd, today);
  const errors = run.diagnostics.filter((d) => d.severity === "error");
  // Text for a reader: file names and the policies' quoted texts may hold control characters, shown escaped.
  for (const d of errors) io.stdout.write(renderDiagnostic(d, run.sources, style) + "\n\n");
  const boards: string[][] = [];
  const boardPolicies: { ir: PolicyIR; file: string }[] = [];
  for (const file of run.files) {
    const counts = countBySeverity(run.byFile.get(file) ?? []);
    const ir = run.compiled.get(file);
    const kind = ir ? (ir.kind === "policy" ? "board policy" : ir.kind) : "not compiled";
    const mark = ir ? style.good("✓") : style.error("✗");
    io.stdout.write(`${mark} ${printable(file)} ${style.dim(`(${kind}: ${countsPhrase(counts)})`)}\n`);
    if (ir?.kind === "policy") {
      boards.push(describePolicy(printableData(ir), today, style));
      boardPolicies.push({ ir, file });
    }
  }
  for (const lines of boards) io.stdout.write("\n" + lines.join("\n") + "\n");
  // The cross-region comparison: the matrix, and for each pair its smallest counterexample.
  if (errors.length === 0 && boardPolicies.length >= 2) {
    io.stdout.write("\n" + renderDiffText(printableData(diff(boardPolicies)), style, { counterexamplesPerPair: 1 }));
  }
  if (errors.length === 0 && run.diagnostics.length > 0) {
    io.stdout.write(style.dim(`\nRun \`quorate check ${printable(options.paths.join(" ")) || "."}\` to see each warning and note with its source line.`) + "\n");
  }
  return errors.length > 0 ? 1 : 0;
}
