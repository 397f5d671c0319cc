/**
 * compile() and compileFile(): the library entry points. They never throw: every problem,
 * including a bug in Quorate itself, comes back as a diagnostic.
 */
import { path } from "./platform.js";
import { hasErrors, INTERNAL_ERROR_CODE, INTERNAL_ERROR_HELP, sortDiagnostics, type Diagnostic } from "../grammar/diagnostic.js";
import { LineMap } from "../grammar/location.js";
import { contextFor, type FindingLimit } from "./checks/check.js";
import { ALL_CHECKS } from "./checks/index.js";
import { isValidDate, todayIso } from "./dates.js";
import { fileSystemHost, type CompileHost } from "./host.js";
import type { PolicyIR } from "./ir.js";
import { loadPolicy, type SourceText } from "./load.js";
import { lowerPolicy } from "./lower/index.js";
import type { PolicyModel } from "./model.js";
import { buildScope, type Scope } from "./scope.js";

export const INTERNAL_ERROR = INTERNAL_ERROR_CODE;

export interface CompileOptions {
  /** The file name shown in diagnostics; references are resolved relative to it. */
  filename?: string;
  /** How to read the vocabulary and base policies; the file system by default. */
  host?: CompileHost;
  /** Today's date (YYYY-MM-DD) for the review-date check; the real date by default. */
  today?: string;
}

export interface CompileResult {
  /** The compiled policy; absent when there are errors. */
  ir?: PolicyIR;
  diagnostics: Diagnostic[];
  /** The text of every file involved, for showing diagnostics with their source lines. */
  sources: SourceText[];
  /** Set by `compileFile` when the policy file itself could not be read. */
  unreadable?: string;
}

/** The code for a call to the library with options it cannot use. */
export const INVALID_OPTIONS = "Q098";

function internalError(file: string, error: unknown, lines?: LineMap): Diagnostic {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    code: INTERNAL_ERROR,
    severity: "error",
    message: `Quorate failed while checking this policy (${detail})`,
    file,
    range: (lines ?? new LineMap("")).range(0, 0),
    help: INTERNAL_ERROR_HELP,
  };
}

/**
 * Findings of one check shown per compile: a policy naming one role 400,000 times has
 * 400,000 findings of one kind, which no reader needs and which took seconds to sort.
 */
export const MOST_FINDINGS_PER_CHECK = 200;

/** One finding standing for those of a check not shown, placed where the first of them is. */
function hiddenFindings(limit: FindingLimit): Diagnostic | undefined {
  const first = limit.firstHidden;
  if (!first) return undefined;
  const { related: _related, ...rest } = first;
  const more = limit.hidden.toLocaleString("en-GB");
  return { ...rest, message: `${more} more ${first.code} ${limit.hidden === 1 ? "finding is" : "findings are"} not shown; the first is here: ${first.message}`, help: `fix the ${limit.most} shown, then check again to see the rest` };
}

function runChecks(model: PolicyModel, scope: Scope, today: string): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const check of ALL_CHECKS) {
    const limit: FindingLimit = { most: MOST_FINDINGS_PER_CHECK, shown: 0, hidden: 0 };
    try {
      check.run(contextFor(check, model, scope, today, out, limit));
      const summary = hiddenFindings(limit);
      if (summary) out.push(summary);
    } catch (error) {
      out.push(internalError(model.root.path, new Error(`${check.code} ${check.title}: ${error instanceof Error ? error.message : String(error)}`), model.root.lines));
    }
  }
  return out;
}

/** The same finding reached through two files (a base checked on its own and via a policy) is shown once. */
export function uniqueDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = [d.file, d.code, d.range.start.offset, d.range.end.offset, d.message].join("\u0000");
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function invalidOptions(file: string, message: string): CompileResult {
  return {
    diagnostics: [{ code: INVALID_OPTIONS, severity: "error", message, file, range: new LineMap("").range(0, 0), help: "this is a mistake in the program calling Quorate, not in the policy" }],
    sources: [],
  };
}

