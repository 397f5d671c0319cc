import type { Check } from "./check.js";

/** Every grouping contains at least one role. */
export const emptyGrouping: Check = {
  code: "Q023",
  title: "empty grouping",
  severity: "error",
  invariant: "Every grouping contains at least one role.",
  example: `voting {
  vote by grouping
  grouping police "Police" { }
}`,
  run(ctx) {
    for (const g of ctx.model.statements("GroupingDeclaration")) {
      if (g.node.roles.length === 0) {
        ctx.report({ file: g.file, node: g.node.id }, `the grouping \`${g.node.id.name}\` has no roles`, "list the roles that vote in it between the braces, e.g. `{ police_officer }`");
      }
    }
  },
};
