/**
 * Compiles the one policy `quorate readings` and `quorate doc` describe. A policy with
 * errors describes nothing: its errors are shown as `check` shows them, and the command
 * exits 1 having written nothing. Warnings and notes are not repeated: the register is
 * where the readings among them are listed.
 */
import path from "node:path";
import { compileFile } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { hasErrors, type Diagnostic } from "../../grammar/diagnostic.js";
import { UsageError, type CliIO } from "../io.js";
import { renderDiagnostic } from "../renderDiagnostic.js";
import { styleFor } from "../style.js";

export type Compiled = { ir: PolicyIR; diagnostics: Diagnostic[]; reads: string[] } | { exitCode: number };

/** Refuses, before anything is read, an output file that is the policy itself. */
export function refuseOverwritingPolicy(file: string, out: string | undefined, io: CliIO): void {
  if (out !== undefined && path.resolve(io.cwd, out) === path.resolve(io.cwd, file)) {
    throw new UsageError("the output would overwrite the policy itself", "name a new file for the output, such as `-o readings.html`; the policy is unchanged");
  }
}

export function compileToDescribe(file: string, io: CliIO, what: string): Compiled {
  const result = compileFile(file, { host: fileSystemHost(io.cwd) });
  if (result.unreadable !== undefined) throw new UsageError(`cannot read \`${file}\`: ${result.unreadable}`, "check that the file exists and can be read");
  if (!result.ir || hasErrors(result.diagnostics)) {
    const style = styleFor(io.stderr.isTTY, io.env);
    const sources = new Map(result.sources.map((s) => [s.path, s.lines]));
    for (const d of result.diagnostics) if (d.severity === "error") io.stderr.write(renderDiagnostic(d, sources, style) + "\n\n");
    io.stderr.write(style.error(`${file} has errors, so ${what}: fix the errors above (\`quorate check ${file}\`)`) + "\n");
    return { exitCode: 1 };
  }
  return { ir: result.ir, diagnostics: result.diagnostics, reads: result.sources.map((s) => s.path) };
}
