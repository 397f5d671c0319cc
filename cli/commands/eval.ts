/**
 * `quorate eval <policy> <conference.json> [--format text|json] [--calendar FILE]`: decide
 * one conference and explain it, under the version of the policy in force on its date.
 */
import path from "node:path";
import { createVersionedEvaluator, dateGiven } from "../../runtime/versions.js";
import { calendarClosures } from "../calendarOption.js";
import { conferenceFor, readConferenceValue } from "../conferenceFile.js";
import type { CliIO } from "../io.js";
import { loadVersions } from "../loadVersions.js";
import { printableData } from "../printable.js";
import { renderDecision } from "../renderDecision.js";
import { styleFor } from "../style.js";

export interface EvalOptions {
  policy: string;
  conference: string;
  format: "text" | "json";
  today?: string;
  calendar?: string;
}

export function runEval(options: EvalOptions, io: CliIO): number {
  const stderrStyle = styleFor(io.stderr.isTTY, io.env);
  // Read the conference first: a missing or malformed file is reported before any policy findings.
  const value = readConferenceValue(path.normalize(options.conference), io.cwd);
  const loaded = loadVersions(path.normalize(options.policy), io, stderrStyle, options.today);
  if ("exitCode" in loaded) return loaded.exitCode;
  const { versions } = loaded;
  const closures = calendarClosures(options.calendar, io.cwd, versions.newest.ir);
  // The version in force on the conference's date is the one that reads it: its roles, its facts.
  const conference = conferenceFor(versions.choose(dateGiven(value)).version.ir, value, options.conference);
  const result = createVersionedEvaluator(versions, closures)(conference);
  io.stdout.write(options.format === "json" ? JSON.stringify(result, null, 2) + "\n" : renderDecision(printableData(result), styleFor(io.stdout.isTTY, io.env)));
  return 0;
}
