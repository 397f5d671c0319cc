import type { Check } from "./check.js";

/** The role required at a conference about an unborn child is a practitioner, who can attend for an agency. */
export const unbornRequirementRole: Check = {
  code: "Q053",
  title: "unborn-child requirement names a non-practitioner",
  severity: "error",
  invariant: "The role required at a conference about an unborn child is a practitioner, who can attend for an agency.",
  example: `quorum {
  unborn child requires parent
}`,
  run(ctx) {
    for (const s of ctx.model.statements("UnbornRequirement")) {
      const role = ctx.scope.roles.get(s.node.role.name);
      if (!role || role.node.agency !== undefined) continue;
      ctx.report({ file: s.file, node: s.node.role }, `\`${s.node.role.name}\` is not a practitioner, so it cannot make a conference about an unborn child quorate`, "name the practitioner role the protocol requires, e.g. `midwife`");
    }
  },
};
