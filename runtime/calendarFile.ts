/**
 * A deployment's calendar file: closure days beside the public holidays, for a local
 * authority that closes days its board's policy does not record (the days between
 * Christmas and New Year, a day of mourning). `--calendar FILE` passes it to `eval`,
 * `eval --batch`, `impact` and `calendar`; its closures count as the policy's own do.
 * The JSON Schema in `schemas/calendar.schema.json` is generated from this file.
 */
import { z } from "zod";
import { JURISDICTIONS, type JurisdictionId } from "../compiler/catalogue.js";
import type { PolicyIR } from "../compiler/ir.js";
import { dayOf, type Closure } from "./dueDates.js";
import { calendarOf } from "./holidays.js";
import { formatPath, type PathPart } from "./jsonPath.js";
import { schemaCheck, type ConferenceProblem } from "./validateConference.js";

export const CALENDAR_FORMAT = "quorate.calendar/1";

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).meta({ description: "A day written YYYY-MM-DD." });
const Reason = z.string().min(1).max(500).optional().meta({ description: "Why the services are closed, for the reader." });

export const ClosureEntry = z
  .strictObject({
    date: Day.optional().meta({ description: "The one day closed." }),
    from: Day.optional().meta({ description: "The first day closed, with `to`." }),
    to: Day.optional().meta({ description: "The last day closed, with `from`." }),
    reason: Reason,
  })
  .meta({ id: "ClosureEntry", description: "One day closed (`date`), or a run of days from `from` to `to`, both included." });

export const CalendarFile = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(CALENDAR_FORMAT).optional(),
    jurisdiction: z
      .enum(Object.keys(JURISDICTIONS) as [JurisdictionId, ...JurisdictionId[]])
      .optional()
      .meta({ description: "The jurisdiction the closures are for; where given, a policy of another jurisdiction refuses the file." }),
    closures: z.array(ClosureEntry).max(10_000),
  })
  .meta({ id: "QuorateCalendar", title: "Quorate calendar", description: "Days a deployment's services are closed beside the public holidays, counted as non-working days." });
export type CalendarFile = z.infer<typeof CalendarFile>;

export function calendarJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(CalendarFile, { target: "draft-2020-12" }) as Record<string, unknown>;
}

let check: ((value: unknown) => ConferenceProblem[] | undefined) | undefined;

/** A calendar file's closures for a policy, or every problem with it, each at its JSON path. */
export function readCalendar(value: unknown, ir: PolicyIR, shown: string): { closures: Closure[] } | { problems: ConferenceProblem[] } {
  check ??= schemaCheck(calendarJsonSchema());
  const found = check(value);
  if (found !== undefined) return { problems: found.map((p) => (p.message.startsWith("the file has no `closures`") ? { ...p, hint: 'list the days closed: `"closures": [{ "date": "2026-12-29", "reason": "…" }]`' } : p)) };
  const file = value as CalendarFile;
  const problems: ConferenceProblem[] = [];
  const add = (parts: PathPart[], message: string, hint: string) => problems.push({ path: formatPath(parts), message, hint });
  if (file.jurisdiction !== undefined && (ir.jurisdiction === null || calendarOf(ir.jurisdiction) !== calendarOf(file.jurisdiction))) {
    add(["jurisdiction"], `the calendar is for ${JURISDICTIONS[file.jurisdiction]}, and ${ir.id} is ${ir.jurisdiction === null ? "of no jurisdiction" : `a policy of ${JURISDICTIONS[ir.jurisdiction]}`}`, "pass the calendar of the policy's own jurisdiction, or correct `jurisdiction`");
  }
  const closures: Closure[] = [];
  file.closures.forEach((entry, i) => {
    const single = entry.date !== undefined;
    if (single ? entry.from !== undefined || entry.to !== undefined : entry.from === undefined || entry.to === undefined) {
      add(["closures", i], single ? "a closure gives either `date` or `from` and `to`, not both" : "a closure needs `date` (one day) or `from` and `to` (a run of days)", 'write `{ "date": "2026-12-24" }` or `{ "from": "2026-12-29", "to": "2026-12-31" }`');
      return;
    }
    const [from, to] = single ? [entry.date as string, entry.date as string] : [entry.from as string, entry.to as string];
    const fields: ["date", "date"] | ["from", "to"] = single ? ["date", "date"] : ["from", "to"];
    const first = dayOf(from);
    const last = dayOf(to);
    if (first === undefined) add(["closures", i, fields[0]], `\`${from}\` is not a real date`, "check the month (01–12) and the day; write it as year-month-day, like 2026-12-29");
    if (last === undefined && to !== from) add(["closures", i, fields[1]], `\`${to}\` is not a real date`, "check the month (01–12) and the day; write it as year-month-day, like 2026-12-31");
    if (first === undefined || last === undefined) return;
    if (last < first) add(["closures", i, "to"], `the closure ends (${to}) before it begins (${from})`, "give the first day closed as `from` and the last as `to`");
    else if (last - first >= 366) add(["closures", i, "to"], `a closure of ${last - first + 1} days is longer than a year`, "check the year of each date");
    else closures.push({ from, to, reason: entry.reason ?? null, source: `${shown} closures[${i}]` });
  });
  return problems.length > 0 ? { problems } : { closures };
}
