import type { Check } from "./check.js";

/** `no consensus: chair decides` follows `consensus first`, and no vote is stated beside it: the chair, not a count, decides where the room does not agree. */
export const noConsensusRule: Check = {
  code: "Q046",
  title: "chair decides without consensus, beside a vote",
  severity: "error",
  invariant: "`no consensus: chair decides` follows `consensus first`, and no vote is stated beside it: the chair, not a count, decides where the room does not agree.",
  example: `decision {
  consensus first
  no consensus: chair decides
  majority decides
}`,
  run(ctx) {
    const m = ctx.model;
    const rule = m.last("NoConsensusRule");
    if (!rule) return;
    if (!m.last("ConsensusFirst")) {
      ctx.report(rule, "`no consensus: chair decides` needs `consensus first`: without it there is nothing for the chair to decide after", "add `consensus first`, citing the clause that asks the conference to seek agreement");
    }
    const beside = [
      ...m.statements("MajorityDecides").map((s) => ({ s, words: "majority decides" })),
      ...m.statements("TieBreak").map((s) => ({ s, words: s.node.on === "tie" ? "tie: chair decides" : "no majority: chair decides" })),
      ...m.statements("ChairBound").map((s) => ({ s, words: "chair bound by majority" })),
      ...m.statements("Override").map((s) => ({ s, words: "chair may override majority" })),
    ];
    for (const { s, words } of beside) {
      ctx.report(s, `\`${words}\` can never apply: without a consensus the chair decides, and no vote is taken`, "remove it; if the protocol holds a vote, write `majority decides` instead of `no consensus: chair decides`", [
        { message: "the chair decides without consensus here", where: rule },
      ]);
    }
  },
};
