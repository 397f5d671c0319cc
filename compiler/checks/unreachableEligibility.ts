import type { Check } from "./check.js";

/** An eligibility rule changes who votes on some child; a rule that can never change anything is a sign of a misreading. */
export const unreachableEligibility: Check = {
  code: "Q056",
  title: "eligibility rule that changes nothing",
  severity: "warning",
  invariant: "An eligibility rule changes who votes on some child; a rule that can never change anything is a sign of a misreading.",
  example: `eligibility {
  sole representative of agency health votes on every child
}`,
  run(ctx) {
    const m = ctx.model;
    const onlyInvolved = m.last("OnlyInvolvedVote");
    const siblings = m.last("SiblingsDisagree");
    if (siblings && onlyInvolved) {
      ctx.report(siblings, "only involved units vote on any child already, so this sibling rule changes nothing", "remove one of the two rules", [{ message: "only involved units vote, here", where: onlyInvolved }]);
    }
    const restricted = onlyInvolved ?? siblings ?? m.last("OnlyInvolvedRoles");
    if (restricted) return;
    for (const sole of m.statements("SoleRepresentative")) {
      ctx.report(sole, "every unit already votes on every child, so this rule changes nothing", "it matters only beside a rule that limits who votes, such as `only involved units vote: primary_school, secondary_school` or `when siblings disagree: only involved units vote`");
    }
  },
};
