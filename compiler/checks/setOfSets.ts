import type { Check } from "./check.js";

/** A set lists roles, agencies or groupings, never another set, so what it holds is written in one place. */
export const setOfSets: Check = {
  code: "Q049",
  title: "set made of a set",
  severity: "error",
  invariant: "A set lists roles, agencies or groupings, never another set, so what it holds is written in one place.",
  example: `sets {
  health "Health": roles health_visitor, school_nurse
  key "Key disciplines": health
}`,
  run(ctx) {
    for (const s of ctx.model.statements("SetDeclaration")) {
      const inner = s.node.selector.set;
      if (!inner) continue;
      ctx.report({ file: s.file, node: inner }, `the set \`${s.node.id.name}\` is made of another set, \`${inner.name}\``, "a set lists roles, agencies or groupings: write them out, e.g. `roles health_visitor, school_nurse`");
    }
  },
};
