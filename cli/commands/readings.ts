/**
 * `quorate readings <file.policy> [--format text|md|html|json] [-o file]`: the readings
 * register a board can sign off: every ambiguity, silence and default the policy rests
 * on, with its clause, the reading taken, what it changes and who confirmed it.
 */
import path from "node:path";
import { refuseOverwritingInputs, writeOutputFile, type CliIO } from "../io.js";
import { compileToDescribe, refuseOverwritingPolicy } from "../readings/compiled.js";
import { readingsRegister } from "../readings/register.js";
import { renderReadingsHtml } from "../readings/renderHtml.js";
import { renderReadingsMarkdown } from "../readings/renderMarkdown.js";
import { renderReadingsText } from "../readings/renderText.js";
import { styleFor } from "../style.js";

export const READINGS_FORMATS = ["text", "md", "html", "json"] as const;
export type ReadingsFormat = (typeof READINGS_FORMATS)[number];

export interface ReadingsCommandOptions {
  file: string;
  format: ReadingsFormat;
  out?: string;
}

/** Writes a command's output to standard output, or atomically to the `-o` file, never over a file it read. */
export function emit(text: string, out: string | undefined, reads: string[], io: CliIO): void {
  if (out === undefined) {
    io.stdout.write(text);
    return;
  }
  refuseOverwritingInputs(out, io.cwd, reads);
  writeOutputFile(out, io.cwd, text, io.env);
  io.stderr.write(`wrote ${out}\n`);
}

export function runReadings(options: ReadingsCommandOptions, io: CliIO): number {
  const file = path.normalize(options.file);
  refuseOverwritingPolicy(file, options.out, io);
  const compiled = compileToDescribe(file, io, "its readings cannot be listed");
  if ("exitCode" in compiled) return compiled.exitCode;
  const report = readingsRegister(compiled.ir, { file, diagnostics: compiled.diagnostics, files: compiled.reads });
  const text =
    options.format === "json"
      ? JSON.stringify(report, null, 2) + "\n"
      : options.format === "md"
        ? renderReadingsMarkdown(report)
        : options.format === "html"
          ? renderReadingsHtml(report)
          : renderReadingsText(report, styleFor(options.out === undefined && io.stdout.isTTY, io.env));
  emit(text, options.out, compiled.reads, io);
  return 0;
}
