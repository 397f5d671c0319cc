/**
 * A snapshot of the built-in prototypes and constructors a hostile name could pollute
 * (`__proto__`, `constructor`, `prototype` used as ids), and what changed since one was
 * taken: a property added, removed, or given another value or accessor.
 */

/** The objects whose own properties are watched. */
export const WATCHED: Record<string, object> = {
  "Object.prototype": Object.prototype,
  "Array.prototype": Array.prototype,
  "Function.prototype": Function.prototype,
  "String.prototype": String.prototype,
  "Map.prototype": Map.prototype,
  Object,
  Array,
};

type Shape = Map<PropertyKey, PropertyDescriptor>;
export type PrototypeSnapshot = Map<string, { shape: Shape; prototype: object | null }>;

export function takeSnapshot(): PrototypeSnapshot {
  const out: PrototypeSnapshot = new Map();
  for (const [name, target] of Object.entries(WATCHED)) {
    const shape: Shape = new Map();
    for (const key of Reflect.ownKeys(target)) shape.set(key, Object.getOwnPropertyDescriptor(target, key) as PropertyDescriptor);
    out.set(name, { shape, prototype: Object.getPrototypeOf(target) as object | null });
  }
  return out;
}

function sameDescriptor(a: PropertyDescriptor, b: PropertyDescriptor): boolean {
  return a.value === b.value && a.get === b.get && a.set === b.set && a.writable === b.writable && a.enumerable === b.enumerable && a.configurable === b.configurable;
}

/** Every difference between a snapshot and the objects now, in words; empty when nothing changed. */
export function changesSince(before: PrototypeSnapshot): string[] {
  const now = takeSnapshot();
  const changes: string[] = [];
  for (const [name, { shape, prototype }] of before) {
    const after = now.get(name);
    if (!after) continue;
    if (after.prototype !== prototype) changes.push(`${name} has a different prototype`);
    for (const [key, descriptor] of after.shape) {
      const was = shape.get(key);
      if (!was) changes.push(`${name}.${String(key)} was added`);
      else if (!sameDescriptor(was, descriptor)) changes.push(`${name}.${String(key)} was changed`);
    }
    for (const key of shape.keys()) if (!after.shape.has(key)) changes.push(`${name}.${String(key)} was removed`);
  }
  return changes;
}
