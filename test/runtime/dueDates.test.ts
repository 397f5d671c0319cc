/**
 * Due dates on known calendars: each expected date below was worked out by hand from the
 * published bank holidays of the nation concerned (gov.uk for the UK nations, the States'
 * and Tynwald's own lists for the Crown dependencies, gov.ie for Ireland), not from the
 * library the code uses, so a wrong region or a wrong count fails here.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { JurisdictionId } from "../../compiler/catalogue.js";
import type { Deadline } from "../../compiler/ir.js";
import { addMonths, dayOf, deadlineWithDue, dueDate, dueFrom, isoOf, longDate, WorkingCalendar, type Closure, type Moment } from "../../runtime/dueDates.js";
import { HOLIDAY_DATA_VERSION, HOLIDAYS_CONFIRMED_THROUGH } from "../../runtime/holidays.js";
import { REPO } from "../helpers/scratch.js";

const within = (amount: number, unit: "working_days" | "days" | "weeks" | "months" | "hours"): Deadline => ({ kind: "within", amount, unit, then: null });
const before = (amount: number, unit: "working_days" | "days" | "hours"): Deadline => ({ kind: "before_conference", amount, unit });

function at(date: string, time?: string): Moment {
  const day = dayOf(date);
  if (day === undefined) throw new Error(`bad test date ${date}`);
  if (time === undefined) return { day, minutes: null };
  const [h, m] = time.split(":").map(Number);
  return { day, minutes: (h ?? 0) * 60 + (m ?? 0) };
}

function due(jurisdiction: JurisdictionId | null, date: string, deadline: Deadline, closures: Closure[] = [], time?: string) {
  return dueDate(deadline, at(date, time), new WorkingCalendar(jurisdiction, closures));
}

describe("working days in each jurisdiction", () => {
  it("counts 15 working days from a Monday conference in England to the issue's own example", () => {
    expect(due("england", "2026-11-30", within(15, "working_days"))).toEqual({ due: "2026-12-21" });
    expect(deadlineWithDue(within(15, "working_days"), due("england", "2026-11-30", within(15, "working_days")))).toBe("within 15 working days — by Monday 21 December 2026");
  });

  it("skips St Andrew's Day in Scotland, not in England or Wales", () => {
    // Friday 27 November 2026; Monday 30 November is St Andrew's Day.
    expect(due("scotland", "2026-11-27", within(1, "working_days")).due).toBe("2026-12-01");
    expect(due("england", "2026-11-27", within(1, "working_days")).due).toBe("2026-11-30");
    expect(due("wales", "2026-11-27", within(1, "working_days")).due).toBe("2026-11-30");
  });

  it("skips St Patrick's Day and the Twelfth's substitute day in Northern Ireland", () => {
    expect(due("northern_ireland", "2026-03-16", within(1, "working_days")).due).toBe("2026-03-18");
    expect(due("england", "2026-03-16", within(1, "working_days")).due).toBe("2026-03-17");
    // 12 July 2026 is a Sunday: Monday 13 July is the holiday.
    expect(due("northern_ireland", "2026-07-10", within(1, "working_days")).due).toBe("2026-07-14");
    expect(due("scotland", "2026-07-10", within(1, "working_days")).due).toBe("2026-07-13");
  });

  it("skips Good Friday and Easter Monday in England, and Good Friday alone in Scotland", () => {
    // Easter 2026: Good Friday 3 April, Easter Monday 6 April (not a holiday in Scotland).
    expect(due("england", "2026-04-02", within(1, "working_days")).due).toBe("2026-04-07");
    expect(due("scotland", "2026-04-02", within(1, "working_days")).due).toBe("2026-04-06");
  });

  it("crosses Christmas and a year end, with each nation's substitute days", () => {
    // England 2026–27: 25 Dec (Fri), 28 Dec (Boxing Day substitute), 1 Jan (Fri).
    expect(due("england", "2026-12-23", within(5, "working_days")).due).toBe("2027-01-04");
    // Scotland also has 2 January: a Saturday in 2027, so Monday 4 January instead.
    expect(due("scotland", "2026-12-23", within(5, "working_days")).due).toBe("2027-01-05");
  });

  it("knows each Crown dependency's and Ireland's own days", () => {
    const cases: [JurisdictionId, string, string, string][] = [
      // Isle of Man: TT Senior Race Day, Friday 12 June 2026.
      ["isle_of_man", "2026-06-11", "2026-06-15", "2026-06-12"],
      // Jersey and Guernsey: Liberation Day, Friday 9 May 2025.
      ["jersey", "2025-05-08", "2025-05-12", "2025-05-09"],
      ["guernsey", "2025-05-08", "2025-05-12", "2025-05-09"],
      // Ireland: St Brigid's Day, Monday 2 February 2026.
      ["ireland", "2026-01-30", "2026-02-03", "2026-02-02"],
    ];
    for (const [jurisdiction, date, there, inEngland] of cases) {
      expect([jurisdiction, due(jurisdiction, date, within(1, "working_days")).due]).toEqual([jurisdiction, there]);
      expect(due("england", date, within(1, "working_days")).due).toBe(inEngland);
    }
  });

  it("counts closure days a board declares as non-working", () => {
    const closures: Closure[] = [{ from: "2026-12-29", to: "2026-12-31", reason: "council offices closed", source: "board.policy:12" }];
    expect(due("england", "2026-12-23", within(5, "working_days"), closures).due).toBe("2027-01-07");
    const calendar = new WorkingCalendar("england", closures);
    expect(calendar.kindOf(dayOf("2026-12-30") as number)).toEqual({ working: false, why: "closure", reason: "council offices closed", source: "board.policy:12" });
    expect(calendar.kindOf(dayOf("2026-12-25") as number)).toEqual({ working: false, why: "holiday", name: "Christmas Day" });
    expect(calendar.kindOf(dayOf("2026-12-27") as number)).toEqual({ working: false, why: "weekend" });
  });

  it("says why working days cannot be counted without a jurisdiction", () => {
    expect(due(null, "2026-11-30", within(15, "working_days"))).toEqual({ due: null, note: "the policy names no jurisdiction, so its working days are not known: add `jurisdiction …` to its header" });
    // Calendar days need none.
    expect(due(null, "2026-11-30", within(28, "days")).due).toBe("2026-12-28");
  });
});

describe("days, weeks, months and hours", () => {
  it("counts calendar days through a year end, weekends and holidays included, without moving the date", () => {
    expect(due("england", "2026-12-10", within(28, "days")).due).toBe("2027-01-07");
    // Boxing Day 2026 is a Saturday: a deadline on it stays on it.
    expect(due("england", "2026-12-19", within(7, "days")).due).toBe("2026-12-26");
    expect(due("england", "2026-12-19", within(1, "weeks")).due).toBe("2026-12-26");
  });

  it("counts calendar months, clamped to the end of a shorter month", () => {
    expect(due("england", "2027-01-31", within(1, "months")).due).toBe("2027-02-28");
    expect(due("england", "2028-01-31", within(1, "months")).due).toBe("2028-02-29");
    expect(due("england", "2026-11-30", within(3, "months")).due).toBe("2027-02-28");
    expect(isoOf(addMonths(dayOf("2026-03-31") as number, -1))).toBe("2026-02-28");
  });

  it("counts hours across a weekend as elapsed hours, from the conference's time", () => {
    // Friday 4 December 2026 at 15:00: 72 hours later is Monday at 15:00.
    const result = due("england", "2026-12-04", within(72, "hours"), [], "15:00");
    expect(result).toEqual({ due: "2026-12-07", dueTime: "15:00" });
    expect(deadlineWithDue(within(72, "hours"), result)).toBe("within 72 hours — by 15:00 on Monday 7 December 2026");
  });

  it("keeps elapsed hours across the change of clocks", () => {
    // Clocks go back at 02:00 on Sunday 25 October 2026: 72 hours from 10:00 on Friday 23rd end at 09:00 on Monday.
    expect(due("england", "2026-10-23", within(72, "hours"), [], "10:00")).toEqual({ due: "2026-10-26", dueTime: "09:00" });
    // They go forward at 01:00 on Sunday 29 March 2026.
    expect(due("england", "2026-03-27", within(72, "hours"), [], "10:00")).toEqual({ due: "2026-03-30", dueTime: "11:00" });
  });

  it("dates a whole number of days' hours without a time, and asks for the time otherwise", () => {
    expect(due("england", "2026-12-04", within(48, "hours"))).toEqual({ due: "2026-12-06" });
    expect(due("england", "2026-12-04", within(36, "hours"))).toEqual({ due: null, note: 'a deadline in hours needs the conference\'s time: give `time` (like "14:00") beside its `date`' });
  });
});

describe("before the conference, repeats, and the edge of the holiday data", () => {
  it("counts backwards from the conference", () => {
    // Tuesday 5 January 2027: Monday 4th, then back over New Year's Day to Thursday 31 December.
    expect(due("england", "2027-01-05", before(2, "working_days")).due).toBe("2026-12-31");
    expect(deadlineWithDue(before(2, "working_days"), due("england", "2027-01-05", before(2, "working_days")))).toBe("2 working days before the conference — by Thursday 31 December 2026");
    expect(due("england", "2027-01-05", before(10, "days")).due).toBe("2026-12-26");
    expect(due("england", "2027-01-05", before(24, "hours"), [], "09:30")).toEqual({ due: "2027-01-04", dueTime: "09:30" });
  });

  it("gives the first date of a repeated duty and the rule for the next", () => {
    const review: Deadline = { kind: "within", amount: 3, unit: "months", then: { amount: 6, unit: "months" } };
    expect(deadlineWithDue(review, due("england", "2026-11-30", review))).toBe("within 3 months, then every 6 months — first by Sunday 28 February 2027, then within 6 months of each one before");
    const coreGroup: Deadline = { kind: "every", amount: 4, unit: "weeks" };
    expect(deadlineWithDue(coreGroup, due("england", "2026-11-30", coreGroup))).toBe("every 4 weeks — first by Monday 28 December 2026, then 4 weeks after each one before");
  });

  it("dates an immediate duty on the conference's day", () => {
    const now: Deadline = { kind: "immediately", afterConference: true };
    expect(deadlineWithDue(now, due("england", "2026-11-30", now))).toBe("immediately after the conference — on Monday 30 November 2026");
  });

  it("gives no day for a duty due as soon as possible, and none for a stage counted from it", () => {
    const soon: Deadline = { kind: "as_soon_as_possible" };
    const counted = dueFrom(soon, at("2026-11-30"), new WorkingCalendar("england"));
    expect(counted.due.due).toBeNull();
    expect(counted.end).toBeNull();
    expect(deadlineWithDue(soon, counted.due)).toBe("as soon as possible");
  });

  it("chains one stage's deadline from the end of the one before", () => {
    const calendar = new WorkingCalendar("england");
    const first = dueFrom(within(5, "working_days"), at("2026-11-30"), calendar);
    expect(first.due.due).toBe("2026-12-07");
    expect(first.end && dueFrom(within(10, "working_days"), first.end, calendar).due.due).toBe("2026-12-21");
  });

  it("marks a date that counts holidays beyond the confirmed data as provisional", () => {
    const last = `${HOLIDAYS_CONFIRMED_THROUGH}-12-20`;
    const result = due("england", last, within(10, "working_days"));
    expect(result.provisional).toBe(true);
    expect(result.note).toMatch(/^public holidays after \d{4} are not yet confirmed/);
    expect(deadlineWithDue(within(10, "working_days"), result)).toMatch(/ \(provisional: holidays not yet confirmed\)$/);
    expect(due("england", `${HOLIDAYS_CONFIRMED_THROUGH}-06-01`, within(10, "working_days")).provisional).toBeUndefined();
  });

  it("sets the horizon for the installed version of the holiday data", () => {
    const installed = JSON.parse(readFileSync(path.join(REPO, "node_modules/date-holidays/package.json"), "utf8")) as { version: string };
    expect(installed.version, "date-holidays was upgraded: revisit HOLIDAYS_CONFIRMED_THROUGH in runtime/holidays.ts and docs/language.md").toBe(HOLIDAY_DATA_VERSION);
  });
});

describe("dates in words", () => {
  it("names the weekday, so a date on a weekend shows itself", () => {
    expect(longDate("2026-12-26")).toBe("Saturday 26 December 2026");
    expect(longDate("2028-02-29")).toBe("Tuesday 29 February 2028");
    expect(dayOf("2026-02-29")).toBeUndefined();
    expect(isoOf(dayOf("1999-12-31") as number)).toBe("1999-12-31");
  });
});
