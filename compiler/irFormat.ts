/**
 * The IR's format tag, apart from the zod schema in ir.ts: compiling needs only this
 * value, and importing ir.ts would load zod (some 50 ms) at every start of the CLI.
 */
export const IR_FORMAT = "quorate.policy/2";
