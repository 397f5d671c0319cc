import { isValidDate } from "../dates.js";
import type { Check } from "./check.js";

/** A closure is a run of whole, real days, at most a year long, that ends on or after the day it begins. */
export const closureDates: Check = {
  code: "Q077",
  title: "closure dates",
  severity: "error",
  invariant: "A closure is a run of whole, real days, at most a year long, that ends on or after the day it begins.",
  example: `calendar {
  closed 2026-12-31 to 2026-12-29 "offices closed between Christmas and New Year"
}`,
  run(ctx) {
    for (const c of ctx.model.statements("Closure")) {
      let whole = true;
      for (const d of [c.node.from, c.node.to]) {
        if (d === undefined) continue;
        if (d.value.length !== 10) {
          whole = false;
          ctx.report({ file: c.file, node: d }, `\`${d.value}\` is a month, not a day`, "a closure names whole days: write year-month-day, like 2026-12-29, and `to` the last day for several");
        } else if (!isValidDate(d.value)) {
          whole = false;
          ctx.report({ file: c.file, node: d }, `\`${d.value}\` is not a real date`, "write the date as year-month-day, like 2026-12-29; check the month (01–12) and the day");
        }
      }
      const to = c.node.to;
      if (!whole || to === undefined) continue;
      const days = (Date.parse(to.value) - Date.parse(c.node.from.value)) / 86_400_000;
      if (days < 0) ctx.report({ file: c.file, node: to }, `the closure ends (${to.value}) before it begins (${c.node.from.value})`, `write the first day closed, then \`to\` and the last: \`closed ${to.value} to ${c.node.from.value}\``);
      else if (days >= 366) ctx.report({ file: c.file, node: to }, `a closure of ${days + 1} days is longer than a year`, "check the year of each date; a service closed for longer has no working days to count");
    }
  },
};
