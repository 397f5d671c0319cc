/**
 * What "the formatter did not change the meaning" is checked as. A formatter moves
 * statements between lines, so every line number may change; nothing else may. Two
 * comparisons, each with the places taken out:
 *
 * - the syntax tree of the file itself (every statement, word and quoted text), plus the
 *   text of every comment in order: this needs no other file, so the Prettier plugin runs
 *   it on every file it prints;
 * - the compiled policy (IR), with its `line` fields removed: this resolves the base and
 *   vocabulary, so `quorate fmt` runs it before writing anything.
 */
import type { PolicyFile } from "../grammar/ast.js";

const PLACE_KEYS = new Set(["range", "keywordRange"]);

/**
 * Whether two trees of plain data (objects, arrays, strings, numbers, booleans, null,
 * undefined) are equal as `util.isDeepStrictEqual` judges them: a key holding `undefined`
 * differs from a missing key. Written here rather than imported from `node:util` so that
 * the formatter also runs in a browser (the Studio).
 */
export function isDeepStrictEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  const recordA = a as Record<string, unknown>;
  const recordB = b as Record<string, unknown>;
  return keysA.every((key) => Object.hasOwn(recordB, key) && isDeepStrictEqual(recordA[key], recordB[key]));
}

/** A deep copy without the keys that only say where something is. */
function withoutKeys(value: unknown, keys: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((v) => withoutKeys(v, keys));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) if (!keys.has(key)) out[key] = withoutKeys(v, keys);
  return out;
}

/** Why two parses of a policy differ in meaning (or in comments), or undefined when they do not. */
export function syntaxDifference(original: PolicyFile, formatted: PolicyFile): string | undefined {
  const { comments: before, ...restBefore } = original;
  const { comments: after, ...restAfter } = formatted;
  if (!isDeepStrictEqual(withoutKeys(restBefore, PLACE_KEYS), withoutKeys(restAfter, PLACE_KEYS))) {
    return "the statements would read differently";
  }
  const texts = (comments: PolicyFile["comments"]) => comments.map((c) => c.text.trimEnd());
  if (!isDeepStrictEqual(texts(before), texts(after))) return "a comment would be lost or changed";
  return undefined;
}

/** The compiled policy without its line numbers, which formatting legitimately changes. */
export function irWithoutLines(ir: unknown): unknown {
  return withoutKeys(ir, new Set(["line"]));
}

export function sameIR(original: unknown, formatted: unknown): boolean {
  return isDeepStrictEqual(irWithoutLines(original), irWithoutLines(formatted));
}
