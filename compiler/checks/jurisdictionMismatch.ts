import type { Check } from "./check.js";

/** A policy and the base it extends are in the same jurisdiction. */
export const jurisdictionMismatch: Check = {
  code: "Q085",
  title: "jurisdiction differs from the base",
  severity: "error",
  invariant: "A policy and the base it extends are in the same jurisdiction.",
  example: `policy example "Example" {
  extends "wales-safeguarding-procedures.policy"
  jurisdiction england
}`,
  run(ctx) {
    const m = ctx.model;
    const own = m.lastIn("Jurisdiction", m.root);
    if (!own) return;
    for (const base of m.bases) {
      const theirs = m.lastIn("Jurisdiction", base);
      if (!theirs || theirs.node.value.name === own.node.value.name) continue;
      ctx.report({ file: own.file, node: own.node.value }, `this policy is for ${own.node.value.name}, but its base \`${base.name}\` is for ${theirs.node.value.name}`, "extend a base from the same jurisdiction", [
        { message: "the base's jurisdiction", where: theirs },
      ]);
    }
  },
};
