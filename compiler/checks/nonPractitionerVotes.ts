import type { Ident } from "../../grammar/ast.js";
import type { SourceFile } from "../model.js";
import type { Check } from "./check.js";

/** Only practitioners are placed where votes are counted; parents, children and supporters are heard, not counted. */
export const nonPractitionerVotes: Check = {
  code: "Q032",
  title: "non-practitioner given a vote",
  severity: "error",
  invariant: "Only practitioners are placed where votes are counted; parents, children and supporters are heard, not counted.",
  example: `voting {
  vote by grouping
  grouping family "Family" { parent }
}`,
  run(ctx) {
    const m = ctx.model;
    const placed: { ident: Ident; file: SourceFile; where: string }[] = [
      ...m.statements("GroupingDeclaration").flatMap((s) => s.node.roles.map((ident) => ({ ident, file: s.file, where: `the grouping \`${s.node.id.name}\`` }))),
      ...m.statements("ChoiceRule").map((s) => ({ ident: s.node.role, file: s.file, where: "a grouping choice" })),
      ...m.statements("Discretion").flatMap((s) => s.node.roles.map((ident) => ({ ident, file: s.file, where: "the chair's discretion" }))),
      ...m.statements("PerOrganisation").flatMap((s) => s.node.roles.map((ident) => ({ ident, file: s.file, where: "per-organisation voting" }))),
      ...m.statements("OnlyInvolvedRoles").flatMap((s) => s.node.roles.map((ident) => ({ ident, file: s.file, where: "a rule about who votes on which child" }))),
    ];
    for (const p of placed) {
      const role = ctx.scope.roles.get(p.ident.name);
      if (!role || role.node.agency !== undefined) continue;
      ctx.report(
        { file: p.file, node: p.ident },
        `\`${p.ident.name}\` is not a practitioner, so it cannot be placed in ${p.where}`,
        `remove it here; to record that the protocol hears but does not count them, write \`not voting: ${p.ident.name}\``,
        [{ message: "declared as not a practitioner here", where: role }],
      );
    }
  },
};
