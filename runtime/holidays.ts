/**
 * The public holidays of each jurisdiction the language supports, from the `date-holidays`
 * package (its per-region data for Great Britain, the Crown dependencies and Ireland), not
 * from a list kept here. England and Wales share one calendar; Scotland, Northern Ireland,
 * the Isle of Man, Jersey, Guernsey and Ireland each have their own. A day counts as a
 * holiday when the package lists it as a `public` or `bank` holiday (substitute days
 * included); observances (Mother's Day, Easter Sunday) do not.
 *
 * The package computes each year's holidays from rules (Easter, "first Monday in May",
 * substitute days), so it answers for any year. One-off holidays (a coronation, a state
 * funeral, a moved May holiday) are known only once the package's maintainers add them,
 * so its answers are taken as confirmed only up to HOLIDAYS_CONFIRMED_THROUGH; a due date
 * that depends on a later year is marked provisional, never given silently.
 */
import { createRequire } from "node:module";
import type Holidays from "date-holidays";
import type { HolidaysTypes } from "date-holidays";
import type { JurisdictionId } from "../compiler/catalogue.js";

type HolidaysClass = typeof Holidays;

/**
 * The package is loaded the first time a due date needs a holiday, not when the evaluator
 * is: its data for every country took 170 ms of each `quorate eval`, `impact`, `test`,
 * `diff` and `summary` start, and of each thread a diff searches on, most of which never
 * date anything. A bundle for the browser, which cannot load a package as it runs, hands
 * the class over first (`useHolidaysPackage`; the Studio's worker does).
 */
let holidaysClass: HolidaysClass | undefined;

export function useHolidaysPackage(given: HolidaysClass): void {
  holidaysClass = given;
}

function holidaysPackage(): HolidaysClass {
  if (holidaysClass === undefined) {
    let loaded: HolidaysClass | { default: HolidaysClass };
    try {
      loaded = createRequire(import.meta.url)("date-holidays") as HolidaysClass | { default: HolidaysClass };
    } catch (error) {
      // In a browser bundle that did not hand the package over, or where it is not installed: say which, not a loader's words.
      throw new Error(`the public holidays (the date-holidays package) could not be loaded: ${error instanceof Error ? error.message : String(error)}; a bundle for the browser must call useHolidaysPackage first`, { cause: error });
    }
    holidaysClass = "default" in loaded ? loaded.default : loaded;
  }
  return holidaysClass;
}

/**
 * The version of `date-holidays` whose data this horizon was set for (September 2026).
 * UK bank holidays are announced about a year ahead, so its data is taken as confirmed to
 * the end of the year after its release. A test fails when the installed version differs,
 * so an upgrade comes with a new look at the horizon (and docs/language.md).
 */
export const HOLIDAY_DATA_VERSION = "3.37.0";
export const HOLIDAYS_CONFIRMED_THROUGH = 2027;

export type CalendarId = "england_and_wales" | "scotland" | "northern_ireland" | "isle_of_man" | "jersey" | "guernsey" | "ireland";

interface Region {
  name: string;
  country: string;
  state?: string;
  /** The time zone of the region's clocks, for deadlines in hours across a change of clocks. */
  zone: string;
}

export const CALENDARS: Readonly<Record<CalendarId, Region>> = {
  england_and_wales: { name: "England and Wales", country: "GB", state: "ENG", zone: "Europe/London" },
  scotland: { name: "Scotland", country: "GB", state: "SCT", zone: "Europe/London" },
  northern_ireland: { name: "Northern Ireland", country: "GB", state: "NIR", zone: "Europe/London" },
  isle_of_man: { name: "the Isle of Man", country: "IM", zone: "Europe/Isle_of_Man" },
  jersey: { name: "Jersey", country: "JE", zone: "Europe/Jersey" },
  guernsey: { name: "Guernsey", country: "GG", zone: "Europe/Guernsey" },
  ireland: { name: "Ireland", country: "IE", zone: "Europe/Dublin" },
};

const BY_JURISDICTION: Readonly<Record<JurisdictionId, CalendarId>> = {
  england: "england_and_wales",
  wales: "england_and_wales",
  scotland: "scotland",
  northern_ireland: "northern_ireland",
  isle_of_man: "isle_of_man",
  jersey: "jersey",
  guernsey: "guernsey",
  ireland: "ireland",
};

export function calendarOf(jurisdiction: JurisdictionId): CalendarId {
  return BY_JURISDICTION[jurisdiction];
}

const sources = new Map<CalendarId, Holidays>();
/** Each calendar's holidays by year: day number (days since 1970-01-01) to the holiday's name. */
const years = new Map<CalendarId, Map<number, ReadonlyMap<number, string>>>();

function source(calendar: CalendarId): Holidays {
  let found = sources.get(calendar);
  if (!found) {
    const region = CALENDARS[calendar];
    const options: HolidaysTypes.Options = { languages: "en", types: ["bank", "public"] };
    const Package = holidaysPackage();
    found = region.state === undefined ? new Package(region.country, options) : new Package(region.country, region.state, options);
    sources.set(calendar, found);
  }
  return found;
}

const DAY_MS = 86_400_000;

/** The public and bank holidays of one calendar year, by day number; worked out once per process. */
export function holidaysIn(calendar: CalendarId, year: number): ReadonlyMap<number, string> {
  let byYear = years.get(calendar);
  if (!byYear) {
    byYear = new Map();
    years.set(calendar, byYear);
  }
  let found = byYear.get(year);
  if (!found) {
    const days = new Map<number, string>();
    for (const h of source(calendar).getHolidays(year)) {
      if (h.type !== "public" && h.type !== "bank") continue;
      const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(h.date);
      if (!match) continue;
      const day = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS;
      // Two holidays on one day (a substitute beside the day itself) keep the first name.
      if (!days.has(day)) days.set(day, h.name);
    }
    found = days;
    byYear.set(year, found);
  }
  return found;
}
