/**
 * Checking a value against one of Quorate's published schemas (a conference, a scenario
 * file) with bounded work and memory, whatever the value: 16 million wrong attendees, a
 * view nested 100,000 lists deep, or (from the library) an object that contains itself.
 *
 * ajv with `allErrors` builds an error object for every wrong value before any is shown:
 * 3.5 GB for a 32 MiB file of 16 million numbers. So a value is first checked by a
 * validator that stops at the first error; only a value that fails is checked again with
 * every error collected, and then only a bounded copy of it: at most LONGEST entries of
 * each list and object (the keys the schema names are always kept), nothing below the
 * depth the schema reaches, and at most BUDGET values in all. The copy keeps every error
 * in the part it keeps, since nothing below the schema's depth is ever looked at, keys
 * left out are never required, and a shortened list keeps its first entry (no list
 * needs more than one). The first error of the whole value is always among those shown.
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";

/** Entries of one list or object kept in the copy checked in detail. */
export const DETAILED_ENTRIES = 64;
const LONGEST = DETAILED_ENTRIES;
/** Values copied in all; past this, lists keep their first entry and objects the keys the schema names. */
const BUDGET = 20_000;

type Schema = Record<string, unknown>;

export interface BoundedResult {
  /** The errors found, the first error of the whole value among them. */
  errors: ErrorObject[];
  /** Whether a list or object was shortened to be checked in detail, so more problems may lie beyond those found. */
  shortened: boolean;
}

function isSchema(value: unknown): value is Schema {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every property name the schema mentions, anywhere. */
function namedKeys(schema: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(schema)) for (const item of schema) namedKeys(item, out);
  else if (isSchema(schema)) {
    for (const [key, value] of Object.entries(schema)) {
      if (key === "properties" && isSchema(value)) for (const name of Object.keys(value)) out.add(name);
      namedKeys(value, out);
    }
  }
  return out;
}

/**
 * How deep into a value the schema looks: the root is depth 0, a property or entry of it
 * depth 1. Infinity for a schema that refers to itself.
 */
export function schemaDepth(root: Schema): number {
  const defs = isSchema(root["$defs"]) ? root["$defs"] : {};
  const walk = (node: unknown, refs: readonly string[]): number => {
    if (!isSchema(node)) return 0;
    let deepest = 0;
    const ref = node["$ref"];
    if (typeof ref === "string" && ref.startsWith("#/$defs/")) {
      const name = ref.slice("#/$defs/".length);
      if (refs.includes(name)) return Infinity;
      deepest = Math.max(deepest, walk(defs[name], [...refs, name]));
    }
    for (const key of ["anyOf", "oneOf", "allOf"]) {
      const options = node[key];
      if (Array.isArray(options)) for (const option of options) deepest = Math.max(deepest, walk(option, refs));
    }
    const children = [node["items"], node["additionalProperties"], ...(isSchema(node["properties"]) ? Object.values(node["properties"]) : [])];
    for (const child of children) if (isSchema(child)) deepest = Math.max(deepest, 1 + walk(child, refs));
    return deepest;
  };
  return walk(root, []);
}

/** The largest `minItems` the schema asks of any list. */
function largestMinItems(schema: unknown): number {
  if (Array.isArray(schema)) return Math.max(0, ...schema.map(largestMinItems));
  if (!isSchema(schema)) return 0;
  const own = typeof schema["minItems"] === "number" ? schema["minItems"] : 0;
  return Math.max(own, ...Object.values(schema).map(largestMinItems));
}

function ownProperty(target: Record<string, unknown>, key: string, value: unknown): void {
  // Defined, not assigned: a key `__proto__` stays a key, as JSON.parse makes it.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

interface Copying {
  keep: Set<string>;
  /** Values deeper than this are never looked at by the schema. */
  depth: number;
  left: number;
  shortened: boolean;
}

/** The bounded copy described at the top of this file. */
function boundedCopy(value: unknown, depth: number, copying: Copying): unknown {
  if (value === null || typeof value !== "object") return value;
  copying.left--;
  // Never looked at by the schema, so emptying it hides no problem.
  if (depth > copying.depth) return Array.isArray(value) ? [] : {};
  if (Array.isArray(value)) {
    const length = copying.left > 0 ? Math.min(value.length, LONGEST) : Math.min(value.length, 1);
    if (length < value.length) copying.shortened = true;
    const out: unknown[] = [];
    for (let i = 0; i < length; i++) out.push(boundedCopy(value[i], depth + 1, copying));
    return out;
  }
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let others = 0;
  for (const key in source) {
    if (!Object.hasOwn(source, key)) continue;
    if (!copying.keep.has(key) && (others++ >= LONGEST || copying.left <= 0)) {
      copying.shortened = true;
      continue;
    }
    ownProperty(out, key, boundedCopy(source[key], depth + 1, copying));
  }
  return out;
}

/**
 * A check of values against `schema`: undefined when the value is valid, otherwise its
 * errors (for `schemaProblems` to put in words), collected with bounded work.
 */
export function boundedValidator(schema: Schema): (value: unknown) => BoundedResult | undefined {
  const quick: ValidateFunction = new Ajv2020({ allErrors: false, strict: true, verbose: true }).compile(schema);
  let detailed: ValidateFunction | undefined;
  const keep = namedKeys(schema);
  // A schema that refers to itself has no depth of its own: a value that contains itself still ends here.
  const depth = Math.min(schemaDepth(schema), 64);
  // INVARIANT: a shortened list keeps one entry, which is enough only while no list must have more.
  if (largestMinItems(schema) > 1) throw new Error("a schema asks for lists of more than one entry, which a shortened copy would break");
  return (value) => {
    if (quick(value)) return undefined;
    const first = quick.errors ?? [];
    detailed ??= new Ajv2020({ allErrors: true, strict: true, verbose: true }).compile(schema);
    const copying: Copying = { keep, depth, left: BUDGET, shortened: false };
    const copy = boundedCopy(value, 0, copying);
    const found = detailed(copy) ? [] : (detailed.errors ?? []);
    // The first error of the whole value leads, so the cap on problems listed never drops it.
    return { errors: [...first, ...found], shortened: copying.shortened };
  };
}
