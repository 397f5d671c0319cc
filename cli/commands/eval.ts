/** `quorate eval <policy> <conference.json> [--format text|json]`: decide one conference and explain it. */
import path from "node:path";
import { createEvaluator } from "../../runtime/evaluator.js";
import { conferenceFor, readConferenceValue } from "../conferenceFile.js";
import type { CliIO } from "../io.js";
import { loadPolicy } from "../loadPolicy.js";
import { printableData } from "../printable.js";
import { renderDecision } from "../renderDecision.js";
import { styleFor } from "../style.js";

export interface EvalOptions {
  policy: string;
  conference: string;
  format: "text" | "json";
  today?: string;
}

export function runEval(options: EvalOptions, io: CliIO): number {
  const stderrStyle = styleFor(io.stderr.isTTY, io.env);
  // Read the conference first: a missing or malformed file is reported before any policy findings.
  const value = readConferenceValue(path.normalize(options.conference), io.cwd);
  const loaded = loadPolicy(path.normalize(options.policy), io, stderrStyle, options.today, false);
  if ("exitCode" in loaded) return loaded.exitCode;
  const conference = conferenceFor(loaded.ir, value, options.conference);
  const result = createEvaluator(loaded.ir)(conference);
  io.stdout.write(options.format === "json" ? JSON.stringify(result, null, 2) + "\n" : renderDecision(printableData(result), styleFor(io.stdout.isTTY, io.env)));
  return 0;
}
