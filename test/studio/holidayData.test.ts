/**
 * The Studio carries date-holidays' rules only for the countries Quorate's jurisdictions
 * read (studio/build/holidayData.ts). For every calendar Quorate knows, the rules kept
 * give the same holidays, year by year, as the whole package does under Node.js.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Holidays, { type HolidaysTypes } from "date-holidays";
import { describe, expect, it } from "vitest";
import { CALENDARS } from "../../runtime/holidays.js";
import { COUNTRIES_READ, keepCountriesRead } from "../../studio/build/holidayData.js";

type Parsed = { getHolidays(year: number): { date: string; name: string; type: string }[] };
type Parser = { new (data: unknown, country: string, opts?: object): Parsed; new (data: unknown, country: string, state: string, opts?: object): Parsed };

const require = createRequire(import.meta.url);
const dataFile = path.join(path.dirname(require.resolve("date-holidays/package.json")), "src/data.js");

describe("the holidays the Studio carries", () => {
  it("are the package's own rules for each jurisdiction's country, and no other country's", async () => {
    const kept = keepCountriesRead(readFileSync(dataFile, "utf8"));
    const data = JSON.parse(kept.slice(kept.indexOf("{"), kept.lastIndexOf("}") + 1)) as { holidays: Record<string, unknown> };
    expect(Object.keys(data.holidays).sort()).toEqual([...COUNTRIES_READ].sort());
    // The parser date-holidays is built on, given only the rules kept.
    // The parser ships no types: its module is named in a variable so the compiler does not look for them.
    const parserModule = "date-holidays-parser";
    const { default: HolidaysParser } = (await import(parserModule)) as { default: Parser };
    const options: HolidaysTypes.Options = { languages: "en", types: ["bank", "public"] };
    for (const region of Object.values(CALENDARS)) {
      const full = region.state === undefined ? new Holidays(region.country, options) : new Holidays(region.country, region.state, options);
      const trimmed = region.state === undefined ? new HolidaysParser(data, region.country, options) : new HolidaysParser(data, region.country, region.state, options);
      for (let year = 2020; year <= 2032; year++) expect(trimmed.getHolidays(year), `${region.name} ${year}`).toEqual(full.getHolidays(year));
    }
  });
});
