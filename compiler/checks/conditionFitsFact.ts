import type { ConditionAtom } from "../../grammar/ast.js";
import { UNBORN_FACT } from "../catalogue.js";
import { conditions } from "../references.js";
import type { Check, CheckContext } from "./check.js";
import { factKindWords } from "./factValues.js";
import { closestMatch } from "../../grammar/suggest.js";

/** What is wrong with testing a fact this way, if anything. */
function mismatch(ctx: CheckContext, atom: ConditionAtom): { message: string; help: string; at: ConditionAtom | ConditionAtom["fact"] } | undefined {
  const name = atom.fact.name;
  const { test } = atom;
  if (name === UNBORN_FACT) {
    if (test.kind === "yes" || test.kind === "no") return undefined;
    return { message: "`unborn` is yes or no", help: "write `unborn` or `not unborn`", at: atom };
  }
  const declared = ctx.scope.facts.get(name);
  // An unknown fact is reported by Q018.
  if (!declared) return undefined;
  const fact = declared.node;
  const kind = fact.values.kind;
  if (test.kind === "yes" || test.kind === "no") {
    if (kind === "yes_no") return undefined;
    return { message: `\`${name}\` is not a yes-or-no fact, so it cannot stand alone in a condition`, help: kind === "number" ? `compare it with a number: \`${name} is under 12\` or \`${name} is 12 or over\`` : `say which value: \`${name} is ${fact.values.kind === "choice" ? (fact.values.options[0]?.name ?? "…") : "…"}\``, at: atom };
  }
  if (test.kind === "under" || test.kind === "at_least") {
    if (kind === "number") return undefined;
    return { message: `\`${name}\` is not a number, so it cannot be compared with one`, help: `the fact takes ${factKindWords(fact)}`, at: atom };
  }
  if (kind === "yes_no") return { message: `\`${name}\` is yes or no`, help: `write \`${name}\` or \`not ${name}\``, at: atom };
  if (kind === "number") return { message: `\`${name}\` is a number`, help: `compare it: \`${name} is under 12\` or \`${name} is 12 or over\``, at: atom };
  const options = new Set(fact.values.kind === "choice" ? fact.values.options.map((o) => o.name) : []);
  for (const value of test.values) {
    if (options.has(value.name)) continue;
    const near = closestMatch(value.name, options);
    return { message: `\`${value.name}\` is not a value of \`${name}\``, help: near ? `did you mean \`${near}\`?` : `the fact takes ${factKindWords(fact)}`, at: value };
  }
  return undefined;
}

/** Every condition tests its fact as the fact's kind allows: a yes-or-no fact alone, a number against a number, a choice against its own values. */
export const conditionFitsFact: Check = {
  code: "Q026",
  title: "condition that does not fit its fact",
  severity: "error",
  invariant: "Every condition tests its fact as the fact's kind allows: a yes-or-no fact alone, a number against a number, a choice against its own values.",
  example: `facts {
  conference_stage "Stage of the conference": initial, review
}
quorum {
  at least 2 agencies when conference_stage is reveiw
}`,
  run(ctx) {
    for (const { condition, file } of conditions(ctx.model)) {
      for (const atom of condition.atoms) {
        const found = mismatch(ctx, atom);
        if (found) ctx.report({ file, node: found.at }, found.message, found.help);
      }
    }
  },
};
