import type { Ident } from "../../grammar/ast.js";
import type { SourceFile } from "../model.js";
import type { Check } from "./check.js";

interface Declared {
  ident: Ident;
  file: SourceFile;
}

/** Each agency, role, grouping, category, area of concern, fact, event, action and route is declared once, across the policy, its bases and the vocabulary. */
export const duplicateDeclaration: Check = {
  code: "Q020",
  title: "duplicate declaration",
  severity: "error",
  invariant: "Each agency, role, grouping, category, area of concern, fact, event, action and route is declared once, across the policy, its bases and the vocabulary.",
  example: `voting {
  vote by grouping
  grouping police "Police" { police_officer }
  grouping police "Police service" { police_officer }
}`,
  run(ctx) {
    const m = ctx.model;
    const namespaces: [string, Declared[]][] = [
      ["agency", m.statements("AgencyDeclaration").map((s) => ({ ident: s.node.id, file: s.file }))],
      ["role", m.statements("RoleDeclaration").map((s) => ({ ident: s.node.id, file: s.file }))],
      ["grouping", m.statements("GroupingDeclaration").map((s) => ({ ident: s.node.id, file: s.file }))],
      ["category", [...m.vocabularyCategories(), ...m.allowedCategories().filter((s) => s.node.local)].map((s) => ({ ident: s.node.id, file: s.file }))],
      ["allowed category", m.allowedCategories().map((s) => ({ ident: s.node.id, file: s.file }))],
      ["area of concern", [...m.vocabularyCategories("concerns"), ...m.allowedCategories("concerns").filter((s) => s.node.local)].map((s) => ({ ident: s.node.id, file: s.file }))],
      ["listed area of concern", m.allowedCategories("concerns").map((s) => ({ ident: s.node.id, file: s.file }))],
      ["fact", m.statements("FactDeclaration").map((s) => ({ ident: s.node.id, file: s.file }))],
      ["event", m.statements("EventDeclaration").map((s) => ({ ident: s.node.id, file: s.file }))],
      ["action", m.statements("ActionDeclaration").map((s) => ({ ident: s.node.id, file: s.file }))],
      ["route", m.chain.flatMap((file) => file.ast.sections.flatMap((s) => (s.keyword === "escalation" || s.keyword === "appeal" ? [{ ident: s.id, file }] : [])))],
    ];
    for (const [noun, declared] of namespaces) {
      const first = new Map<string, Declared>();
      for (const d of declared) {
        const earlier = first.get(d.ident.name);
        if (!earlier) {
          first.set(d.ident.name, d);
          continue;
        }
        const where = earlier.file === d.file ? `on line ${earlier.ident.range.start.line}` : `in ${earlier.file.name}`;
        ctx.report(
          { file: d.file, node: d.ident },
          `the ${noun} \`${d.ident.name}\` is already declared ${where}`,
          "remove this one, or give it another name",
          [{ message: "first declared here", where: { file: earlier.file, node: earlier.ident } }],
        );
      }
    }
  },
};
