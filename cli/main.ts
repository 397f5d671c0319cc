/**
 * The `quorate` command: parses arguments and hands each command to the library. Every
 * failure ends in a message and an exit code (0 success, 1 policy errors, 2 usage or
 * input/output problems), never a stack trace.
 */
import { parseArgs } from "node:util";
import { isValidDate } from "../compiler/dates.js";
import type { CheckFormat } from "./commands/check.js";
import { outputName, UsageError, type CliIO } from "./io.js";
import { OPTIONS, optionError } from "./options.js";
import { styleFor } from "./style.js";
import { VERSION } from "./version.js";
import { DEFAULT_SEARCH, MOST_ATTENDEES_SEARCHED, MOST_PER_GROUP_SEARCHED } from "../diff/semantic/searchSpace.js";

export { VERSION };
import { outputFailure } from "./outputErrors.js";
import { printable, printableLines } from "./printable.js";
export { guardOutput } from "./outputErrors.js";

const USAGE = `quorate — child protection conference policies as checked data

usage:
  quorate check [paths…] [--format text|json|sarif|github] [--quiet | --no-notes]
             [--strict] [--today YYYY-MM-DD]
      check policies (a folder means every *.policy in it); exit 1 if any has an error;
      errors come first, then warnings, then notes; --quiet shows errors only and
      --no-notes errors and warnings; json, sarif (SARIF 2.1.0) and github (workflow
      annotations) are for CI; --strict also exits 1 while any ambiguity, silence or
      default awaits the board's sign-off
  quorate compile <file.policy> [-o out.json] [--today YYYY-MM-DD]
      write the compiled policy as JSON (to standard output, or atomically to a file)
  quorate eval <file.policy> <conference.json> [--format text|json] [--calendar FILE]
      decide each child of a conference under a policy (the version in force on its
      date), explain every step, and date each duty from the conference's date
  quorate eval <file.policy> --batch <conferences.jsonl | -> [--explain]
      decide a history of conferences, one per line (\`-\` reads standard input), writing
      one JSON record per line; --explain gives each whole decision; exit 1 if a line
      could not be decided, 2 if the policy or the input cannot be used
  quorate impact <old.policy> <new.policy> <conferences.jsonl | -> [--format text|json]
             [--examples N]
      re-decide a history under two policies and report the decisions that change;
      exit 1 if any changes
  quorate calendar <file.policy> --from YYYY-MM-DD --to YYYY-MM-DD [--calendar FILE]
             [--format text|json]
      list the days a policy's deadlines count: working days, weekends, public
      holidays and closures
  quorate test [paths…] [--format text|json] [--verbose]
      run scenario tests (*.scenarios.json; a folder means every one beneath it, default
      policies): the failures, expected against actual, then a count; --verbose lists all
  quorate summary [paths…] [--verbose] [--today YYYY-MM-DD]
      check and compile policies, then describe each board in plain words and compare
      them, in a screen or two; --verbose describes each board and pair in full
  quorate diff <a.policy> <b.policy> [more…] [--format text|md|html|json] [-o file]
             [--max-attendees N] [--max-per-group N] [--structural-only]
      compare policies rule by rule, and search the conferences they decide
      differently (a folder means every board policy in it); exit 1 if they differ
  quorate readings <file.policy> [--format text|md|html|json] [-o file]
      list every reading the policy rests on (each ambiguity, silence and default),
      with its clause, the reading taken, what it changes and the board's confirmation
  quorate doc <file.policy> [--format md|html] [-o file]
      the policy as a plain-English protocol document, each sentence citing its
      clause, readings highlighted, ending with the readings register
  quorate fmt [--check|--write] [paths…]
      lay policies out in the canonical layout: --check lists the files that are not
      (exit 1 if any), --write rewrites them, and with neither the one policy named is
      printed formatted; a policy with syntax errors is not formatted
  quorate lsp
      run the language server for editors, over standard input and output
      (see docs/editors.md)

exit codes: 0 success, 1 errors in a policy, a failed scenario (test), files to
            format or refused (fmt), policies that differ (diff), lines that could not
            be decided (eval --batch) or decisions that change (impact), 2 a usage, input
            or output problem (and, for diff, eval --batch and impact, a policy that
            cannot be used)
`;

