/**
 * The public holidays the Studio carries: `date-holidays` ships rules for some two hundred
 * countries (about 400 KB of the page); due dates read only those of the jurisdictions
 * Quorate knows (runtime/holidays.ts), so the rest are left out of the page. The rules
 * kept are the package's own, unchanged, so the Studio dates a deadline as
 * `quorate eval` does (test/studio/holidayData.test.ts compares them year by year).
 */
import type { Plugin } from "vite";
import { CALENDARS } from "../../runtime/holidays.js";

/** The countries whose holidays a Quorate due date can read. */
export const COUNTRIES_READ: ReadonlySet<string> = new Set(Object.values(CALENDARS).map((region) => region.country));

interface HolidayData {
  holidays: Record<string, unknown>;
  [field: string]: unknown;
}

/** The package's data (its `src/data.js`: `export const data = {…}`, JSON inside) with only the countries read. */
export function keepCountriesRead(source: string): string {
  const data = JSON.parse(source.slice(source.indexOf("{"), source.lastIndexOf("}") + 1)) as HolidayData;
  data.holidays = Object.fromEntries(Object.entries(data.holidays).filter(([country]) => COUNTRIES_READ.has(country)));
  return `export const data = ${JSON.stringify(data)};\n`;
}

export function holidaysOfJurisdictions(): Plugin {
  return {
    name: "quorate-holidays-of-jurisdictions",
    transform: {
      filter: { id: /date-holidays[\\/]src[\\/]data\.js$/ },
      handler: (code) => ({ code: keepCountriesRead(code), map: null }),
    },
  };
}
