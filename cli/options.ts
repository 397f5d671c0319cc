/**
 * The command line's options, and what to say when one is written wrongly. Node's own
 * messages ("Option '--batch <value>' argument missing") are for programmers; these say
 * what the option wants, for the board officer who typed it.
 */
import { UsageError } from "./io.js";
import { MOST_ATTENDEES_SEARCHED, MOST_PER_GROUP_SEARCHED } from "../diff/semantic/searchSpace.js";

export const OPTIONS = {
  format: { type: "string" },
  out: { type: "string", short: "o" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
  check: { type: "boolean" },
  write: { type: "boolean" },
  "max-attendees": { type: "string" },
  "max-per-group": { type: "string" },
  "structural-only": { type: "boolean" },
  batch: { type: "string" },
  explain: { type: "boolean" },
  examples: { type: "string" },
  verbose: { type: "boolean" },
  quiet: { type: "boolean", short: "q" },
  "no-notes": { type: "boolean" },
  strict: { type: "boolean" },
  calendar: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
} as const;

type OptionName = keyof typeof OPTIONS;

/** What each option that takes a value wants, as a hint after the error. */
const VALUE_WANTED: Partial<Record<OptionName, string>> = {
  format: "name a format, such as `--format json`; `quorate --help` lists each command's formats",
  out: "name the file to write, such as `-o wakefield.json`",
  today: "give a date written year-month-day, such as `--today 2026-11-24`",
  "max-attendees": `give a whole number from 1 to ${MOST_ATTENDEES_SEARCHED}, such as \`--max-attendees 8\``,
  "max-per-group": `give a whole number from 1 to ${MOST_PER_GROUP_SEARCHED}, such as \`--max-per-group 3\``,
  batch: "name a file of conferences, one per line, such as `--batch history.jsonl`, or `--batch -` to read them from standard input",
  examples: "give how many changed decisions to show, such as `--examples 20`",
  calendar: "name a calendar file of closure days, such as `--calendar closures.json`",
  from: "give the first day to list, written year-month-day, such as `--from 2026-12-01`",
  to: "give the last day to list, written year-month-day, such as `--to 2027-01-31`",
};

/** The option an error from `parseArgs` is about, by its long name. */
function optionNamed(message: string): OptionName | undefined {
  const long = /'(?:-[a-z], )?--([a-z-]+)/i.exec(message)?.[1];
  if (long !== undefined && Object.hasOwn(OPTIONS, long)) return long as OptionName;
  const short = /'-([a-z])'/i.exec(message)?.[1];
  return (Object.keys(OPTIONS) as OptionName[]).find((name) => "short" in OPTIONS[name] && (OPTIONS[name] as { short: string }).short === short);
}

/** A usage error in words for an error thrown by `parseArgs`. */
export function optionError(error: unknown): UsageError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const name = optionNamed(message);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && name !== undefined) {
    if (OPTIONS[name].type === "boolean") return new UsageError(`\`--${name}\` is a switch and takes no value`, `write \`--${name}\` on its own`);
    const written = "short" in OPTIONS[name] ? `\`-${(OPTIONS[name] as { short: string }).short}\` (\`--${name}\`)` : `\`--${name}\``;
    const wanted = VALUE_WANTED[name] ?? "run `quorate --help` for the options";
    // parseArgs will not take a value that begins with a dash unless it is joined with `=`.
    if (/ambiguous/.test(message)) return new UsageError(`${written} needs a value, and the word after it begins with a dash`, `${wanted}; if that word is the value (a file named \`-old.jsonl\`, say), join it with \`=\`: \`--${name}=-old.jsonl\``);
    return new UsageError(`${written} needs a value`, wanted);
  }
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    const written = /^Unknown option '(.*)'\. To specify/s.exec(message)?.[1] ?? /'(.*)'/s.exec(message)?.[1] ?? message;
    return new UsageError(`unknown option \`${written}\``, "run `quorate --help` for the options; a file whose name begins with `-` goes after `--`, as in `quorate check -- -draft.policy`");
  }
  return new UsageError(message.replace(/\. To specify.*$/s, ""), "run `quorate --help` for the options");
}
