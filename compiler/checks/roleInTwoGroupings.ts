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
      // A grouping declared twice lists its roles twice: that is Q020's one error, not a second here.
      const distinct = new Set<string>();
      for (const g of groupings) distinct.add(g.node.id.name);
      if (distinct.size < 2 || facts.choiceOf.has(role)) continue;
      const first = groupings[0] as (typeof groupings)[0];
      const second = groupings.find((g) => g.node.id.name !== first.node.id.name) ?? first;
      // Only the names a message shows are gathered: a role in every one of 50,000 groupings is one report.
      const names = [...distinct].slice(0, 13);
      const ident = firstMention(second.node, role) ?? second.node.id;
      ctx.report(
        { file: second.file, node: ident },
        `\`${role}\` is listed in ${distinct.size === 2 ? "two" : distinct.size} groupings, ${inSentence(names, 12, distinct.size)}, so it is unclear where its vote goes`,
        names.length <= 4
          ? `say how an attendee is placed: \`${role} may sit with ${names.join(" or ")}, otherwise ${names[0]}\``
          : `keep \`${role}\` only in the groupings it belongs to, then say how an attendee is placed with \`${role} may sit with … otherwise …\``,
        [{ message: "also listed here", where: { file: first.file, node: firstMention(first.node, role) ?? first.node.id } }],
      );
    }
  },
};
