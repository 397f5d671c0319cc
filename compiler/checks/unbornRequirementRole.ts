import type { Ident } from "../../grammar/ast.js";
import type { SourceFile } from "../model.js";
import type { Check } from "./check.js";

/** A role the quorum requires is a practitioner, who can attend for an agency. */
export const unbornRequirementRole: Check = {
  code: "Q053",
  title: "quorum requires a non-practitioner",
  severity: "error",
  invariant: "A role the quorum requires is a practitioner, who can attend for an agency.",
  example: `quorum {
  unborn child requires parent
}`,
  run(ctx) {
    const required: { ident: Ident; file: SourceFile }[] = [];
    for (const s of ctx.model.statements("UnbornRequirement")) required.push({ ident: s.node.role, file: s.file });
    for (const s of ctx.model.statements("QuorumRequirement")) if (s.node.selector.kind === "role") for (const ident of s.node.selector.names) required.push({ ident, file: s.file });
    for (const { ident, file } of required) {
      const role = ctx.scope.roles.get(ident.name);
      if (!role || role.node.agency !== undefined) continue;
      ctx.report({ file, node: ident }, `\`${ident.name}\` is not a practitioner, so their attendance cannot make a conference quorate`, "name the practitioner role the protocol requires, e.g. `midwife`");
    }
  },
};
