/**
 * The fuzzer's inputs beside policies: conferences (as values handed to the library, and
 * as lines of a batch), and scenario files. Each starts from a real one (every conference
 * the bundled scenarios decide, every bundled scenario file) and is broken on purpose:
 * values replaced by any JSON, keys deleted or added (`__proto__`, `constructor`, unknown
 * fields), entries doubled (repeated ids), lists nested thousands deep, texts of control
 * characters or a hundred thousand characters, and (for the library only) an object made
 * to contain itself. Lines are also cut, given stray characters or a byte-order mark.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { scenarioConferences } from "../helpers/batch.js";
import { ENGINE } from "../helpers/scratch.js";
import { HOSTILE_CHARACTERS } from "./arbitraries.js";

export const REAL_CONFERENCES: unknown[] = scenarioConferences();

const scenarioFolder = path.join(ENGINE, "policies/scenarios");
export const REAL_SCENARIO_FILES: unknown[] = readdirSync(scenarioFolder)
  .filter((name) => name.endsWith(".scenarios.json"))
  .sort()
  .map((name) => JSON.parse(readFileSync(path.join(scenarioFolder, name), "utf8")) as unknown);

const KEYS = ["__proto__", "constructor", "toString", "prototype", "id", "role", "views", "children", "attendees", "chair", "amy", "ben", "x", "", "policy", "scenarios", "conference", "expect", "outcome"];

/** Paths a scenario file might name for its policy or a conference, most of them hostile. */
export const HOSTILE_PATHS = ["../wakefield.policy", "../../outside/secret.policy", "/proc/self/environ", "../../../../../etc/passwd", "conferences/health-split.json", "../linked.policy", "", ".", "..", "../scenarios", "conferences", "x".repeat(300), "nul\u0000.json", "\u001b]0;x\u0007.policy"];

type Mutation =
  | { kind: "replace" | "add"; at: number; key: number; value: unknown }
  | { kind: "delete" | "double" | "cycle"; at: number; key: number }
  | { kind: "deep"; at: number; key: number; depth: number; object: boolean }
  | { kind: "text"; at: number; key: number; text: string };

const hostileText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...HOSTILE_CHARACTERS), maxLength: 20 }),
  fc.nat({ max: 100_000 }).map((n) => "x".repeat(n)),
  fc.constantFrom(...HOSTILE_PATHS),
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom("replace" as const, "add" as const), at: fc.nat(), key: fc.nat(), value: fc.jsonValue({ maxDepth: 3 }) }),
  fc.record({ kind: fc.constantFrom("delete" as const, "double" as const, "cycle" as const), at: fc.nat(), key: fc.nat() }),
  fc.record({ kind: fc.constant("deep" as const), at: fc.nat(), key: fc.nat(), depth: fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer({ min: 1_000, max: 20_000 })), object: fc.boolean() }),
  fc.record({ kind: fc.constant("text" as const), at: fc.nat(), key: fc.nat(), text: hostileText }),
);

