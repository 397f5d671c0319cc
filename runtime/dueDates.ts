/**
 * Real dates for a protocol's deadlines: the one module that turns "within 15 working days"
 * and a conference's date into "by Monday 21 December 2026", for `eval`, the readable
 * policy and the Studio alike, so they all count and word a deadline the same way.
 *
 * How each unit counts, from the conference's date (and time, for hours):
 * - `working days`: the Nth working day after the conference (the conference's own day is
 *   never counted); a working day is a weekday that is not a public or bank holiday of the
 *   policy's jurisdiction (runtime/holidays.ts) nor a closure day the board or deployment
 *   declares. `within 0 working days` is the conference's own day.
 * - `days` and `weeks`: calendar days (7 a week), weekends and holidays included, and a
 *   date that falls on one is not moved.
 * - `months`: calendar months: the same day of the month N months on, or the month's last
 *   day where it is shorter (31 January + 1 month = 28 or 29 February).
 * - `hours`: elapsed hours from the conference's time, through nights, weekends and
 *   holidays alike (a protocol that counts in hours means urgent action that does not
 *   wait for Monday), on the clocks of the jurisdiction (a change of clocks moves the wall
 *   time by an hour). Without the conference's time a whole number of days' hours (24, 48,
 *   72) gives a date; any other number gives none, and says why.
 * - `N … before conference` counts the same way backwards.
 * - `immediately` is due on the conference's own day.
 * - `every N …` falls due first N after the conference, then N after each one before;
 *   `within N …, then every M …` first within N, then within M of each one before. Only
 *   the first date is given: the next depends on when the one before really happened.
 *
 * Days are whole numbers (days since 1 January 1970), so counting is integer arithmetic.
 */
import type { JurisdictionId } from "../compiler/catalogue.js";
import type { Deadline, Period } from "../compiler/ir.js";
import { deadlineInWords, periodInWords } from "./deadlineWords.js";
import { CALENDARS, calendarOf, holidaysIn, HOLIDAYS_CONFIRMED_THROUGH, type CalendarId } from "./holidays.js";

export { HOLIDAYS_CONFIRMED_THROUGH, HOLIDAY_DATA_VERSION } from "./holidays.js";

export type Day = number;

const DAY_MS = 86_400_000;
const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"] as const;

// ---- days ----

/** Year, month (1–12) and day of a day number, by integer arithmetic (H. Hinnant's civil_from_days). */
export function civilOf(day: Day): { year: number; month: number; day: number } {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d };
}

export function dayFromCivil(year: number, month: number, day: number): Day {
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return MONTH_DAYS[month - 1] ?? 0;
}

/** The digits of `text` from `start` to `end` as a number, or -1 if any is not a digit. */
function digits(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    n = n * 10 + c;
  }
  return n;
}

