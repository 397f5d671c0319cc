/**
 * What must hold of every text the fuzzer tries. Each property returns the reason it
 * failed, or undefined, rather than throwing, so the harness can count how often each was
 * checked and how often it failed, and report every failure with its input.
 *
 * - `compile never throws`: compile() returns (never throws) and reports no internal
 *   error (Q099, which is a crash caught and reported);
 * - `diagnostics inside the file`: every diagnostic's range lies inside the file it names,
 *   its line and column agree with its offset, and it has a code, a message and a help line;
 * - `recovery terminates`: the parser's error recovery stops, having recorded a bounded
 *   number of errors (never more than the tokens it was given, plus one for the end), and
 *   at most the capped number of syntax errors is shown;
 * - `same IR again`: a text that compiles compiles to an IR that is exactly what the IR's
 *   zod schema gives back (compile() does not validate it itself), to the same IR a
 *   second time, and its canonical layout (`quorate fmt`) compiles to the same IR, line
 *   numbers aside;
 * - `formatting keeps the meaning`: a text that parses (even if its checks fail) is laid
 *   out by the formatter without a throw or a refusal (a refusal means the formatter
 *   would have changed the meaning), and laying out the result again changes nothing.
 */
import { Lexer } from "chevrotain";
import { compile, type CompileResult } from "../../compiler/compile.js";
import { memoryHost } from "../../compiler/host.js";
import { PolicyIR } from "../../compiler/ir.js";
import { formatPolicy, type FormatOutcome } from "../../format/formatPolicy.js";
import { sameIR } from "../../format/meaning.js";
import { LineMap } from "../../grammar/location.js";
import { countTokens } from "../../grammar/limits.js";
import { MAX_POLICY_CHARACTERS, MAX_SYNTAX_ERRORS, parse, type ParseResult } from "../../grammar/parse.js";
import { MAX_RECORDED_SYNTAX_ERRORS, sharedParser } from "../../grammar/parser.js";
import { allTokens } from "../../grammar/tokens.js";
import { BUNDLED_FILES, TODAY } from "../helpers/compileText.js";

export const FUZZ_FILE = "policies/fuzz.policy";

export const PROPERTIES = ["compile never throws", "diagnostics inside the file", "recovery terminates", "same IR again", "formatting keeps the meaning"] as const;
export type PropertyName =
  | (typeof PROPERTIES)[number]
  | "same IR in every layout"
  | "token count bound"
  | "conference checked without a throw"
  | "batch line checked without a throw"
  | "scenario file run without a crash";

const host = memoryHost(BUNDLED_FILES);
const lexer = new Lexer(allTokens, { positionTracking: "onlyOffset" });

export function compileFuzz(text: string): CompileResult {
  return compile(text, { filename: FUZZ_FILE, host, today: TODAY });
}

/** The outcome of one case: which properties were checked, and why any failed. */
export interface CaseOutcome {
  checked: PropertyName[];
  failures: { property: PropertyName; reason: string }[];
}

function compileNeverThrows(text: string): { result?: CompileResult; failure?: string } {
  let result: CompileResult;
  try {
    result = compileFuzz(text);
  } catch (error) {
    return { failure: `compile threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}` };
  }
  const internal = result.diagnostics.find((d) => d.code === "Q099");
  return internal ? { result, failure: `internal error Q099: ${internal.message}` } : { result };
}

function diagnosticsInsideFile(text: string, result: CompileResult): string | undefined {
  const sources = new Map(result.sources.map((s) => [s.path, s.lines]));
  sources.set(FUZZ_FILE, new LineMap(text));
  for (const d of result.diagnostics) {
    const lines = sources.get(d.file);
    const where = `${d.code} ${d.file}:${d.range.start.line}:${d.range.start.column} "${d.message}"`;
    if (!lines) return `${where}: names a file that was never read`;
    const { start, end } = d.range;
    if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= lines.text.length)) return `${where}: offsets ${start.offset}–${end.offset} outside 0–${lines.text.length}`;
    for (const p of [start, end]) {
      const expected = lines.position(p.offset);
      if (expected.line !== p.line || expected.column !== p.column) return `${where}: offset ${p.offset} is ${expected.line}:${expected.column}, not ${p.line}:${p.column}`;
    }
    if (!/^Q\d{3}$/.test(d.code) || d.message.trim() === "" || (d.help ?? "").trim() === "") return `${where}: lacks a code, a message or a help line`;
  }
  return undefined;
}

