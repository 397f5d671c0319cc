/**
 * How the structural layer names a policy's roles, agencies and groupings. Rules are
 * compared by their ids (a grouping renamed is not a rule changed), and shown by name: each
 * reading is made twice, with `ID_NAMER` to compare and with the policy's own `namerOf` to
 * show.
 */
import type { PolicyIR } from "../../compiler/ir.js";

export interface Namer {
  role(id: string): string;
  agency(id: string): string;
  grouping(id: string): string;
  /** A role, agency or grouping, by the kind a selector names. */
  of(kind: "role" | "agency" | "grouping", id: string): string;
}

export const ID_NAMER: Namer = { role: (id) => id, agency: (id) => id, grouping: (id) => id, of: (_kind, id) => id };

export function namerOf(ir: PolicyIR): Namer {
  const roles = new Map(ir.roles.map((r) => [r.id, r.label]));
  const agencies = new Map(ir.agencies.map((a) => [a.id, a.label]));
  const groupings = new Map(ir.groupings.map((g) => [g.id, g.label]));
  const namer: Namer = {
    role: (id) => roles.get(id) ?? id,
    agency: (id) => agencies.get(id) ?? id,
    grouping: (id) => groupings.get(id) ?? id,
    of: (kind, id) => (kind === "role" ? namer.role(id) : kind === "agency" ? namer.agency(id) : namer.grouping(id)),
  };
  return namer;
}
