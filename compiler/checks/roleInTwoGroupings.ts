import { votingFacts } from "../votingFacts.js";
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
      const names = [...new Set(groupings.map((g) => g.node.id.name))];
      if (names.length < 2 || facts.choiceOf.has(role)) continue;
      const first = groupings[0] as (typeof groupings)[0];
      const second = groupings.find((g) => g.node.id.name !== first.node.id.name) ?? first;
      const ident = second.node.roles.find((r) => r.name === role) ?? second.node.id;
      ctx.report(
        { file: second.file, node: ident },
        `\`${role}\` is listed in ${names.length === 2 ? "two" : names.length} groupings, ${inSentence(names)}, so it is unclear where its vote goes`,
        names.length <= 4
          ? `say how an attendee is placed: \`${role} may sit with ${names.join(" or ")}, otherwise ${names[0]}\``
          : `keep \`${role}\` only in the groupings it belongs to, then say how an attendee is placed with \`${role} may sit with … otherwise …\``,
        [{ message: "also listed here", where: { file: first.file, node: first.node.roles.find((r) => r.name === role) ?? first.node.id } }],
      );
    }
  },
};
