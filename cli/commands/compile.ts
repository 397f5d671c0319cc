/** `quorate compile <file.policy> [-o out.json]`: write the IR, or nothing at all. */
import path from "node:path";
import { compileFile } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import { hasErrors } from "../../grammar/diagnostic.js";
import { refuseOverwritingInputs, UsageError, writeOutputFile, type CliIO } from "../io.js";
import { printable } from "../printable.js";
import { renderDiagnostic } from "../renderDiagnostic.js";
import { styleFor } from "../style.js";

export interface CompileCommandOptions {
  file: string;
  out?: string;
  today?: string;
}

export function runCompile(options: CompileCommandOptions, io: CliIO): number {
  const file = path.normalize(options.file);
  const target = options.out === undefined ? undefined : path.resolve(io.cwd, options.out);
  if (target !== undefined && target === path.resolve(io.cwd, file)) {
    throw new UsageError("the output would overwrite the policy itself", "name a `.json` file for the output, e.g. `-o wakefield.json`");
  }
  const result = compileFile(file, { host: fileSystemHost(io.cwd), ...(options.today ? { today: options.today } : {}) });
  if (result.unreadable !== undefined) throw new UsageError(`cannot read \`${file}\`: ${result.unreadable}`, "check that the file exists and can be read");
  const style = styleFor(io.stderr.isTTY, io.env);
  const sources = new Map(result.sources.map((s) => [s.path, s.lines]));
  for (const d of result.diagnostics) io.stderr.write(renderDiagnostic(d, sources, style) + "\n\n");
  if (!result.ir || hasErrors(result.diagnostics)) {
    io.stderr.write(style.error(`${printable(file)} was not compiled: fix the errors above`) + "\n");
    return 1;
  }
  if (options.out !== undefined) refuseOverwritingInputs(options.out, io.cwd, result.sources.map((s) => s.path));
  const json = JSON.stringify(result.ir, null, 2) + "\n";
  if (target === undefined || options.out === undefined) {
    io.stdout.write(json);
    return 0;
  }
  writeOutputFile(options.out, io.cwd, json, io.env);
  io.stderr.write(style.good(`wrote ${printable(options.out)}`) + "\n");
  return 0;
}
