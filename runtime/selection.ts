/**
 * Which attendees a policy's selection of people picks: anyone, any practitioner, or
 * those of some roles, agencies or groupings. A grouping picks the attendees who sit in
 * it, and those whose role it lists where they do not vote in a grouping (a member heard
 * but not voting still attends for that grouping).
 */
import type { Selector, Who } from "../compiler/ir.js";
import type { Seat } from "./attendance.js";
import type { PolicyTables } from "./policyTables.js";

const sets = new WeakMap<Selector, ReadonlySet<string>>();

function idsOf(selector: Selector): ReadonlySet<string> {
  let ids = sets.get(selector);
  if (ids === undefined) {
    ids = new Set(selector.ids);
    sets.set(selector, ids);
  }
  return ids;
}

export function selects(tables: PolicyTables, who: Who, seat: Seat): boolean {
  switch (who.kind) {
    case "anyone":
      return true;
    case "practitioners":
      return seat.rule.practitioner;
    case "role":
      return idsOf(who).has(seat.rule.id);
    case "agency":
      return seat.rule.agency !== null && idsOf(who).has(seat.rule.agency);
    case "grouping": {
      const ids = idsOf(who);
      if (seat.unitKind === "grouping") return ids.has(seat.unitId);
      for (const g of tables.groupingsOfRole.get(seat.rule.id) ?? []) if (ids.has(g)) return true;
      return false;
    }
  }
}

/** Whom a selection names, in words for the explanation. */
export function whoWords(tables: PolicyTables, who: Who): string {
  switch (who.kind) {
    case "anyone":
      return "anyone";
    case "practitioners":
      return "any practitioner";
    case "role":
      return who.ids.map((id) => tables.roles.get(id)?.label ?? id).join(" or ");
    case "agency":
      return who.ids.map((id) => tables.agencyLabels.get(id) ?? id).join(" or ");
    case "grouping":
      return who.ids.map((id) => tables.groupingLabels.get(id) ?? id).join(" or ");
  }
}