/** The options as parsed: each one's value, typed from its definition in OPTIONS. */
type Flags = { [Name in keyof typeof OPTIONS]?: (typeof OPTIONS)[Name]["type"] extends "string" ? string : boolean };

function parse(argv: string[]): { command: string | undefined; positionals: string[]; flags: Flags } {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: OPTIONS,
    });
    const [command, ...rest] = positionals;
    return { command, positionals: rest, flags: values };
  } catch (error) {
    throw optionError(error);
  }
}

function today(flags: Flags): string | undefined {
  if (flags.today === undefined) return undefined;
  if (!isValidDate(flags.today) || flags.today.length !== 10) throw new UsageError(`\`--today ${flags.today}\` is not a date`, "write it as year-month-day, like 2026-11-24");
  return flags.today;
}

function format(flags: Flags, allowed: string[]): string {
  const value = flags.format ?? "text";
  if (!allowed.includes(value)) throw new UsageError(`unknown format \`${value}\``, `use one of: ${allowed.join(", ")}`);
  return value;
}

function rejectFlags(command: string, flags: Flags, names: (keyof Flags)[]): void {
  for (const name of names) {
    if (flags[name] !== undefined) throw new UsageError(`\`quorate ${command}\` does not take --${name}`, "run `quorate --help` for the options");
  }
}

