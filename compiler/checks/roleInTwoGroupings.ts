import { firstMention, votingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";
import { inSentence } from "./unknownName.js";

/** A role listed in two groupings has a `may sit with` rule saying how an attendee is placed. */
export const roleInTwoGroupings: Check = {
  code: "Q030",
  title: "role in two groupings",
  severity: "error",
  invariant: "A role listed in two groupings has a `may sit with` rule saying how an attendee is placed.",
  example: `voting {
  vote by grouping
  grouping child_health "Child health" { gp health_visitor }
  grouping adult_health "Adult health" { gp midwife }
}`,
  run(ctx) {
    const facts = votingFacts(ctx.model);
    for (const [role, groupings] of facts.groupingsOf) {
      if (groupings.length < 2 || facts.choiceOf.has(role)) continue;
      const [first, second] = groupings as [(typeof groupings)[0], (typeof groupings)[0]];
      // Only the names a message shows are gathered: a role in every one of 50,000 groupings is one report.
      const names = groupings.slice(0, 13).map((g) => g.node.id.name);
      const ident = firstMention(second.node, role) ?? second.node.id;
      ctx.report(
        { file: second.file, node: ident },
        `\`${role}\` is listed in ${groupings.length === 2 ? "two" : groupings.length} groupings, ${inSentence(names, 12, groupings.length)}, so it is unclear where its vote goes`,
        names.length <= 4
          ? `say how an attendee is placed: \`${role} may sit with ${names.join(" or ")}, otherwise ${names[0]}\``
          : `keep \`${role}\` only in the groupings it belongs to, then say how an attendee is placed with \`${role} may sit with … otherwise …\``,
        [{ message: "also listed here", where: { file: first.file, node: firstMention(first.node, role) ?? first.node.id } }],
      );
    }
  },
};