export function compile(source: string, given: CompileOptions = {}): CompileResult {
  // Called from JavaScript with anything: `null` options are no options, and never a throw.
  const options: CompileOptions = typeof given === "object" && given !== null ? given : {};
  const filename = typeof options.filename === "string" && options.filename !== "" ? options.filename : "<input>.policy";
  if (typeof source !== "string") return invalidOptions(filename, `compile() needs the policy's text as a string, not ${source === null ? "null" : typeof source}`);
  if (options.today !== undefined && !(typeof options.today === "string" && options.today.length === 10 && isValidDate(options.today))) {
    return invalidOptions(filename, `the \`today\` option must be a date written YYYY-MM-DD, not \`${String(options.today)}\``);
  }
  const today = options.today ?? todayIso();
  const analysis = analysePolicy(source, filename, options.host ?? fileSystemHost(), today);
  const { model, scope, diagnostics, sources } = analysis;
  if (!model || !scope || hasErrors(diagnostics)) return { diagnostics, sources };
  try {
    // The IR is not validated against its zod schema here: that took an eighth of each
    // compile and loading zod a tenth of start-up. The lowering is typed by the schema,
    // and tests check that every bundled and fuzzed policy's IR is exactly what the
    // schema accepts, key order included (test/compiler/schema.test.ts, test/fuzz).
    return { ir: lowerPolicy(model, scope), diagnostics, sources };
  } catch (error) {
    return { diagnostics: [internalError(filename, error, sources[0]?.lines)], sources };
  }
}

/** What compile() knows before lowering: the policy as loaded, its names, and every finding. */
export interface PolicyAnalysis {
  /** Absent when the policy, or a file it reaches, could not be read or parsed. */
  model?: PolicyModel;
  scope?: Scope;
  /** Exactly the diagnostics compile() reports for the same text, host and date. */
  diagnostics: Diagnostic[];
  sources: SourceText[];
}

/**
 * Loads and checks a policy without lowering it: the part of compile() an editor needs
 * (the language service answers hover, completion and rename from the model). Never throws.
 */
export function analysePolicy(source: string, filename: string, host: CompileHost, today: string): PolicyAnalysis {
  let sources: SourceText[] = [{ path: filename, lines: new LineMap(source) }];
  try {
    const loaded = loadPolicy(filename, source, host);
    sources = loaded.sources;
    if (!loaded.model) return { diagnostics: uniqueDiagnostics(sortDiagnostics(loaded.diagnostics)), sources };
    const scope = buildScope(loaded.model);
    const diagnostics = uniqueDiagnostics(sortDiagnostics([...loaded.diagnostics, ...runChecks(loaded.model, scope, today)]));
    return { model: loaded.model, scope, diagnostics, sources };
  } catch (error) {
    return { diagnostics: [internalError(filename, error, sources[0]?.lines)], sources };
  }
}

export function compileFile(filePath: string, given: Omit<CompileOptions, "filename"> = {}): CompileResult {
  const options: Omit<CompileOptions, "filename"> = typeof given === "object" && given !== null ? given : {};
  if (typeof filePath !== "string" || filePath === "") {
    return { ...invalidOptions("<input>.policy", `compileFile() needs the policy's path as text, not ${filePath === null ? "null" : filePath === "" ? "an empty text" : typeof filePath}`), unreadable: "no path was given" };
  }
  const host = options.host ?? fileSystemHost();
  let read: ReturnType<CompileHost["readFile"]>;
  try {
    read = host.readFile(filePath);
  } catch (error) {
    return { diagnostics: [internalError(filePath, error)], sources: [] };
  }
  if ("error" in read) {
    return {
      diagnostics: [{ code: "Q006", severity: "error", message: `cannot read \`${filePath}\`: ${read.error}`, file: filePath, range: new LineMap("").range(0, 0), help: "check the path" }],
      sources: [],
      unreadable: read.error,
    };
  }
  return compile(read.text, { ...options, filename: path.normalize(filePath), host });
}
