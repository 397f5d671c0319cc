/**
 * `quorate check [paths…] [--format text|json|sarif|github] [--quiet | --no-notes] [--strict]`:
 * parse and check policies. For people (text) the errors come first, then the warnings, then
 * the notes, and the run ends with the counts and, when there is no error, a line saying so.
 * `--strict` also fails while any reading awaits the board's sign-off.
 */
import { awaitingSignOff } from "../../compiler/awaitingSignOff.js";
import { compileFile, uniqueDiagnostics } from "../../compiler/compile.js";
import { fileSystemHost } from "../../compiler/host.js";
import type { PolicyIR } from "../../compiler/ir.js";
import { sortDiagnostics, type Diagnostic } from "../../grammar/diagnostic.js";
import type { LineMap } from "../../grammar/location.js";
import { policyFiles } from "../files.js";
import { githubAnnotation } from "../githubAnnotations.js";
import { UsageError, type CliIO } from "../io.js";
import { printable } from "../printable.js";
import { renderDiagnostic } from "../renderDiagnostic.js";
import { sarifLog } from "../sarif.js";
import { styleFor } from "../style.js";
import { VERSION } from "../version.js";

/** `text` for people; `json`, `sarif` and `github` (workflow annotations) for CI. */
export const CHECK_FORMATS = ["text", "json", "sarif", "github"] as const;
export type CheckFormat = (typeof CHECK_FORMATS)[number];

export interface CheckOptions {
  paths: string[];
  format: CheckFormat;
  today?: string;
  /** Errors only (text and github). */
  quiet?: boolean;
  /** Errors and warnings (text and github). */
  noNotes?: boolean;
  /** Fail while any ambiguity, silence or default awaits the board's confirmation. */
  strict?: boolean;
}

export interface CheckRun {
  files: string[];
  /** Every finding of the run, each once, in reading order. */
  diagnostics: Diagnostic[];
  /** The findings of compiling each file, wherever they are (a base's errors stop its policy too). */
  byFile: Map<string, Diagnostic[]>;
  sources: Map<string, LineMap>;
  /** The compiled policy of each file that compiled. */
  compiled: Map<string, PolicyIR>;
}

/** Compiles every file named; a base or the vocabulary reached twice reports its findings once. */
export function checkFiles(paths: string[], cwd: string, today: string | undefined): CheckRun {
  const files = policyFiles(paths, cwd);
  const sources = new Map<string, LineMap>();
  const compiled = new Map<string, PolicyIR>();
  const byFile = new Map<string, Diagnostic[]>();
  const all: Diagnostic[] = [];
  for (const file of files) {
    const result = compileFile(file, { host: fileSystemHost(cwd), ...(today ? { today } : {}) });
    if (result.unreadable !== undefined) throw new UsageError(`cannot read \`${file}\`: ${result.unreadable}`, "check that the file exists and can be read");
    for (const s of result.sources) sources.set(s.path, s.lines);
    if (result.ir) compiled.set(file, result.ir);
    byFile.set(file, result.diagnostics);
    for (const d of result.diagnostics) all.push(d);
  }
  return { files, diagnostics: uniqueDiagnostics(sortDiagnostics(all)), byFile, sources, compiled };
}

export function countBySeverity(diagnostics: readonly Diagnostic[]) {
  return {
    errors: diagnostics.filter((d) => d.severity === "error").length,
    warnings: diagnostics.filter((d) => d.severity === "warning").length,
    infos: diagnostics.filter((d) => d.severity === "info").length,
  };
}

function plural(n: number, word: string): string {
  return `${n === 0 ? "no" : n} ${word}${n === 1 ? "" : "s"}`;
}

export function countsPhrase(counts: ReturnType<typeof countBySeverity>): string {
  return `${plural(counts.errors, "error")}, ${plural(counts.warnings, "warning")}, ${plural(counts.infos, "note")}`;
}

