import { listed, unknownNameCheck } from "./unknownName.js";

/** The word right after `offset` on the same line, if any. */
export function wordAfter(text: string, offset: number): string | undefined {
  return /^[ \t]+([a-z_]+)/.exec(text.slice(offset, offset + 200))?.[1];
}

/** The word right before `offset` on the same line, if any. */
export function wordBefore(text: string, offset: number): string | undefined {
  return /([a-z_]+)[ \t]+$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[1];
}

/** Every duty asks for, and every power allows, an action the vocabulary or the policy declares under `actions`. */
export const unknownAction = unknownNameCheck({
  code: "Q015",
  kind: "action",
  noun: "action",
  invariant: "Every duty asks for, and every power allows, an action the vocabulary or the policy declares under `actions`.",
  example: `obligations {
  when dissent: record_disent "dissenting agencies are listed"
}`,
  known: (ctx) => ctx.scope.actions.keys(),
  fallbackHelp: (ctx) =>
    ctx.scope.actions.size > 0
      ? `the actions declared include ${listed(ctx.scope.actions.keys(), 10)}; a new one is declared in an \`actions\` section, e.g. \`actions { ${"inform_ofsted"} "tell Ofsted" }\``
      : "actions are declared in an `actions` section of the vocabulary or the policy",
  // `record dissent` written as two words: the next word on the line completes the name.
  explain: (ctx, ref) => {
    const next = wordAfter(ref.file.text, ref.ident.range.end.offset);
    const joined = next === undefined ? undefined : `${ref.ident.name}_${next}`;
    if (joined !== undefined && ctx.scope.actions.has(joined)) {
      return { message: `unknown action \`${ref.ident.name}\``, help: `did you mean \`${joined}\`? the words of a name are joined with \`_\`` };
    }
    const previous = wordBefore(ref.file.text, ref.ident.range.start.offset);
    return previous !== undefined && ctx.scope.actions.has(`${previous}_${ref.ident.name}`) ? null : undefined;
  },
});