async function dispatch(argv: string[], io: CliIO): Promise<number> {
  // The language server takes the editor's `--stdio`, which no other command knows.
  if (argv[0] === "lsp") {
    const { runLsp } = await import("./commands/lsp.js");
    return runLsp(argv.slice(1));
  }
  const { command, positionals, flags } = parse(argv);
  if (flags.version) {
    io.stdout.write(`quorate ${VERSION}\n`);
    return 0;
  }
  if (flags.help || command === undefined || command === "help") {
    io.stdout.write(USAGE);
    return command === undefined && !flags.help ? 2 : 0;
  }
  // Each command's modules are loaded only when it runs: start-up is mostly module
  // loading, and `check` in CI should not pay for the runtime, zod, ajv or the diff.
  if (command !== "eval") rejectFlags(command, flags, ["batch", "explain"]);
  if (command !== "impact") rejectFlags(command, flags, ["examples"]);
  if (command !== "summary" && command !== "test") rejectFlags(command, flags, ["verbose"]);
  if (command !== "check") rejectFlags(command, flags, ["quiet", "no-notes", "strict"]);
  if (command !== "eval" && command !== "calendar") rejectFlags(command, flags, ["calendar"]);
  if (command !== "calendar") rejectFlags(command, flags, ["from", "to"]);
  switch (command) {
    case "check": {
      rejectFlags(command, flags, ["out", "check", "write", "max-attendees", "max-per-group", "structural-only"]);
      const { CHECK_FORMATS, runCheck } = await import("./commands/check.js");
      const checkFormat = format(flags, [...CHECK_FORMATS]) as CheckFormat;
      if ((flags.quiet || flags["no-notes"]) && (checkFormat === "json" || checkFormat === "sarif")) {
        throw new UsageError(`\`--${flags.quiet ? "quiet" : "no-notes"}\` is for text and github output`, `the ${checkFormat} output lists every finding with its severity, for a program to filter`);
      }
      if (flags.quiet && flags["no-notes"]) throw new UsageError("use either --quiet or --no-notes, not both", "--quiet shows errors only; --no-notes shows errors and warnings");
      return runCheck({ paths: positionals, format: checkFormat, ...(flags.quiet ? { quiet: true } : {}), ...(flags["no-notes"] ? { noNotes: true } : {}), ...(flags.strict ? { strict: true } : {}), ...optionalToday(flags) }, io);
    }
    case "compile": {
      rejectFlags(command, flags, ["format", "check", "write", "max-attendees", "max-per-group", "structural-only"]);
      const [file, ...extra] = positionals;
      if (!file) throw new UsageError("name the policy to compile", "quorate compile policies/wakefield.policy -o wakefield.json");
      if (extra.length > 0) throw new UsageError("compile takes one policy at a time", `got ${positionals.length} paths`);
      const { runCompile } = await import("./commands/compile.js");
      const out = outputName(flags.out);
      return runCompile({ file, ...(out !== undefined ? { out } : {}), ...optionalToday(flags) }, io);
    }
    case "eval": {
      rejectFlags(command, flags, ["out", "check", "write", "max-attendees", "max-per-group", "structural-only"]);
      if (flags.batch !== undefined) {
        // Loaded only here, like diff: a single eval should not pay for the batch's modules.
        const { runBatchCommand } = await import("./commands/batchArgs.js");
        return runBatchCommand(positionals, { ...flags, ...optionalToday(flags) }, io);
      }
      if (flags.explain) throw new UsageError("--explain is for --batch", "a single `quorate eval` always explains; add `--batch conferences.jsonl` to decide many");
      const [policy, conference, ...extra] = positionals;
      if (!policy || !conference) throw new UsageError("name a policy and a conference file", "quorate eval policies/wakefield.policy conference.json");
      if (extra.length > 0) throw new UsageError("eval takes one policy and one conference file", `got ${positionals.length} paths`);
      if (conference === "-") throw new UsageError("a single `quorate eval` reads its conference from a file, not standard input", `to read conferences from standard input, one per line, use \`quorate eval ${policy} --batch -\``);
      const { runEval } = await import("./commands/eval.js");
      return runEval({ policy, conference, format: format(flags, ["text", "json"]) as "text" | "json", ...optionalToday(flags), ...(flags.calendar !== undefined ? { calendar: flags.calendar } : {}) }, io);
    }
    case "test": {
      rejectFlags(command, flags, ["out", "check", "write", "max-attendees", "max-per-group", "structural-only"]);
      const { runTest } = await import("./commands/test.js");
      return runTest({ paths: positionals, format: format(flags, ["text", "json"]) as "text" | "json", ...(flags.verbose ? { verbose: true } : {}), ...optionalToday(flags) }, io);
    }
    case "summary": {
      rejectFlags(command, flags, ["out", "format", "check", "write", "max-attendees", "max-per-group", "structural-only"]);
      const { runSummary } = await import("./commands/summary.js");
      return runSummary({ paths: positionals, ...(flags.verbose ? { verbose: true } : {}), ...optionalToday(flags) }, io);
    }
    case "diff": {
      rejectFlags(command, flags, ["check", "write"]);
      const { runDiff } = await import("./commands/diff.js");
      const out = outputName(flags.out);
      return runDiff({ paths: positionals, format: format(flags, ["text", "md", "html", "json"]) as "text" | "md" | "html" | "json", ...(out !== undefined ? { out } : {}), ...searchBound(flags, "max-attendees", MOST_ATTENDEES_SEARCHED), ...searchBound(flags, "max-per-group", MOST_PER_GROUP_SEARCHED), ...(flags["structural-only"] ? { structuralOnly: true } : {}), ...optionalToday(flags) }, io);
    }
    case "impact": {
      rejectFlags(command, flags, ["out", "check", "write", "max-attendees", "max-per-group", "structural-only"]);
      const { runImpactCommand } = await import("./commands/batchArgs.js");
      return runImpactCommand(positionals, { ...flags, ...optionalToday(flags), format: format(flags, ["text", "json"]) }, io);
    }
    case "calendar": {
      rejectFlags(command, flags, ["out", "check", "write", "max-attendees", "max-per-group", "structural-only"]);
      const [policy, ...extra] = positionals;
      if (!policy) throw new UsageError("name the policy whose working days to list", "quorate calendar policies/wakefield.policy --from 2026-12-01 --to 2027-01-31");
      if (extra.length > 0) throw new UsageError("calendar takes one policy", `got ${positionals.length} paths`);
      const { runCalendar } = await import("./commands/calendar.js");
      return runCalendar({ policy, from: flags.from, to: flags.to, format: format(flags, ["text", "json"]) as "text" | "json", ...(flags.calendar !== undefined ? { calendar: flags.calendar } : {}), ...optionalToday(flags) }, io);
    }
    case "readings":
    case "doc": {
      rejectFlags(command, flags, ["check", "write", "today", "max-attendees", "max-per-group", "structural-only"]);
      const [file, ...extra] = positionals;
      if (!file) throw new UsageError(`name the policy whose ${command === "doc" ? "document" : "readings"} to write`, `quorate ${command} policies/wakefield.policy${command === "doc" ? " --format html -o wakefield.html" : ""}`);
      if (extra.length > 0) throw new UsageError(`${command} takes one policy at a time`, `got ${positionals.length} paths`);
      const out = outputName(flags.out);
      const written = out !== undefined ? { out } : {};
      if (command === "doc") {
        const { DOC_FORMATS, runDoc } = await import("./commands/doc.js");
        return runDoc({ file, format: format({ format: flags.format ?? "md" }, [...DOC_FORMATS]) as "md" | "html", ...written }, io);
      }
      const { READINGS_FORMATS, runReadings } = await import("./commands/readings.js");
      return runReadings({ file, format: format(flags, [...READINGS_FORMATS]) as "text" | "md" | "html" | "json", ...written }, io);
    }
    case "fmt": {
      rejectFlags(command, flags, ["out", "format", "today", "max-attendees", "max-per-group", "structural-only"]);
      if (flags.check && flags.write) throw new UsageError("use either --check or --write, not both", "--check lists the files to format; --write formats them");
      const { runFmt } = await import("./commands/fmt.js");
      return await runFmt({ paths: positionals, mode: flags.check ? "check" : flags.write ? "write" : "print" }, io);
    }
    default:
      throw new UsageError(`unknown command \`${command}\``, "the commands are check, compile, eval, test, summary, diff, impact, calendar, readings, doc, fmt and lsp; run `quorate --help`");
  }
}

