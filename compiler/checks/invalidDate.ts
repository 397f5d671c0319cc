import type { Check } from "./check.js";
import { isValidDate } from "../dates.js";

/** Every date in a policy is a real calendar date. */
export const invalidDate: Check = {
  code: "Q071",
  title: "impossible date",
  severity: "error",
  invariant: "Every date in a policy is a real calendar date.",
  example: `policy example "Example" {
  vocabulary "vocabulary.policy"
  version "1" dated 2025-02-30
}`,
  run(ctx) {
    for (const v of ctx.model.statements("Version")) {
      for (const d of v.node.dates) {
        if (isValidDate(d.value)) continue;
        ctx.report({ file: v.file, node: d }, `\`${d.value}\` is not a real date`, "write the date as year-month-day, like 2025-04-23; check the month (01–12) and the day");
      }
    }
  },
};
