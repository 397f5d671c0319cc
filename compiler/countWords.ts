/**
 * Words for what a quorum counts, shared by the checks that talk about counts and by the
 * lowering, so a message says "3 groupings" exactly as the policy does.
 */
import type { CountOf } from "../grammar/ast.js";

/** The noun of a count, singular or plural: "agency"/"agencies", "discipline"/"disciplines". */
export function countNoun(of: CountOf, n: number): string {
  const one = n === 1;
  switch (of.kind) {
    case "agency":
      return one ? "agency" : "agencies";
    case "grouping":
      return one ? "grouping" : "groupings";
    case "discipline":
      return one ? "discipline" : "disciplines";
    case "selected":
      return `of the ${of.selector.kind === "agency" ? "agencies" : of.selector.kind === "grouping" ? "groupings" : "roles"} listed`;
  }
}

/** A key that is the same for two counts of the same thing (`agencies` and `agency` alike). */
export function countKey(of: CountOf): string {
  return of.kind === "selected" ? `selected:${of.selector.kind}:${of.selector.names.map((n) => n.name).sort().join(",")}` : of.kind;
}
