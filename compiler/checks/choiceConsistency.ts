import { votingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";
import { listed } from "./unknownName.js";

/** A `may sit with` rule offers every grouping that lists the role, and its default is one of the groupings offered. */
export const choiceConsistency: Check = {
  code: "Q031",
  title: "inconsistent grouping choice",
  severity: "error",
  invariant: "A `may sit with` rule offers every grouping that lists the role, and its default is one of the groupings offered.",
  example: `voting {
  vote by grouping
  grouping child_health "Child health" { gp }
  grouping adult_health "Adult health" { gp }
  grouping education "Education" { primary_school }
  gp may sit with child_health or adult_health, otherwise education
}`,
  run(ctx) {
    const facts = votingFacts(ctx.model);
    for (const c of ctx.model.statements("ChoiceRule")) {
      const options = c.node.options.map((o) => o.name);
      const offered = new Set(options);
      const role = c.node.role.name;
      if (!offered.has(c.node.fallback.name)) {
        ctx.report(
          { file: c.file, node: c.node.fallback },
          `the default \`${c.node.fallback.name}\` is not one of the groupings \`${role}\` may sit with`,
          `choose one of ${listed(options, 12)}`,
        );
      }
      for (const g of facts.groupingsOf.get(role) ?? []) {
        if (offered.has(g.node.id.name)) continue;
        ctx.report(
          { file: c.file, node: c.node.role },
          `\`${role}\` is listed in the grouping \`${g.node.id.name}\`, but this rule does not offer it`,
          `add \`or ${g.node.id.name}\`, or remove \`${role}\` from that grouping`,
          [{ message: "listed here", where: { file: g.file, node: g.node.id } }],
        );
      }
    }
  },
};
