/**
 * The shared body of the name-resolution checks (Q010–Q017): each reference must name
 * something known, and an unknown name gets the closest known one as a suggestion.
 */
import { closestMatch } from "../../grammar/suggest.js";
import { references, type ReferenceKind } from "../references.js";
import type { Check, CheckContext } from "./check.js";

export interface UnknownNameSpec {
  code: string;
  kind: ReferenceKind;
  /** e.g. "role" — used in "unknown role `x`". */
  noun: string;
  invariant: string;
  example: string;
  known(ctx: CheckContext): Iterable<string>;
  /** Advice when there is no close match. */
  fallbackHelp(ctx: CheckContext): string;
}

export function unknownNameCheck(spec: UnknownNameSpec): Check {
  const check: Check = {
    code: spec.code,
    title: `unknown ${spec.noun}`,
    severity: "error",
    invariant: spec.invariant,
    example: spec.example,
    run(ctx) {
      const known = new Set(spec.known(ctx));
      for (const ref of references(ctx.model, spec.kind)) {
        const name = ref.ident.name;
        if (known.has(name)) continue;
        const suggestion = closestMatch(name, known);
        ctx.report(
          { file: ref.file, node: ref.ident },
          `unknown ${spec.noun} \`${name}\``,
          suggestion ? `did you mean \`${suggestion}\`?` : spec.fallbackHelp(ctx),
        );
      }
    },
  };
  return check;
}

export function listed(names: Iterable<string>, max = 8): string {
  const all = [...names];
  const shown = all.slice(0, max).map((n) => "`" + n + "`").join(", ");
  return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

/** Names in backticks joined as in a sentence: `a`, `b` and `c`. */
export function inSentence(names: string[]): string {
  const quoted = names.map((n) => "`" + n + "`");
  return quoted.length <= 1 ? (quoted[0] ?? "") : `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}
