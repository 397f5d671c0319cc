import type { Statement } from "../../grammar/ast.js";
import type { Check } from "./check.js";

/** Events that only happen when the policy gives the power that causes them. */
// A Map, not an object: a trigger is a name from the policy, and `__proto__` is a name too.
const NEEDS = new Map<string, { statements: Statement["type"][]; power: string }>(Object.entries({
  deferred: { statements: ["Deferral"], power: "`chair may defer`" },
  quorum_waived: { statements: ["Waiver"], power: "`chair may proceed with …`" },
  chair_overrides: { statements: ["Override"], power: "`chair may override majority`" },
  chair_decides: { statements: ["TieBreak", "ExecutiveDecision", "NoConsensusRule"], power: "`tie: chair decides`, `no consensus: chair decides` or `executive decision by chair`" },
  not_quorate: { statements: ["QuorumCount", "QuorumRequirement", "UnbornRequirement"], power: "a quorum (`at least …` or `require …`)" },
  no_consensus: { statements: ["ConsensusFirst"], power: "`consensus first`" },
}));

/** An obligation is triggered by an event the policy can produce; one that waits on a power nobody has never applies. */
export const neverTriggered: Check = {
  code: "Q063",
  title: "obligation that never applies",
  severity: "warning",
  invariant: "An obligation is triggered by an event the policy can produce; one that waits on a power nobody has never applies.",
  example: `obligations {
  when deferred: reconvene within 10 working days
}`,
  run(ctx) {
    const m = ctx.model;
    if (m.kind !== "policy") return;
    for (const o of m.statements("Obligation")) {
      const trigger = o.node.trigger?.event;
      const need = trigger ? NEEDS.get(trigger.name) : undefined;
      if (!trigger || !need || need.statements.some((t) => m.last(t))) continue;
      ctx.report({ file: o.file, node: trigger }, `nothing in this policy can make \`${trigger.name}\` happen, so this obligation never applies`, `the event needs ${need.power}; add it if the protocol grants it, or remove the obligation`);
    }
  },
};
