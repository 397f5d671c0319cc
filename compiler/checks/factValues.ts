import type { FactDeclaration } from "../../grammar/ast.js";
import type { Check } from "./check.js";

/** The words for a fact's kind of value, for messages. */
export function factKindWords(fact: FactDeclaration): string {
  if (fact.values.kind === "yes_no") return "yes or no";
  if (fact.values.kind === "number") return "a number";
  return fact.values.options.map((o) => `\`${o.name}\``).join(", ");
}

/** A fact offers a real choice (two values or more), and its default is one of its values. */
export const factValues: Check = {
  code: "Q025",
  title: "fact with an impossible value",
  severity: "error",
  invariant: "A fact offers a real choice (two values or more), and its default is one of its values.",
  example: `facts {
  conference_stage "Stage of the conference": initial, review default transfer
}`,
  run(ctx) {
    for (const s of ctx.model.statements("FactDeclaration")) {
      const { values } = s.node;
      if (values.kind === "choice" && values.options.length < 2) {
        ctx.report(s, `the fact \`${s.node.id.name}\` can take only one value, so it never tells one case from another`, "list every value the protocol distinguishes, e.g. `: initial, review`, or use `yes or no`");
      }
      const given = s.node.default;
      if (!given) continue;
      const isNumber = "raw" in given;
      const fits =
        values.kind === "number" ? isNumber : values.kind === "yes_no" ? !isNumber && (given.name === "yes" || given.name === "no") : !isNumber && values.options.some((o) => o.name === given.name);
      if (fits) continue;
      const written = isNumber ? given.raw : given.name;
      ctx.report({ file: s.file, node: given }, `the default \`${written}\` is not a value of \`${s.node.id.name}\``, `the fact takes ${factKindWords(s.node)}`);
    }
  },
};
