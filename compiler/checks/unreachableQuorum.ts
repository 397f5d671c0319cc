import { takesPart, votingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";

/** The quorum asks for no more agencies than there are agencies whose practitioners may take part. */
export const unreachableQuorum: Check = {
  code: "Q050",
  title: "quorum that can never be met",
  severity: "error",
  invariant: "The quorum asks for no more agencies than there are agencies whose practitioners may take part.",
  example: `quorum {
  at least 20 agencies
}`,
  run(ctx) {
    const minimum = ctx.model.last("MinimumAgencies");
    if (!minimum || ctx.model.kind === "vocabulary") return;
    const facts = votingFacts(ctx.model);
    const agencies = new Set<string>();
    for (const role of ctx.scope.roles.values()) {
      if (takesPart(ctx.model, role, facts) && role.node.agency) agencies.add(role.node.agency.name);
    }
    if (minimum.node.count.value <= agencies.size) return;
    ctx.report(
      { file: minimum.file, node: minimum.node.count },
      `the quorum needs ${minimum.node.count.raw} agencies, but only ${agencies.size} agencies have practitioners who take part, so no conference could ever be quorate`,
      `check the number in the protocol; at most ${agencies.size} is possible with these roles`,
    );
  },
};
