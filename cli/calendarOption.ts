/** `--calendar FILE`: a deployment's closure days, read and checked against the policy, or a usage error naming each problem by JSON path. */
import path from "node:path";
import type { PolicyIR } from "../compiler/ir.js";
import { readCalendar } from "../runtime/calendarFile.js";
import type { Closure } from "../runtime/dueDates.js";
import { readJsonFile } from "./conferenceFile.js";
import { UsageError } from "./io.js";

export function calendarClosures(file: string | undefined, cwd: string, ir: PolicyIR): Closure[] {
  if (file === undefined) return [];
  const shown = path.normalize(file);
  const read = readJsonFile(shown, cwd, "a calendar file");
  if ("unreadable" in read) throw new UsageError(`cannot read \`${shown}\`: ${read.unreadable}`, "check that the calendar file exists and can be read");
  const checked = "problems" in read ? read : readCalendar(read.value, ir, shown);
  if ("problems" in checked) {
    const lines = checked.problems.map((p) => `  ${p.path}: ${p.message}${p.hint ? `\n    help: ${p.hint}` : ""}`);
    throw new UsageError(`${shown} is not a calendar Quorate can use:\n${lines.join("\n")}`);
  }
  return checked.closures;
}
