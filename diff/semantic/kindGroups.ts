/**
 * Groups of attendee kinds that a policy reads together: kinds that share a voting unit,
 * an agency counted towards the quorum, or a "sole representative" rule under either
 * compared policy. Everything a policy decides from a room is a sum over these groups
 * (units never span two groups, nor do counted agencies or sole-representative counts),
 * so the search can take each group's part of a room apart and add the parts up.
 */
import { agencyMinimum } from "./quorumReading.js";
import type { PolicyTables } from "../../runtime/policyTables.js";
import type { AttendeeKind } from "./attendeeKinds.js";
import { signatureParts } from "./attendeeKinds.js";

/** Each group as a list of kind indexes, in order of their first kind. */
export function kindGroups(kinds: readonly AttendeeKind[], policies: readonly PolicyTables[]): number[][] {
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
    policies.forEach((tables, p) => {
      const parts = signatureParts(kind.signatures[p] ?? "");
      // Agencies matter only to a quorum that counts them.
      const agenciesCounted = agencyMinimum(tables.ir) !== null;
      if (parts.unit !== null) link(`${p} unit ${parts.unit}`, k);
      if (parts.agency !== null && agenciesCounted) link(`${p} agency ${parts.agency}`, k);
      parts.soleRules.forEach((selected, rule) => {
        if (selected) link(`${p} sole ${rule}`, k);
      });
    });
  });
  const groups = new Map<number, number[]>();
  kinds.forEach((_, k) => {
    const root = find(k);
    groups.set(root, [...(groups.get(root) ?? []), k]);
  });
  return [...groups.values()];
}
