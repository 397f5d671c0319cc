/**
 * `quorate doc <file.policy> [--format md|html] [-o file]`: the policy rendered back as a
 * plain-English protocol document a board member can read against their own text, each
 * sentence citing its clause, readings highlighted, ending with the readings register.
 */
import path from "node:path";
import { policyDocument } from "../doc/document.js";
import { renderDocHtml } from "../doc/renderHtml.js";
import { renderDocMarkdown } from "../doc/renderMarkdown.js";
import { UsageError, type CliIO } from "../io.js";
import { compileToDescribe, refuseOverwritingPolicy } from "../readings/compiled.js";
import { readingsRegister } from "../readings/register.js";
import { emit } from "./readings.js";

export const DOC_FORMATS = ["md", "html"] as const;
export type DocFormat = (typeof DOC_FORMATS)[number];

export interface DocCommandOptions {
  file: string;
  format: DocFormat;
  out?: string;
}

export function runDoc(options: DocCommandOptions, io: CliIO): number {
  const file = path.normalize(options.file);
  refuseOverwritingPolicy(file, options.out, io);
  const compiled = compileToDescribe(file, io, "it cannot be written as a document");
  if ("exitCode" in compiled) return compiled.exitCode;
  if (compiled.ir.kind === "vocabulary") {
    throw new UsageError(`\`${file}\` is the vocabulary, which declares names and states no rule`, "name a board's policy, or a base, such as policies/wakefield.policy");
  }
  const register = readingsRegister(compiled.ir, { file, diagnostics: compiled.diagnostics, files: compiled.reads });
  const doc = policyDocument(compiled.ir, register);
  emit(options.format === "html" ? renderDocHtml(doc) : renderDocMarkdown(doc), options.out, compiled.reads, io);
  return 0;
}
