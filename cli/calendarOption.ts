/** `--calendar FILE`: a deployment's closure days, read and checked against the policy, or a usage error naming each problem by JSON path. */
import path from "node:path";
import type { PolicyIR } from "../compiler/ir.js";
import { readCalendar } from "../runtime/calendarFile.js";
import type { Closure } from "../runtime/dueDates.js";
import { readJsonFile } from "./conferenceFile.js";
import { UsageError } from "./io.js";
import { printable } from "./printable.js";

export function calendarClosures(file: string | undefined, cwd: string, ir: PolicyIR): Closure[] {
  if (file === undefined) return [];
  const shown = path.normalize(file);
  const read = readJsonFile(shown, cwd, "a calendar file");
  if ("unreadable" in read) throw new UsageError(`cannot read \`${shown}\`: ${read.unreadable}`, "check that the calendar file exists and can be read");
  const checked = "problems" in read ? read : readCalendar(read.value, ir, shown);
  if ("problems" in checked) {
    // Each part made printable on its own, so the lines between them stay lines.
    const lines = checked.problems.map((p) => `  ${printable(p.path)}: ${printable(p.message)}${p.hint ? `\n    help: ${printable(p.hint)}` : ""}`);
    const error = new UsageError(`${printable(shown)} is not a calendar Quorate can use:\n${lines.join("\n")}`);
    error.multiline = true;
    throw error;
  }
  return checked.closures;
}
