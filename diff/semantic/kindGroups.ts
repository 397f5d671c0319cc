/**
 * Groups of attendee kinds a policy reads together: kinds of one agency (the bound on
 * attendees from one agency counts them together), and kinds that share a voting unit,
 * something a quorum count finds, or a sole-representative rule under either compared
 * policy. Everything a policy reads of a room adds up over these groups (a unit, a counted
 * agency or a sole-representative count never spans two), so the search builds each
 * group's part of a room on its own and adds the parts up. Within a group, kinds are put in
 * the order that closes units and counts soonest: by agency, then by unit.
 */
import type { AttendeeKind } from "./attendeeKinds.js";

/** Each group as a list of kind indexes, in the order the group search reads them. */
export function kindGroups(kinds: readonly AttendeeKind[]): number[][] {
  const parent = kinds.map((_, k) => k);
  const find = (k: number): number => {
    let root = k;
    while (parent[root] !== root) root = parent[root] ?? root;
    parent[k] = root;
    return root;
  };
  const firstWith = new Map<string, number>();
  const link = (key: string, k: number) => {
    const other = firstWith.get(key);
    if (other === undefined) firstWith.set(key, k);
    else parent[find(k)] = find(other);
  };
  kinds.forEach((kind, k) => {
    link(`group ${kind.group}`, k);
    kind.profiles.forEach((p, side) => {
      if (p.unit.type === "joint") link(`${side} unit ${p.unit.key}`, k);
      p.countIds.forEach((id, spec) => {
        if (id !== null) link(`${side} count ${spec} ${id}`, k);
      });
      for (const rule of p.sole) link(`${side} sole ${rule}`, k);
    });
  });
  const groups = new Map<number, number[]>();
  kinds.forEach((_, k) => {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  });
  const agencyOrder = new Map<string, number>();
  kinds.forEach((kind) => agencyOrder.set(kind.group, agencyOrder.get(kind.group) ?? agencyOrder.size));
  const unitOf = (kind: AttendeeKind, side: number) => {
    const u = kind.profiles[side]?.unit;
    return u?.type === "joint" ? u.key : "";
  };
  return [...groups.values()].map((group) =>
    [...group].sort((x, y) => {
      const kx = kinds[x] as AttendeeKind;
      const ky = kinds[y] as AttendeeKind;
      return (agencyOrder.get(kx.group) ?? 0) - (agencyOrder.get(ky.group) ?? 0) || unitOf(kx, 0).localeCompare(unitOf(ky, 0)) || unitOf(kx, 1).localeCompare(unitOf(ky, 1)) || x - y;
    }),
  );
}
