import type { SectionName } from "../../grammar/ast.js";
import type { Check } from "./check.js";

const REQUIRED: [SectionName, string][] = [
  ["voting", "who votes"],
  ["decision", "how the decision is reached"],
  ["quorum", "when a conference is quorate"],
  ["eligibility", "who votes on which child"],
  ["categories", "which registration categories exist"],
];

/** A board policy addresses every aspect of the decision, if only to record that its protocol is silent. */
export const missingAspect: Check = {
  code: "Q090",
  title: "aspect not addressed",
  severity: "error",
  invariant: "A board policy addresses every aspect of the decision, if only to record that its protocol is silent.",
  example: `policy example "Example" {
  vocabulary "vocabulary.policy"
}
voting {
  vote by agency
}`,
  run(ctx) {
    const m = ctx.model;
    if (m.kind !== "policy") return;
    for (const [keyword, what] of REQUIRED) {
      // The vocabulary's `categories` defines names; only a policy or its base says which apply.
      const sections = m.sections(keyword).filter((s) => !m.isVocabularyFile(s.file));
      const empty = sections.at(-1);
      if (sections.some((s) => s.node.statements.length > 0)) continue;
      if (empty) {
        ctx.report(
          { file: empty.file, range: empty.node.keywordRange },
          `the \`${keyword}\` section is empty, so the policy does not say ${what}`,
          `write its rules; if the protocol says nothing, write \`silent "…"\` inside it`,
        );
        continue;
      }
      ctx.report(
        { file: m.root, node: m.root.ast.header.id },
        `the policy does not say ${what}: it has no \`${keyword}\` section`,
        `add \`${keyword} { … }\`; if the protocol says nothing, write \`${keyword} { silent "…" }\``,
      );
    }
  },
};
