import type { Check } from "./check.js";

/** A policy that allows only one category (or area of concern) does not require a secondary one, and an unranked list has no primary or secondary. */
export const categoryRules: Check = {
  code: "Q065",
  title: "contradictory category rules",
  severity: "error",
  invariant: "A policy that allows only one category (or area of concern) does not require a secondary one, and an unranked list has no primary or secondary.",
  example: `categories {
  multiple not allowed
  secondary required
}`,
  run(ctx) {
    for (const list of ["categories", "concerns"] as const) {
      const noun = list === "categories" ? "category" : "area of concern";
      const multiple = ctx.model.lastOf(list, "MultipleRule");
      const ranks = ctx.model.listStatements(list, "ConcernRule");
      const secondary = ranks.filter((c) => c.node.concern === "secondary").at(-1);
      if (multiple && !multiple.node.allowed && secondary?.node.required) {
        ctx.report(secondary, `a secondary ${noun} is required, but only one may be chosen`, "remove one of the two rules, or record the reading chosen with `ambiguity`", [
          { message: `only one ${noun} is allowed here`, where: multiple },
        ]);
      }
      // `unranked` says there is no primary: a rule about a primary or secondary one contradicts it.
      const unranked = ctx.model.lastOf(list, "UnrankedRule");
      if (!unranked) continue;
      for (const rank of ranks) {
        ctx.report(rank, `a ${rank.node.concern} ${noun} is ranked, but the ${list === "categories" ? "categories are" : "areas of concern are"} \`unranked\``, "keep `unranked` (with `at least one required` if one must be chosen) or the primary and secondary rules, not both", [
          { message: "stated unranked here", where: unranked },
        ]);
      }
    }
  },
};
