/**
 * Compiles the one policy a command runs conferences under (`eval`, `test`): its findings
 * are printed as `check` prints them, and a policy with errors, or one that is a base or
 * a vocabulary rather than a board's policy, decides nothing.
 */
import { compileFile } from "../compiler/compile.js";
import { fileSystemHost, type CompileHost } from "../compiler/host.js";
import type { PolicyIR } from "../compiler/ir.js";
import { hasErrors } from "../grammar/diagnostic.js";
import { UsageError, type CliIO } from "./io.js";
import { printable } from "./printable.js";
import { renderDiagnostic } from "./renderDiagnostic.js";
import type { Style } from "./style.js";

/** A policy that can decide, with every file compiling it read (itself, its bases, the vocabulary). */
export type LoadedPolicy = { ir: PolicyIR; reads: string[] } | { exitCode: number };

/** The file system, reading the policy named only if it really lies inside `within` (a scenario file's policy). */
function confinedHost(cwd: string, file: string, within: string | undefined): CompileHost {
  const host = fileSystemHost(cwd);
  if (within === undefined) return host;
  return { ...host, readFile: (filePath, inside) => host.readFile(filePath, inside ?? (filePath === file ? within : undefined)) };
}

export function loadPolicy(file: string, io: CliIO, style: Style, today: string | undefined, showWarnings: boolean, anyKind = false, within?: string): LoadedPolicy {
  const result = compileFile(file, { host: confinedHost(io.cwd, file, within), ...(today ? { today } : {}) });
  if (result.unreadable !== undefined) throw new UsageError(`cannot read \`${file}\`: ${result.unreadable}`, "check that the file exists and can be read");
  const failed = !result.ir || hasErrors(result.diagnostics);
  const sources = new Map(result.sources.map((s) => [s.path, s.lines]));
  for (const d of result.diagnostics) {
    if (failed ? d.severity === "error" : showWarnings && d.severity !== "info") io.stderr.write(renderDiagnostic(d, sources, style) + "\n\n");
  }
  if (failed || !result.ir) {
    io.stderr.write(style.error(`${printable(file)} has errors, so it cannot decide a conference: run \`quorate check ${printable(file)}\``) + "\n");
    return { exitCode: 1 };
  }
  if (result.ir.kind !== "policy" && !anyKind) {
    throw new UsageError(`\`${file}\` is a ${result.ir.kind}, not a board's policy`, result.ir.kind === "base" ? "evaluate a board policy that extends it" : "name a board's policy, such as policies/wakefield.policy");
  }
  return { ir: result.ir, reads: result.sources.map((s) => s.path) };
}
