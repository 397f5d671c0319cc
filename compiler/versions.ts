/**
 * A board's versions in force: one file per version, each a whole policy that names the
 * file of the version it replaced (`supersedes "…"`) and the day it came into force
 * (`version "V2" effective 2025-04-23`). compileVersions compiles the file named and every
 * earlier version it leads to, oldest first, so a conference can be decided under the
 * version in force on its date (runtime/versions.ts).
 *
 * Whole files, rather than one file listing what changed in each version, keep every
 * other tool as it is: each version is checked, formatted, compared (`quorate diff
 * old.policy new.policy`) and decided exactly like any policy, and a version reads as
 * the board endorsed it.
 */
import type { Diagnostic } from "../grammar/diagnostic.js";
import { hasErrors } from "../grammar/diagnostic.js";
import { LineMap } from "../grammar/location.js";
import { compileFile, type CompileOptions, type CompileResult } from "./compile.js";
import { fileSystemHost, resolveReference } from "./host.js";
import type { PolicyIR } from "./ir.js";
import type { SourceText } from "./load.js";
import { path } from "./platform.js";

/** More versions than a board keeps in a lifetime: a longer chain is a mistake. */
export const MOST_VERSIONS = 50;

export interface CompiledVersion {
  /** The file, as the path it was reached by. */
  file: string;
  ir: PolicyIR;
}

export interface VersionsResult {
  /** Every version, oldest first; absent when any of them has errors. */
  versions?: CompiledVersion[];
  diagnostics: Diagnostic[];
  sources: SourceText[];
  /** Set when the file named itself could not be read. */
  unreadable?: string;
}

export function compileVersions(filePath: string, options: Omit<CompileOptions, "filename"> = {}): VersionsResult {
  const host = options.host ?? fileSystemHost();
  const first = compileFile(filePath, { ...options, host });
  if (first.unreadable !== undefined) return { diagnostics: first.diagnostics, sources: first.sources, unreadable: first.unreadable };
  const diagnostics = [...first.diagnostics];
  const sources = [...first.sources];
  const found: CompiledVersion[] = [];
  const folder = path.dirname(path.normalize(filePath));
  let current: { file: string; result: CompileResult } = { file: path.normalize(filePath), result: first };
  const seen = new Set([current.file]);
  for (;;) {
    const ir = current.result.ir;
    if (!ir || hasErrors(current.result.diagnostics)) return { diagnostics, sources };
    found.push({ file: current.file, ir });
    const supersedes = ir.metadata.supersedes;
    // The link itself (the file exists, is the same board's and came into force earlier) was checked when `current` compiled.
    if (supersedes === null) break;
    const next = resolveReference(current.file, supersedes.file, folder).path;
    if (seen.has(next) || found.length >= MOST_VERSIONS) {
      diagnostics.push({
        code: "Q079",
        severity: "error",
        message: seen.has(next) ? `the versions of ${ir.id} lead back to \`${supersedes.file}\`, so the chain never ends` : `the versions of ${ir.id} run to more than ${MOST_VERSIONS} files`,
        file: current.file,
        range: lineRange(current.result, current.file, supersedes.at.line),
        help: "each version supersedes the one before it; the first version supersedes none",
      });
      return { diagnostics, sources };
    }
    seen.add(next);
    const result = compileFile(next, { ...options, host });
    diagnostics.push(...result.diagnostics);
    sources.push(...result.sources);
    current = { file: next, result };
  }
  return { versions: found.reverse(), diagnostics, sources };
}

/** One line of a compiled file, without its indentation, for a finding about a statement the IR records by line. */
function lineRange(result: CompileResult, file: string, line: number) {
  const lines = result.sources.find((s) => s.path === file)?.lines ?? new LineMap("");
  const text = lines.lineText(line);
  const start = lines.lineStart(line) + (text.length - text.trimStart().length);
  return lines.range(start, lines.lineStart(line) + text.trimEnd().length);
}
