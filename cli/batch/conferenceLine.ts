/**
 * One line of a JSON Lines history as a conference: parsed, then checked against a policy
 * exactly as `quorate eval` checks a conference file, with every problem worded for a
 * line rather than a file (`column 17`, not `line 1, column 17`).
 */
import type { PolicyIR } from "../../compiler/ir.js";
import type { Conference } from "../../runtime/conference.js";
import { parseJsonText, validateConference, type ConferenceProblem } from "../../runtime/validateConference.js";
import { MAX_LINE_BYTES, type InputLine } from "./lines.js";
import type { LineProblem } from "./record.js";

export type ParsedLine = { line: number; title?: string } & ({ value: unknown } | { problems: LineProblem[] });

const MOST_TITLE_CHARACTERS = 500;

/** The words of a conference file's problems, said of a line. */
function forLine(problem: ConferenceProblem): LineProblem {
  const path = problem.path
    .replace(/^line 1, column (\d+)/, "column $1")
    .replace("(the end of the file)", "(the end of the line)")
    .replace("(the whole file)", "(the whole line)");
  const message = problem.message
    .replace(/^the file is not valid JSON/, "the line is not valid JSON")
    .replace(/^the file (has|should)/, "the conference $1")
    .replace("at the top of the file", "at the top of the conference");
  return problem.hint === undefined ? { path, message } : { path, message, hint: problem.hint };
}

function titleOf(value: unknown): string | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const title = (value as { title?: unknown }).title;
  return typeof title === "string" ? title.slice(0, MOST_TITLE_CHARACTERS) : undefined;
}

/** Undefined for a blank line, which is skipped. */
export function parseConferenceLine(input: InputLine): ParsedLine | undefined {
  const { line } = input;
  if ("tooLong" in input) {
    return { line, problems: [{ path: "(the whole line)", message: `the line is ${input.tooLong.toLocaleString("en-GB")} bytes long, more than the ${MAX_LINE_BYTES.toLocaleString("en-GB")} (1 MiB) Quorate reads as one conference`, hint: "write one conference per line; check that line breaks between conferences have not been lost" }] };
  }
  if ("notUtf8" in input) return { line, problems: [{ path: "(the whole line)", message: "the line is not UTF-8 text", hint: "save the file as UTF-8" }] };
  if (input.text.trim() === "") return undefined;
  // Line 1's mark is taken off as the input is split; JSON would skip one anywhere else too.
  if (input.text.charCodeAt(0) === 0xfeff) {
    return { line, problems: [{ path: "column 1", message: "the line begins with an invisible byte-order mark (U+FEFF), which only the first line of a file may have", hint: "remove the mark: the lines were probably joined from files saved with one" }] };
  }
  const parsed = parseJsonText(input.text);
  if (!parsed.ok) return { line, problems: parsed.problems.map(forLine) };
  const title = titleOf(parsed.value);
  return title === undefined ? { line, value: parsed.value } : { line, title, value: parsed.value };
}

export function checkConference(ir: PolicyIR, value: unknown): { conference: Conference } | { problems: LineProblem[] } {
  const checked = validateConference(ir, value);
  return checked.ok ? { conference: checked.conference } : { problems: checked.problems.map(forLine) };
}