const SEARCH_HELP = {
  "max-attendees": ["maxAttendees", `the default, ${DEFAULT_SEARCH.maxAttendees}, compares the five bundled policies in a few seconds; 16 takes some seconds more, as the time grows polynomially with the number`],
  "max-per-group": ["maxPerGroup", `the most attendees tried from one agency; the default, ${DEFAULT_SEARCH.maxPerGroup}, keeps a search to seconds; 5 or 6 take minutes where a policy has large groupings`],
} as const;

function searchBound(flags: Flags, flag: keyof typeof SEARCH_HELP, most: number): { maxAttendees?: number; maxPerGroup?: number } {
  const text = flags[flag];
  if (text === undefined) return {};
  const n = Number(text);
  const [option, help] = SEARCH_HELP[flag];
  if (!/^\d+$/.test(text) || n < 1 || n > most) throw new UsageError(`\`--${flag} ${text}\` is not a number from 1 to ${most}`, help);
  return { [option]: n };
}

function optionalToday(flags: Flags): { today?: string } {
  const value = today(flags);
  return value ? { today: value } : {};
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const style = styleFor(io.stderr.isTTY, io.env);
    if (error instanceof UsageError) {
      // A file name or value in the message may hold control characters: shown escaped.
      const message = error.multiline ? printableLines(error.message) : printable(error.message);
      io.stderr.write(`${style.error("error")}: ${message}\n${error.help ? `  ${style.good("help:")} ${printable(error.help)}\n` : ""}`);
      return 2;
    }
    // A stream that fails as it is written (rather than later, as the binary's streams do).
    if ((error as { syscall?: unknown } | null)?.syscall === "write") {
      io.stderr.write(`${style.error("error")}: the output could not be written: ${outputFailure(error)}\n  ${style.good("help:")} what was written is incomplete; check where the output goes (the disk, its space), then run the command again\n`);
      return 2;
    }
    const detail = printable(error instanceof Error ? error.message : String(error));
    io.stderr.write(`${style.error("internal error")}: ${detail}\n  help: this is a fault in Quorate; please report it\n`);
    if (io.env?.["QUORATE_DEBUG"] && error instanceof Error && error.stack) io.stderr.write(error.stack + "\n");
    return 2;
  }
}
