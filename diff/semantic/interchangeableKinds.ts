/**
 * Kinds that differ only in the names of their unit and agency: a police officer and a
 * probation officer, where each has a grouping and an agency of their own under every
 * compared policy. Swapping them turns a conference into one every policy decides alike,
 * so a room of n attendees needs only the first n of such a family, used in order (a
 * room with the second but not the first is the same as one with the first).
 */
import { signatureParts, type AttendeeKind, type RoleLeftOut } from "./attendeeKinds.js";

export interface Families {
  kinds: AttendeeKind[];
  /** For each kept kind, the kind before it in its family (which a room must use first), or -1. */
  previous: number[];
  leftOut: RoleLeftOut[];
}

export function interchangeableKinds(kinds: readonly AttendeeKind[], maxAttendees: number): Families {
  const ids = kinds.map((k) => k.signatures.map(signatureParts));
  const policies = kinds[0]?.signatures.length ?? 0;
  const shared = (p: number, field: "unit" | "agency", value: string | null, self: number) =>
    value !== null && ids.some((other, j) => j !== self && other[p]?.[field] === value);
  const families = new Map<string, number[]>();
  ids.forEach((perPolicy, k) => {
    let solo = true;
    for (let p = 0; p < policies && solo; p++) {
      const mine = perPolicy[p];
      if (mine && (shared(p, "unit", mine.unit, k) || shared(p, "agency", mine.agency, k))) solo = false;
    }
    if (!solo) return;
    const shape = perPolicy.map((x) => x.shape).join("\u0000");
    families.set(shape, [...(families.get(shape) ?? []), k]);
  });
  const dropped = new Map<number, number>();
  const before = new Map<number, number>();
  for (const members of families.values()) {
    members.forEach((k, i) => {
      const first = members[0] ?? k;
      if (i >= maxAttendees) dropped.set(k, first);
      else if (i > 0) before.set(k, members[i - 1] ?? -1);
    });
  }
  const kept = kinds.map((_, k) => k).filter((k) => !dropped.has(k));
  const newIndex = new Map(kept.map((k, i) => [k, i]));
  return {
    kinds: kept.map((k) => kinds[k]).filter((k): k is AttendeeKind => k !== undefined),
    previous: kept.map((k) => newIndex.get(before.get(k) ?? -1) ?? -1),
    leftOut: [...dropped].map(([k, first]) => ({ role: kinds[k]?.role ?? "", reason: `interchangeable with ${kinds[first]?.role ?? ""}: under every compared policy each has a unit and an agency of their own` })),
  };
}