export function countsLine(files: number, counts: ReturnType<typeof countBySeverity>): string {
  return `${plural(files, "file")} checked: ${countsPhrase(counts)}`;
}

export function checkJson(run: CheckRun, strict = false): unknown {
  const counts = countBySeverity(run.diagnostics);
  return {
    version: 1,
    files: run.files.map((file) => ({ path: file, ok: run.compiled.has(file), ...countBySeverity(run.byFile.get(file) ?? []) })),
    diagnostics: run.diagnostics,
    counts,
    ...(strict ? { awaitingSignOff: awaitingSignOff(run.diagnostics).length } : {}),
  };
}

/** Why `--strict` fails, or nothing when every reading is signed off. */
function strictFailure(run: CheckRun): string | undefined {
  const awaiting = awaitingSignOff(run.diagnostics).length;
  if (awaiting === 0) return undefined;
  return `✗ --strict: ${awaiting === 1 ? "1 reading awaits" : `${awaiting} readings await`} the board's sign-off (Q080 ambiguities, Q081 silences, Q086–Q089 defaults): confirm a reading with \`confirmed by "who" on <date>\`, and replace a default by stating the rule; \`quorate readings\` lists them`;
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

/** The findings to show, errors first, then warnings, then notes, each kind in reading order. */
function shownInOrder(diagnostics: readonly Diagnostic[], options: CheckOptions): Diagnostic[] {
  const shown = diagnostics.filter((d) => d.severity === "error" || (!options.quiet && (d.severity === "warning" || !options.noNotes)));
  return shown.sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity]); // stable: reading order kept
}

/** The counts line, saying what `--quiet` or `--no-notes` left out. */
function closingCounts(files: number, counts: ReturnType<typeof countBySeverity>, options: CheckOptions): string {
  const hidden = options.quiet && counts.warnings + counts.infos > 0 ? " (warnings and notes not shown: --quiet)" : !options.quiet && options.noNotes && counts.infos > 0 ? " (notes not shown: --no-notes)" : "";
  return countsLine(files, counts) + hidden;
}

/** Said when there is no error, so a change that worked is confirmed, not only not refused. */
function allWell(run: CheckRun): string {
  const [only] = run.files;
  // A file name may hold control characters: shown escaped.
  return run.files.length === 1 && only !== undefined ? `✓ no errors: ${printable(only)} compiles` : `✓ no errors: all ${run.files.length} files compile`;
}

export function runCheck(options: CheckOptions, io: CliIO): number {
  const run = checkFiles(options.paths, io.cwd, options.today);
  const counts = countBySeverity(run.diagnostics);
  const unsigned = options.strict ? strictFailure(run) : undefined;
  if (options.format === "json") {
    io.stdout.write(JSON.stringify(checkJson(run, options.strict), null, 2) + "\n");
  } else if (options.format === "sarif") {
    io.stdout.write(JSON.stringify(sarifLog(run.diagnostics, VERSION), null, 2) + "\n");
  } else if (options.format === "github") {
    for (const d of shownInOrder(run.diagnostics, options)) io.stdout.write(githubAnnotation(d) + "\n");
    io.stdout.write(closingCounts(run.files.length, counts, options) + "\n");
    if (unsigned) io.stdout.write(`::error::${unsigned}\n`);
  } else {
    const style = styleFor(io.stdout.isTTY, io.env);
    for (const d of shownInOrder(run.diagnostics, options)) io.stdout.write(renderDiagnostic(d, run.sources, style) + "\n\n");
    const line = closingCounts(run.files.length, counts, options);
    io.stdout.write((counts.errors > 0 ? style.error(line) : line) + "\n");
    if (counts.errors === 0 && run.files.length > 0) io.stdout.write(style.good(allWell(run)) + "\n");
    if (unsigned) io.stdout.write(style.error(unsigned) + "\n");
  }
  return counts.errors > 0 || unsigned ? 1 : 0;
}