function recoveryTerminates(text: string, parsed: ParseResult): string | undefined {
  // compile() has returned, so recovery stopped; check it stopped having done bounded work.
  const recorded = sharedParser().errors.length;
  const tokens = lexer.tokenize(text).tokens.length;
  if (recorded > Math.min(MAX_RECORDED_SYNTAX_ERRORS, 2 * tokens + 1)) return `the parser recorded ${recorded} errors for ${tokens} tokens`;
  if (parsed.diagnostics.length > MAX_SYNTAX_ERRORS + 2) return `${parsed.diagnostics.length} syntax errors shown, more than the cap of ${MAX_SYNTAX_ERRORS}`;
  return undefined;
}

async function formattingKeepsMeaning(text: string): Promise<string | undefined> {
  let once: FormatOutcome;
  try {
    once = await formatPolicy(text, { filename: FUZZ_FILE, host });
  } catch (error) {
    return `the formatter threw: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  }
  if (once.kind === "refused") return `the formatter refused a policy that parses: ${once.reason}`;
  if (once.kind === "syntax-errors") return "the formatter found syntax errors in a policy that parses";
  if (once.kind === "too-large") return undefined;
  const twice = await formatPolicy(once.text, { filename: FUZZ_FILE, host });
  if (twice.kind !== "formatted" || twice.changed) return "formatting the formatted policy again changed it";
  return undefined;
}

async function sameIRAgain(text: string, result: CompileResult): Promise<string | undefined> {
  if (!result.ir) return undefined;
  const valid = PolicyIR.safeParse(result.ir);
  if (!valid.success) return `the IR does not match its schema: ${valid.error.message}`;
  if (JSON.stringify(valid.data) !== JSON.stringify(result.ir)) return "the IR's keys are not in the order of its schema";
  const again = compileFuzz(text);
  if (!again.ir || !sameIR(result.ir, again.ir) || JSON.stringify(again.ir) !== JSON.stringify(result.ir)) return "compiling the same text twice gave different IRs";
  const formatted = await formatPolicy(text, { filename: FUZZ_FILE, host });
  if (formatted.kind !== "formatted") return `the formatter did not lay out a policy that compiles: ${formatted.kind === "refused" ? formatted.reason : "syntax errors"}`;
  const reparsed = compileFuzz(formatted.text);
  if (!reparsed.ir || !sameIR(result.ir, reparsed.ir)) return "the policy in the canonical layout compiles to a different IR";
  return undefined;
}

function tokenCountBound(text: string): string | undefined {
  const lexed = lexer.tokenize(text);
  const made = lexed.tokens.length + (lexed.groups["comments"]?.length ?? 0);
  const counted = countTokens(text);
  return counted >= made ? undefined : `the count before lexing is ${counted}, but the lexer made ${made} tokens`;
}

/** Checks every property on one text. A compile that throws leaves nothing else to check. */
export async function checkText(text: string): Promise<CaseOutcome> {
  const outcome: CaseOutcome = { checked: ["compile never throws"], failures: [] };
  const fail = (property: PropertyName, reason: string | undefined) => {
    if (reason !== undefined) outcome.failures.push({ property, reason });
  };
  const { result, failure } = compileNeverThrows(text);
  fail("compile never throws", failure);
  if (!result) return outcome;
  // The count that limits a policy's tokens before lexing is never below the lexer's own.
  outcome.checked.push("token count bound");
  fail("token count bound", tokenCountBound(text));
  outcome.checked.push("diagnostics inside the file");
  fail("diagnostics inside the file", diagnosticsInsideFile(text, result));
  if (text.length <= MAX_POLICY_CHARACTERS) {
    // Parsed again on its own: compile() goes on to parse the vocabulary, and the shared
    // parser keeps only its last run's errors.
    const parsed = parse(text, FUZZ_FILE);
    outcome.checked.push("recovery terminates");
    fail("recovery terminates", recoveryTerminates(text, parsed));
    if (parsed.ast && !result.ir) {
      outcome.checked.push("formatting keeps the meaning");
      fail("formatting keeps the meaning", await formattingKeepsMeaning(text));
    }
  }
  if (result.ir) {
    outcome.checked.push("same IR again", "formatting keeps the meaning");
    const reason = await sameIRAgain(text, result);
    fail("same IR again", reason);
    if (!reason) fail("formatting keeps the meaning", await formattingKeepsMeaning(text));
  }
  return outcome;
}

/** A layout variant of a bundled policy compiles exactly as the original: the same IR, lines and all, and the same findings. */
export function sameInEveryLayout(original: string, variant: string): string | undefined {
  const a = compileFuzz(original);
  const b = compileFuzz(variant);
  if (JSON.stringify(a.ir) !== JSON.stringify(b.ir)) return "the IR differs from the original's";
  const findings = (r: CompileResult) => r.diagnostics.map((d) => `${d.code} ${d.file}:${d.range.start.line} ${d.message}`).join("\n");
  if (findings(a) !== findings(b)) return `the findings differ:\n${findings(a)}\n---\n${findings(b)}`;
  return undefined;
}
