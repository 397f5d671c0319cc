import { isObligationAction, OBLIGATION_ACTIONS } from "../catalogue.js";
import { listed, unknownNameCheck } from "./unknownName.js";

/** The word right after `offset` on the same line, if any. */
export function wordAfter(text: string, offset: number): string | undefined {
  return /^[ \t]+([a-z_]+)/.exec(text.slice(offset, offset + 200))?.[1];
}

/** The word right before `offset` on the same line, if any. */
export function wordBefore(text: string, offset: number): string | undefined {
  return /([a-z_]+)[ \t]+$/.exec(text.slice(Math.max(0, offset - 200), offset))?.[1];
}

/** Every obligation asks for one of the actions Quorate knows. */
export const unknownAction = unknownNameCheck({
  code: "Q015",
  kind: "action",
  noun: "obligation",
  invariant: "Every obligation asks for one of the actions Quorate knows.",
  example: `obligations {
  when dissent: record_disent "dissenting agencies are listed"
}`,
  known: () => Object.keys(OBLIGATION_ACTIONS),
  fallbackHelp: () => `the obligations are ${listed(Object.keys(OBLIGATION_ACTIONS), 30)}`,
  // `record dissent` written as two words: the next word on the line completes the name.
  explain: (_ctx, ref) => {
    const next = wordAfter(ref.file.text, ref.ident.range.end.offset);
    const joined = next === undefined ? undefined : `${ref.ident.name}_${next}`;
    if (joined !== undefined && isObligationAction(joined)) {
      return { message: `unknown obligation \`${ref.ident.name}\``, help: `did you mean \`${joined}\`? the words of a name are joined with \`_\`` };
    }
    const previous = wordBefore(ref.file.text, ref.ident.range.start.offset);
    return previous !== undefined && isObligationAction(`${previous}_${ref.ident.name}`) ? null : undefined;
  },
});
