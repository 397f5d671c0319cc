/** Reads a conference file and validates it against a policy; any problem is a usage error naming the JSON path. */
import path from "node:path";
import { readTextFile } from "../compiler/host.js";
import type { PolicyIR } from "../compiler/ir.js";
import type { Conference } from "../runtime/conference.js";
import { MAX_CONFERENCE_BYTES, parseJsonText, validateConference, type ConferenceProblem } from "../runtime/validateConference.js";
import { UsageError } from "./io.js";
import { printable } from "./printable.js";

/** A conference file that cannot be used: every problem is listed, each with its JSON path. */
export class ConferenceFileError extends UsageError {
  constructor(
    readonly file: string,
    readonly problems: ConferenceProblem[],
    value?: unknown,
  ) {
    super(`${printable(file)} is not a conference Quorate can decide:\n${problems.map((p) => `  ${printable(pathWithIds(p.path, value))}: ${printable(p.message)}${p.hint ? `\n    help: ${printable(p.hint)}` : ""}`).join("\n")}`);
    this.multiline = true;
  }
}

/**
 * A problem's JSON path with the id of the attendee or child it is in, for a reader who
 * knows them by id, not by place: `attendees[2].role (attendee \`pc\`)`. The path itself
 * stays as it is, as in the JSON outputs.
 */
export function pathWithIds(problemPath: string, value: unknown): string {
  const at = /^(attendees|children)\[(\d+)\]/.exec(problemPath);
  if (!at || typeof value !== "object" || value === null) return problemPath;
  const list = (value as Record<string, unknown>)[at[1] as string];
  const item = Array.isArray(list) ? (list[Number(at[2])] as unknown) : undefined;
  const id = typeof item === "object" && item !== null ? (item as Record<string, unknown>)["id"] : undefined;
  if (typeof id !== "string" || id === "" || id.length > 64) return problemPath;
  return `${problemPath} (${at[1] === "attendees" ? "attendee" : "child"} \`${id}\`)`;
}

/**
 * Reads and parses a JSON input (a conference, a scenario file); nothing is thrown. With
 * `within`, a file that really lies outside that folder (through a link) is not read.
 */
export function readJsonFile(file: string, cwd: string, what: string, within?: string): { value: unknown } | { unreadable: string; outside?: true } | { problems: ConferenceProblem[] } {
  const read = readTextFile(path.resolve(cwd, file), MAX_CONFERENCE_BYTES, what, within);
  if ("error" in read) return read.outside ? { unreadable: read.error, outside: true } : { unreadable: read.error };
  const parsed = parseJsonText(read.text);
  return parsed.ok ? { value: parsed.value } : { problems: parsed.problems };
}

export function readConferenceValue(file: string, cwd: string): unknown {
  const read = readJsonFile(file, cwd, "a conference file");
  if ("unreadable" in read) throw new UsageError(`cannot read \`${file}\`: ${read.unreadable}`, "check that the conference file exists and can be read");
  if ("problems" in read) throw new ConferenceFileError(file, read.problems);
  return read.value;
}

export function conferenceFor(ir: PolicyIR, value: unknown, file: string): Conference {
  const checked = validateConference(ir, value);
  if (!checked.ok) throw new ConferenceFileError(file, checked.problems, value);
  return checked.conference;
}