/** The day a date written YYYY-MM-DD names, or undefined if it is not a real date. */
export function dayOf(iso: string): Day | undefined {
  // Read by hand rather than by a regular expression: every due date in words is read back through here.
  if (iso.length !== 10 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return undefined;
  const year = digits(iso, 0, 4);
  const month = digits(iso, 5, 7);
  const day = digits(iso, 8, 10);
  if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromCivil(year, month, day);
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

export function isoOf(day: Day): string {
  const c = civilOf(day);
  return `${pad(c.year, 4)}-${pad(c.month)}-${pad(c.day)}`;
}

/** 0 for Monday … 6 for Sunday (1 January 1970 was a Thursday). */
export function weekdayOf(day: Day): number {
  return (((day + 3) % 7) + 7) % 7;
}

export function isWeekend(day: Day): boolean {
  return weekdayOf(day) >= 5;
}

/** "Monday 21 December 2026": the weekday, so that a date on a weekend shows itself. */
export function longDate(day: Day | string): string {
  const d = typeof day === "string" ? dayOf(day) : day;
  if (d === undefined) return String(day);
  const c = civilOf(d);
  return `${WEEKDAYS[weekdayOf(d)]} ${c.day} ${MONTHS[c.month - 1]} ${c.year}`;
}

/** The same day of the month N months on (or back), or the month's last day where it is shorter. */
export function addMonths(day: Day, months: number): Day {
  const c = civilOf(day);
  const index = c.year * 12 + (c.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return dayFromCivil(year, month, Math.min(c.day, daysInMonth(year, month)));
}

/** Minutes after midnight of a time written HH:MM (24-hour clock), or undefined. */
export function minutesOf(time: string): number | undefined {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return undefined;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? h * 60 + m : undefined;
}

export function timeOf(minutes: number): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

// ---- clocks ----

const clockFormats = new Map<string, Intl.DateTimeFormat>();

/** How far a zone's clocks are ahead of UTC at an instant, in milliseconds. */
function offsetAt(utcMs: number, zone: string): number {
  let format = clockFormats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-GB", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit" });
    clockFormats.set(zone, format);
  }
  const parts: Record<string, number> = {};
  for (const p of format.formatToParts(new Date(utcMs))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const wall = Date.UTC(parts["year"] ?? 1970, (parts["month"] ?? 1) - 1, parts["day"] ?? 1, parts["hour"] ?? 0, parts["minute"] ?? 0);
  return wall - Math.floor(utcMs / 60_000) * 60_000;
}

/** Elapsed hours from a wall-clock time in a zone, as the wall-clock time they end at. */
function addHours(day: Day, minutes: number, hours: number, zone: string | null): { day: Day; minutes: number } {
  const wall = day * DAY_MS + minutes * 60_000;
  let end: number;
  if (zone === null) end = wall + hours * 3_600_000;
  else {
    const utc = wall - offsetAt(wall - offsetAt(wall, zone), zone);
    const endUtc = utc + hours * 3_600_000;
    end = endUtc + offsetAt(endUtc, zone);
  }
  const endDay = Math.floor(end / DAY_MS);
  return { day: endDay, minutes: Math.round((end - endDay * DAY_MS) / 60_000) };
}

// ---- working days ----

/** A day the board or the deployment declares closed, beside the public holidays. */
export interface Closure {
  from: string;
  to: string;
  reason: string | null;
  /** Where it is declared: `policy.policy:12`, or a calendar file. */
  source: string;
}

export type DayKind =
  | { working: true }
  | { working: false; why: "weekend" }
  | { working: false; why: "holiday"; name: string }
  | { working: false; why: "closure"; reason: string | null; source: string };

const WORKING: DayKind = { working: true };
const WEEKEND: DayKind = { working: false, why: "weekend" };

/** The working days of one jurisdiction, less the closures declared for it. */
export class WorkingCalendar {
  readonly calendar: CalendarId | null;
  /** "England and Wales"; null where the policy names no jurisdiction. */
  readonly name: string | null;
  readonly zone: string | null;
  private readonly closed = new Map<Day, DayKind>();

  constructor(
    readonly jurisdiction: JurisdictionId | null,
    readonly closures: readonly Closure[] = [],
  ) {
    this.calendar = jurisdiction === null ? null : calendarOf(jurisdiction);
    this.name = this.calendar === null ? null : CALENDARS[this.calendar].name;
    this.zone = this.calendar === null ? null : CALENDARS[this.calendar].zone;
    for (const c of closures) {
      const from = dayOf(c.from);
      const to = dayOf(c.to);
      if (from === undefined || to === undefined) continue;
      for (let d = from; d <= to; d++) if (!this.closed.has(d)) this.closed.set(d, { working: false, why: "closure", reason: c.reason, source: c.source });
    }
  }

  /** Whether weekends, holidays and closures are known: a jurisdiction is named. */
  get knowsWorkingDays(): boolean {
    return this.calendar !== null;
  }

  // The holidays of the year last asked about, and that year's first and last day: counting
  // working days asks about one day after another, nearly always in the same year.
  private yearFirst = 1;
  private yearLast = 0;
  private yearHolidays: ReadonlyMap<Day, string> = new Map();

  private holidaysAround(day: Day): ReadonlyMap<Day, string> {
    if (day < this.yearFirst || day > this.yearLast) {
      const year = civilOf(day).year;
      this.yearFirst = dayFromCivil(year, 1, 1);
      this.yearLast = dayFromCivil(year, 12, 31);
      this.yearHolidays = this.calendar === null ? new Map() : holidaysIn(this.calendar, year);
    }
    return this.yearHolidays;
  }

  /** Why a day is not a working day; a weekend first, then a holiday, then a closure. */
  kindOf(day: Day): DayKind {
    if (isWeekend(day)) return WEEKEND;
    const name = this.holidaysAround(day).get(day);
    if (name !== undefined) return { working: false, why: "holiday", name };
    return this.closed.get(day) ?? WORKING;
  }

  isWorking(day: Day): boolean {
    if (isWeekend(day)) return false;
    if (this.holidaysAround(day).has(day)) return false;
    return this.closed.size === 0 || !this.closed.has(day);
  }

  /** The Nth working day after `day` (before it, for a negative N); the day itself is not counted. */
  addWorkingDays(day: Day, count: number): Day {
    const step = count < 0 ? -1 : 1;
    let d = day;
    for (let left = Math.abs(count); left > 0; ) {
      d += step;
      if (this.isWorking(d)) left--;
    }
    return d;
  }
}

// ---- due dates ----

/** When the conference sat: its day, and its time (minutes after midnight) where given. */
export interface Moment {
  day: Day;
  minutes: number | null;
}

/** A deadline's date, or why it has none. */
export interface DueDate {
  /** YYYY-MM-DD; null where the deadline cannot be dated (the note says why). */
  due: string | null;
  /** HH:MM, for a deadline in hours from a conference whose time is given. */
  dueTime?: string;
  /** The date counts working days in a year whose holidays are not yet confirmed. */
  provisional?: true;
  note?: string;
}

type Shifted = { day: Day; minutes: number | null; provisional: boolean } | { note: string };

export const PROVISIONAL_NOTE = `public holidays after ${HOLIDAYS_CONFIRMED_THROUGH} are not yet confirmed: the date counts those the regular rules give, and a holiday announced later would move it`;
export const AS_SOON_AS_POSSIBLE_NOTE = "the protocol asks for it as soon as possible, naming no day";

/** A period counted on from (or, with sign -1, back from) a moment. */
function shift(period: Period, from: Moment, calendar: WorkingCalendar, sign: 1 | -1): Shifted {
  const n = period.amount * sign;
  switch (period.unit) {
    case "days":
      return { day: from.day + n, minutes: null, provisional: false };
    case "weeks":
      return { day: from.day + 7 * n, minutes: null, provisional: false };
    case "months":
      return { day: addMonths(from.day, n), minutes: null, provisional: false };
    case "working_days": {
      if (!calendar.knowsWorkingDays) return { note: "the policy names no jurisdiction, so its working days are not known: add `jurisdiction …` to its header" };
      const day = calendar.addWorkingDays(from.day, n);
      return { day, minutes: null, provisional: civilOf(Math.max(day, from.day)).year > HOLIDAYS_CONFIRMED_THROUGH };
    }
    case "hours": {
      if (from.minutes === null) {
        if (period.amount % 24 === 0) return { day: from.day + n / 24, minutes: null, provisional: false };
        return { note: "a deadline in hours needs the conference's time: give `time` (like \"14:00\") beside its `date`" };
      }
      const end = addHours(from.day, from.minutes, n, calendar.zone);
      return { day: end.day, minutes: end.minutes, provisional: false };
    }
  }
}

function dated(shifted: Shifted): DueDate {
  if ("note" in shifted) return { due: null, note: shifted.note };
  const due: DueDate = { due: isoOf(shifted.day) };
  if (shifted.minutes !== null) due.dueTime = timeOf(shifted.minutes);
  if (shifted.provisional) {
    due.provisional = true;
    due.note = PROVISIONAL_NOTE;
  }
  return due;
}

/** A deadline's date from a moment, and the moment it ends at (for the next stage of a route). */
export function dueFrom(deadline: Deadline, from: Moment, calendar: WorkingCalendar): { due: DueDate; end: Moment | null } {
  if (deadline.kind === "immediately") return { due: { due: isoOf(from.day) }, end: from };
  // "As soon as possible" names no day; a later stage cannot be counted from it either.
  if (deadline.kind === "as_soon_as_possible") return { due: { due: null, note: AS_SOON_AS_POSSIBLE_NOTE }, end: null };
  const shifted = shift(deadline, from, calendar, deadline.kind === "before_conference" ? -1 : 1);
  return { due: dated(shifted), end: "note" in shifted ? null : { day: shifted.day, minutes: shifted.minutes ?? from.minutes } };
}

/** A deadline's date, counted from the conference. */
export function dueDate(deadline: Deadline, conference: Moment, calendar: WorkingCalendar): DueDate {
  return dueFrom(deadline, conference, calendar).due;
}

// ---- words ----

export { deadlineInWords, periodInWords };

/** "by Monday 21 December 2026", "by 14:30 on Thursday 3 December 2026", or why there is no date. */
export function dueInWords(due: DueDate, deadline: Deadline | null = null): string {
  if (due.due === null) return `no date: ${due.note ?? "the deadline cannot be dated"}`;
  const when = due.dueTime === undefined ? longDate(due.due) : `${due.dueTime} on ${longDate(due.due)}`;
  const provisional = due.provisional ? " (provisional: holidays not yet confirmed)" : "";
  if (deadline?.kind === "immediately") return `on ${when}${provisional}`;
  if (deadline?.kind === "every") return `first by ${when}${provisional}, then ${periodInWords(deadline)} after each one before`;
  if (deadline?.kind === "within" && deadline.then) return `first by ${when}${provisional}, then within ${periodInWords(deadline.then)} of each one before`;
  return `by ${when}${provisional}`;
}

/** "within 15 working days — by Monday 21 December 2026"; the deadline alone where there is no date to give. */
export function deadlineWithDue(deadline: Deadline | null, due: DueDate | undefined): string {
  const words = deadlineInWords(deadline);
  if (due === undefined || deadline === null || deadline.kind === "as_soon_as_possible") return words;
  return `${words} — ${dueInWords(due, deadline)}`;
}