function setOwn(target: Record<string, unknown> | unknown[], key: string | number, value: unknown): void {
  // Defined, not assigned: a key `__proto__` becomes a key, as JSON.parse makes it.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The objects and lists of a value, each once, down to a depth of 12 (an earlier mutation may have nested or looped it). */
function containers(root: unknown): (Record<string, unknown> | unknown[])[] {
  const out: (Record<string, unknown> | unknown[])[] = [];
  const seen = new Set<unknown>();
  const pending: [unknown, number][] = [[root, 0]];
  while (pending.length > 0) {
    const [value, depth] = pending.pop() as [unknown, number];
    if (value === null || typeof value !== "object" || seen.has(value) || depth > 12) continue;
    seen.add(value);
    out.push(value as Record<string, unknown>);
    for (const item of Object.values(value)) pending.push([item, depth + 1]);
  }
  return out;
}

/** A copy of a shallow value, or the value itself where copying could recurse too deep or for ever. */
function copyOf(value: unknown): unknown {
  try {
    return structuredClone(value);
  } catch {
    return value;
  }
}

function nested(depth: number, object: boolean): unknown {
  let value: unknown = object ? {} : [];
  for (let i = 0; i < depth; i++) value = object ? { amy: value } : [value];
  return value;
}

/** In a value bound for JSON text, deep nesting is a marker, written out by `jsonText`: JSON.stringify itself would overflow the stack. */
const DEEP_MARKER = /"\\u0000deep:(\d+):(true|false)"/g;

function jsonText(value: unknown): string {
  const text = JSON.stringify(value) ?? "null";
  return text.replace(DEEP_MARKER, (_, depth: string, object: string) => {
    const n = Number(depth);
    return object === "true" ? '{"amy":'.repeat(n) + "{}" + "}".repeat(n) : "[".repeat(n) + "[]" + "]".repeat(n);
  });
}

function apply(root: unknown, m: Mutation, asText: boolean): void {
  const all = containers(root);
  const node = all[m.at % Math.max(1, all.length)];
  if (!node) return;
  const keys = Array.isArray(node) ? node.map((_, i) => i) : Object.keys(node);
  const existing = keys.length > 0 ? keys[m.key % keys.length] : undefined;
  const key = m.kind === "add" || existing === undefined ? (Array.isArray(node) ? node.length : (KEYS[m.key % KEYS.length] as string)) : existing;
  switch (m.kind) {
    case "replace":
    case "add":
      setOwn(node, key, m.value);
      break;
    case "delete":
      if (Array.isArray(node)) node.splice(Number(key), 1);
      else delete node[String(key)];
      break;
    case "double":
      if (Array.isArray(node) && node.length > 0) node.push(copyOf(node[Number(key)]));
      else setOwn(node, KEYS[m.key % KEYS.length] as string, copyOf(node[key as never]));
      break;
    case "cycle":
      setOwn(node, key, m.key % 2 === 0 ? root : node);
      break;
    case "deep":
      setOwn(node, key, asText ? `\u0000deep:${m.depth}:${m.object}` : nested(m.depth, m.object));
      break;
    case "text":
      setOwn(node, key, m.text);
      break;
  }
}

/** A real input, broken by a few mutations; `cycles` false for inputs that must stay JSON. */
function mutated(reals: unknown[], cycles: boolean): fc.Arbitrary<unknown> {
  return fc.tuple(fc.nat(), fc.array(mutation, { minLength: 1, maxLength: 4 })).map(([which, mutations]) => {
    const value = structuredClone(reals[which % reals.length]);
    for (const m of mutations) if (cycles || m.kind !== "cycle") apply(value, m, !cycles);
    return value;
  });
}

/** A conference as the library may be handed it: a broken real one, any JSON, or anything at all. */
export const conferenceValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: mutated(REAL_CONFERENCES, true) },
  { weight: 1, arbitrary: fc.constantFrom(...REAL_CONFERENCES) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withMap: true, withSet: true, withNullPrototype: true, withBigInt: true, withDate: true, withTypedArray: true, withSparseArray: true, withObjectString: true, withBoxedValues: true }) },
);

type TextChange = { kind: "cut" | "insert" | "bom" | "none"; at: number; text: string };

const textChange: fc.Arbitrary<TextChange> = fc.record({ kind: fc.constantFrom("cut" as const, "insert" as const, "bom" as const, "none" as const, "none" as const), at: fc.nat(), text: fc.oneof(fc.constantFrom(...HOSTILE_CHARACTERS, "{", "[", ",", '"', ":", "\\u0000", "\\ud800"), fc.string({ maxLength: 5 })) });

function changeText(text: string, change: TextChange): string {
  const at = change.at % (text.length + 1);
  if (change.kind === "cut") return text.slice(0, at);
  if (change.kind === "insert") return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === "bom") return `\ufeff${text}`;
  return text;
}

/** One line of a batch: a broken real conference as JSON, perhaps cut or with stray characters, or any text. */
export const batchLineText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(mutated(REAL_CONFERENCES, false), textChange).map(([value, change]) => changeText(jsonText(value), change)) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 50_000 }).map((n) => "[".repeat(n) + "]".repeat(n % 3 === 0 ? 0 : n)) },
);

/** A history of a few lines, blank ones among them. */
export const batchText: fc.Arbitrary<string> = fc.array(fc.oneof(batchLineText, fc.constantFrom("", "  ", "\r")), { minLength: 1, maxLength: 6 }).map((lines) => lines.join("\n") + "\n");

/** A scenario file: a broken real one (its policy and conference paths often hostile), as the text of a file. */
export const scenarioFileText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(mutated(REAL_SCENARIO_FILES, false), fc.nat(), fc.nat(), fc.boolean(), textChange).map(([value, p, c, hostile, change]) => {
    if (hostile && typeof value === "object" && value !== null && !Array.isArray(value)) {
      const file = value as Record<string, unknown>;
      setOwn(file, "policy", HOSTILE_PATHS[p % HOSTILE_PATHS.length]);
      const scenarios = file["scenarios"];
      if (Array.isArray(scenarios) && typeof scenarios[0] === "object" && scenarios[0] !== null) setOwn(scenarios[0] as Record<string, unknown>, "conference", HOSTILE_PATHS[c % HOSTILE_PATHS.length]);
    }
    return changeText(jsonText(value), change);
  }) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v) ?? "null") },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 200 }) },
);
