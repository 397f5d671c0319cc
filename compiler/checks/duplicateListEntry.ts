import type { Ident } from "../../grammar/ast.js";
import type { Check } from "./check.js";

/** No list in a statement names the same thing twice. */
export const duplicateListEntry: Check = {
  code: "Q021",
  title: "name listed twice",
  severity: "error",
  invariant: "No list in a statement names the same thing twice.",
  example: `voting {
  not voting: parent, child, parent
}`,
  run(ctx) {
    const m = ctx.model;
    const lists = [
      ...m.statements("GroupingDeclaration").map((s) => ({ s, names: s.node.roles, where: "this grouping" })),
      ...m.statements("NotVoting").map((s) => ({ s, names: s.node.roles, where: "this list" })),
      ...m.statements("Discretion").map((s) => ({ s, names: s.node.roles, where: "this list" })),
      ...m.statements("PerOrganisation").map((s) => ({ s, names: s.node.roles, where: "this list" })),
      ...m.statements("OnlyInvolvedRoles").map((s) => ({ s, names: s.node.roles, where: "this list" })),
      ...m.statements("ChoiceRule").map((s) => ({ s, names: s.node.options, where: "this choice" })),
      ...m.statements("SoleRepresentative").map((s) => ({ s, names: s.node.selector.names, where: "this rule" })),
      ...m.statements("Power").map((s) => ({ s, names: s.node.powers, where: "this statement" })),
      ...m.statements("QuorumRequirement").map((s) => ({ s, names: s.node.selector.names, where: "this requirement" })),
      ...m.statements("QuorumCount").flatMap((s) => (s.node.of.kind === "selected" ? [{ s, names: s.node.of.selector.names, where: "this count" }] : [])),
      ...m.statements("FactDeclaration").flatMap((s) => (s.node.values.kind === "choice" ? [{ s, names: s.node.values.options, where: "the values of this fact" }] : [])),
    ];
    for (const { s, names, where } of lists) {
      const seen = new Map<string, Ident>();
      for (const ident of names) {
        const earlier = seen.get(ident.name);
        if (earlier) {
          ctx.report({ file: s.file, node: ident }, `\`${ident.name}\` is listed twice in ${where}`, "remove the second one", [
            { message: "first listed here", where: { file: s.file, node: earlier } },
          ]);
        } else seen.set(ident.name, ident);
      }
    }
  },
};
