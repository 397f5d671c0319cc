/** Trace steps: each says what was found and cites the policy line and protocol clause behind it. */
import type { Origin } from "../compiler/ir.js";
import type { NotApplied, TraceStep } from "./decision.js";

export function step(kind: TraceStep["step"], detail: string, at: Origin | null, defaultCode?: string): TraceStep {
  const found: TraceStep = { step: kind, detail, cite: at?.cite ?? null, line: at?.line ?? null, file: at?.file ?? null };
  if (defaultCode !== undefined) found.default = defaultCode;
  return found;
}

export function notApplied(input: string, reason: string, at: Origin | null): NotApplied {
  return { input, reason, cite: at?.cite ?? null, line: at?.line ?? null, file: at?.file ?? null };
}

/** "a, b, c and 97 more": long lists (100,000 attendees) stay readable and the trace stays small. */
export function listSome(items: readonly string[], max = 12): string {
  if (items.length <= max) return listInWords(items);
  return `${items.slice(0, max).join(", ")} and ${items.length - max} more`;
}

/** "a, b and c" */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1) ?? ""}`;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
