import { compareDates, isValidDate } from "../dates.js";
import { currentVersion, dateOf } from "../metadataFacts.js";
import type { Check } from "./check.js";

/** The version in force is not past its review date. */
export const reviewOverdue: Check = {
  code: "Q070",
  title: "review date passed",
  severity: "warning",
  invariant: "The version in force is not past its review date.",
  example: `policy example "Example" {
  vocabulary "vocabulary.policy"
  version "1" dated 2020-01-01 review 2021-01-01
}`,
  run(ctx) {
    const version = currentVersion(ctx.model);
    const review = version && dateOf(version.node, "review");
    if (!version || !review || !isValidDate(review.value)) return;
    if (compareDates(review.value, ctx.today) >= 0) return;
    ctx.report(
      { file: version.file, node: review },
      `the review date ${review.value} has passed (today is ${ctx.today})`,
      "check with the board whether a newer version of the protocol exists, and update this policy if so",
    );
  },
};
