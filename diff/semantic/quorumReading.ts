/**
 * The parts of a policy's quorum the semantic search reads: the count of agencies, and
 * the roles a conference about an unborn child needs.
 */
import type { PolicyIR } from "../../compiler/ir.js";

/** The policy's count of agencies, where it has one that applies to every case. */
export function agencyMinimum(ir: PolicyIR): { agencies: number; directContact: boolean } | null {
  const count = ir.quorum.counts.find((c) => c.of.kind === "agencies" && c.when === null);
  return count ? { agencies: count.count, directContact: count.directContact } : null;
}

/** The roles required when the child is unborn (`unborn child requires …`). */
export function unbornRoles(ir: PolicyIR): { role: string }[] {
  return ir.quorum.requirements.flatMap((r) => {
    const onlyUnborn = r.when !== null && r.when.length === 1 && r.when[0]?.fact === "unborn" && r.when[0].test === "yes";
    return onlyUnborn && r.selector.kind === "role" && !r.oneOf ? r.selector.ids.map((role) => ({ role })) : [];
  });
}
