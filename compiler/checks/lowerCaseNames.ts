import type { Ident } from "../../grammar/ast.js";
import type { SourceFile } from "../model.js";
import type { Check } from "./check.js";

/** Declared names are lower case, so `Child_Health` and `child_health` can never both exist and be confused. */
export const lowerCaseNames: Check = {
  code: "Q024",
  title: "name not in lower case",
  severity: "warning",
  invariant: "Declared names are lower case, so `Child_Health` and `child_health` can never both exist and be confused.",
  example: `voting {
  vote by grouping
  grouping Child_Health "Child health" { health_visitor }
}`,
  run(ctx) {
    const m = ctx.model;
    const declared: { ident: Ident; file: SourceFile }[] = [
      ...m.chain.map((file) => ({ ident: file.ast.header.id, file })),
      ...m.statements("AgencyDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
      ...m.statements("RoleDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
      ...m.statements("GroupingDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
      ...m.statements("CategoryDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
      ...m.listStatements("concerns", "CategoryDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
      ...m.statements("FactDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
      ...m.statements("EventDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
      ...m.statements("ActionDeclaration").map((s) => ({ ident: s.node.id, file: s.file })),
    ];
    for (const { ident, file } of declared) {
      if (ident.name === ident.name.toLowerCase()) continue;
      ctx.report({ file, node: ident }, `the name \`${ident.name}\` has capital letters`, `names are written in lower case: \`${ident.name.toLowerCase()}\``);
    }
  },
};
