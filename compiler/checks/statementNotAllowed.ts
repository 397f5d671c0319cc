import type { Check } from "./check.js";

const VOCABULARY_SECTIONS = new Set(["agencies", "roles", "categories"]);

/** A vocabulary declares agencies, roles and categories only; decision rules belong in a policy. */
export const statementNotAllowed: Check = {
  code: "Q083",
  title: "statement not allowed in a vocabulary",
  severity: "error",
  invariant: "A vocabulary declares agencies, roles and categories only; decision rules belong in a policy.",
  example: `vocabulary shared "Shared vocabulary" {
}
decision {
  majority decides
}`,
  run(ctx) {
    for (const file of ctx.model.chain) {
      if (file.ast.header.fileKind !== "vocabulary") continue;
      for (const section of file.ast.sections) {
        if (VOCABULARY_SECTIONS.has(section.keyword)) {
          for (const s of section.statements) {
            if (s.type === "MultipleRule" || s.type === "ConcernRule") ctx.report({ file, node: s }, "category rules belong in a board policy, not in the vocabulary", "move this rule to the `categories` section of each policy it applies to");
          }
          continue;
        }
        ctx.report({ file, range: section.keywordRange }, `a vocabulary cannot have a \`${section.keyword}\` section`, "a vocabulary only declares `agencies`, `roles` and `categories`; put rules in a board policy");
      }
      for (const s of file.ast.header.statements) {
        if (s.type === "Extends" || s.type === "UsesVocabulary" || s.type === "Jurisdiction") {
          ctx.report({ file, node: s }, "a vocabulary is shared by every jurisdiction and stands alone", "remove this line from the vocabulary");
        }
      }
    }
  },
};
