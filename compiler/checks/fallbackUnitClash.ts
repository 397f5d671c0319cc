import { unplacedPractitioners, votingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";
import { listed } from "./unknownName.js";

/** A grouping does not share its name with an agency whose ungrouped roles vote as that agency, so every unit name means one thing. */
export const fallbackUnitClash: Check = {
  code: "Q034",
  title: "grouping named like an agency unit",
  severity: "error",
  invariant: "A grouping does not share its name with an agency whose ungrouped roles vote as that agency, so every unit name means one thing.",
  example: `voting {
  vote by grouping
  grouping health "Health visiting" { health_visitor }
  others vote as their agency
}`,
  run(ctx) {
    const m = ctx.model;
    const others = m.last("OthersRule");
    if (!others || others.node.mode === "not_voting" || m.last("VoteBy")?.node.unit !== "grouping") return;
    // The unplaced roles of each agency, gathered once: not searched for again at each grouping.
    const unplacedOf = new Map<string, string[]>();
    for (const role of unplacedPractitioners(ctx.scope.roles.values(), votingFacts(m))) {
      const agency = role.node.agency?.name;
      if (agency === undefined) continue;
      const list = unplacedOf.get(agency) ?? [];
      list.push(role.node.id.name);
      unplacedOf.set(agency, list);
    }
    for (const g of m.statements("GroupingDeclaration")) {
      const sameAgency = unplacedOf.get(g.node.id.name) ?? [];
      if (sameAgency.length === 0) continue;
      ctx.report(
        { file: g.file, node: g.node.id },
        `the grouping \`${g.node.id.name}\` has the same name as the agency whose other roles (${listed(sameAgency)}) vote as their own unit under \`others\``,
        `rename the grouping, or list ${listed(sameAgency)} in it`,
        [{ message: "the `others` rule is here", where: others }],
      );
    }
  },
};
