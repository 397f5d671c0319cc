/**
 * `quorate calendar <policy> --from DATE --to DATE [--calendar FILE] [--format text|json]`:
 * the days a policy's deadlines count, so an administrator can check them: each day of the
 * range, working or not, and why not (a weekend, a public holiday of the jurisdiction, a
 * closure the policy or the calendar file declares).
 */
import path from "node:path";
import { z } from "zod";
import { isValidDate } from "../../compiler/dates.js";
import { civilOf, dayOf, HOLIDAY_DATA_VERSION, HOLIDAYS_CONFIRMED_THROUGH, isoOf, longDate, PROVISIONAL_NOTE } from "../../runtime/dueDates.js";
import { calendarClosures } from "../calendarOption.js";
import { UsageError, type CliIO } from "../io.js";
import { loadVersions } from "../loadVersions.js";
import { styleFor } from "../style.js";

export const WORKING_DAYS_FORMAT = "quorate.working-days/1";
/** Ten years of days: enough for any deadline, and a listing a reader can still page through. */
export const MOST_DAYS = 3660;

export const WorkingDaysReport = z
  .strictObject({
    format: z.literal(WORKING_DAYS_FORMAT),
    policy: z.string(),
    title: z.string(),
    calendar: z.string().nullable().meta({ description: "Whose public holidays: `England and Wales`, `Scotland`…; null where the policy names no jurisdiction." }),
    from: z.string(),
    to: z.string(),
    workingDays: z.number().int().nonnegative(),
    holidayData: z.strictObject({ package: z.literal("date-holidays"), version: z.string(), confirmedThrough: z.number().int() }),
    days: z.array(
      z.strictObject({
        date: z.string(),
        working: z.boolean(),
        why: z.enum(["weekend", "holiday", "closure"]).optional(),
        name: z.string().nullable().optional().meta({ description: "The holiday's name, or the closure's reason." }),
        source: z.string().optional().meta({ description: "Where a closure is declared: a policy's file and line, or a calendar file's entry." }),
      }),
    ),
    notes: z.array(z.string()),
  })
  .meta({ id: "QuorateWorkingDays", title: "Quorate working days", description: "The days a policy's deadlines count, as `quorate calendar --format json` lists them." });
export type WorkingDaysReport = z.infer<typeof WorkingDaysReport>;

export function workingDaysJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(WorkingDaysReport, { target: "draft-2020-12" }) as Record<string, unknown>;
}

export interface CalendarOptions {
  policy: string;
  from: string | undefined;
  to: string | undefined;
  format: "text" | "json";
  calendar?: string;
  today?: string;
}

const EXAMPLE = "quorate calendar policies/wakefield.policy --from 2026-12-01 --to 2027-01-31";

function dayOption(name: "from" | "to", value: string | undefined): number {
  if (value === undefined) throw new UsageError(`name the ${name === "from" ? "first" : "last"} day to list with \`--${name}\``, EXAMPLE);
  const day = value.length === 10 && isValidDate(value) ? dayOf(value) : undefined;
  if (day === undefined) throw new UsageError(`\`--${name} ${value}\` is not a date`, "write it as year-month-day, like 2026-12-01");
  return day;
}

export function runCalendar(options: CalendarOptions, io: CliIO): number {
  const from = dayOption("from", options.from);
  const to = dayOption("to", options.to);
  if (to < from) throw new UsageError(`\`--to ${options.to}\` is before \`--from ${options.from}\``, "give the first day with --from and the last with --to");
  if (to - from >= MOST_DAYS) throw new UsageError(`from ${options.from} to ${options.to} is ${(to - from + 1).toLocaleString("en-GB")} days, more than the ${MOST_DAYS.toLocaleString("en-GB")} (ten years) listed at once`, "list a shorter range");
  const style = styleFor(io.stderr.isTTY, io.env);
  const loaded = loadVersions(path.normalize(options.policy), io, style, options.today);
  if ("exitCode" in loaded) return loaded.exitCode;
  const { versions } = loaded;
  const ir = versions.newest.ir;
  const calendar = versions.calendarFor(versions.newest, calendarClosures(options.calendar, io.cwd, ir));
  const days: WorkingDaysReport["days"] = [];
  let working = 0;
  for (let d = from; d <= to; d++) {
    const kind = calendar.kindOf(d);
    if (kind.working) {
      working++;
      days.push({ date: isoOf(d), working: true });
    } else if (kind.why === "weekend") days.push({ date: isoOf(d), working: false, why: "weekend" });
    else if (kind.why === "holiday") days.push({ date: isoOf(d), working: false, why: "holiday", name: kind.name });
    else days.push({ date: isoOf(d), working: false, why: "closure", name: kind.reason, source: kind.source });
  }
  const notes: string[] = [];
  if (!calendar.knowsWorkingDays) notes.push("the policy names no jurisdiction, so no public holidays are counted, and deadlines in working days are not dated: add `jurisdiction …` to its header");
  else if (civilOf(to).year > HOLIDAYS_CONFIRMED_THROUGH) notes.push(PROVISIONAL_NOTE);
  const report: WorkingDaysReport = {
    format: WORKING_DAYS_FORMAT,
    policy: ir.id,
    title: ir.title,
    calendar: calendar.name,
    from: isoOf(from),
    to: isoOf(to),
    workingDays: working,
    holidayData: { package: "date-holidays", version: HOLIDAY_DATA_VERSION, confirmedThrough: HOLIDAYS_CONFIRMED_THROUGH },
    days,
    notes,
  };
  if (options.format === "json") {
    io.stdout.write(JSON.stringify(report, null, 2) + "\n");
    return 0;
  }
  const out = styleFor(io.stdout.isTTY, io.env);
  const lines = [
    `${out.bold(ir.title)} (${ir.id}) counts deadlines on the working days of ${calendar.name ?? "no jurisdiction"}`,
    `from ${longDate(from)} to ${longDate(to)}: ${working.toLocaleString("en-GB")} working ${working === 1 ? "day" : "days"} of ${(to - from + 1).toLocaleString("en-GB")}`,
    "",
  ];
  const width = Math.max(...days.slice(0, 400).map((d) => longDate(d.date).length));
  for (const d of days) {
    const what = d.working ? "working day" : d.why === "weekend" ? out.dim("weekend") : d.why === "holiday" ? out.warning(`public holiday: ${d.name}`) : out.warning(`closed${d.name ? `: ${d.name}` : ""}${out.dim(` [${d.source}]`)}`);
    lines.push(`  ${longDate(d.date).padEnd(width)}  ${what}`);
  }
  lines.push("", `Public holidays from date-holidays ${HOLIDAY_DATA_VERSION}, confirmed to the end of ${HOLIDAYS_CONFIRMED_THROUGH}.`);
  for (const note of notes) lines.push(`note: ${note}`);
  io.stdout.write(lines.join("\n") + "\n");
  return 0;
}
