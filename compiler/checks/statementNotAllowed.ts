import type { Check } from "./check.js";

const VOCABULARY_SECTIONS = new Set(["agencies", "roles", "categories", "concerns", "facts", "events", "actions"]);
const LIST_RULES = new Set(["MultipleRule", "ConcernRule", "UnrankedRule", "AtLeastOneRule", "FreeTextRule"]);

/** A vocabulary declares names only (agencies, roles, categories, concerns, facts, events, actions); rules belong in a policy. */
export const statementNotAllowed: Check = {
  code: "Q083",
  title: "statement not allowed in a vocabulary",
  severity: "error",
  invariant: "A vocabulary declares names only (agencies, roles, categories, concerns, facts, events, actions); rules belong in a policy.",
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
            if (LIST_RULES.has(s.type)) ctx.report({ file, node: s }, `${section.keyword === "concerns" ? "rules about areas of concern" : "category rules"} belong in a board policy, not in the vocabulary`, `move this rule to the \`${section.keyword}\` section of each policy it applies to`);
            else if (s.type === "CategoryDeclaration" && s.local) ctx.report({ file, node: s }, "every name in the vocabulary is shared, so none is `local`", "remove `local`");
          }
          continue;
        }
        ctx.report({ file, range: section.keywordRange }, `a vocabulary cannot have a \`${section.keyword}\` section`, "a vocabulary only declares `agencies`, `roles`, `categories`, `concerns`, `facts`, `events` and `actions`; put rules in a board policy");
      }
      for (const s of file.ast.header.statements) {
        if (s.type === "Extends" || s.type === "UsesVocabulary" || s.type === "Jurisdiction") {
          ctx.report({ file, node: s }, "a vocabulary is shared by every jurisdiction and stands alone", "remove this line from the vocabulary");
        }
      }
    }
  },
};
