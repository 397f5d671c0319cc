/** Reads a conference file and validates it against a policy; any problem is a usage error naming the JSON path. */
import path from "node:path";
import { readTextFile } from "../compiler/host.js";
import type { PolicyIR } from "../compiler/ir.js";
import type { Conference } from "../runtime/conference.js";
import { MAX_CONFERENCE_BYTES, parseJsonText, validateConference, type ConferenceProblem } from "../runtime/validateConference.js";
import { UsageError } from "./io.js";

/** A conference file that cannot be used: every problem is listed, each with its JSON path. */
export class ConferenceFileError extends UsageError {
  constructor(
    readonly file: string,
    readonly problems: ConferenceProblem[],
  ) {
    super(`${file} is not a conference Quorate can decide:\n${problems.map((p) => `  ${p.path}: ${p.message}${p.hint ? `\n    help: ${p.hint}` : ""}`).join("\n")}`);
  }
}

export function readConferenceValue(file: string, cwd: string): unknown {
  const read = readTextFile(path.resolve(cwd, file), MAX_CONFERENCE_BYTES, "a conference file");
  if ("error" in read) throw new UsageError(`cannot read \`${file}\`: ${read.error}`, "check that the conference file exists and can be read");
  const parsed = parseJsonText(read.text);
  if (!parsed.ok) throw new ConferenceFileError(file, parsed.problems);
  return parsed.value;
}

export function conferenceFor(ir: PolicyIR, value: unknown, file: string): Conference {
  const checked = validateConference(ir, value);
  if (!checked.ok) throw new ConferenceFileError(file, checked.problems);
  return checked.conference;
}
