import type { Statement } from "../../grammar/ast.js";
import type { Check } from "./check.js";

const UNREACHABLE: Record<string, string> = {
  ConsensusFirst: "consensus first",
  MajorityDecides: "majority decides",
  TieBreak: "tie: chair decides",
  NoConsensusRule: "no consensus: chair decides",
  ChairBound: "chair bound by majority",
  Override: "chair may override majority",
};

/** Under an executive decision by the chair no vote decides, so no rule about consensus, majorities, ties or overrides is stated beside it. */
export const executiveExcludesVoting: Check = {
  code: "Q041",
  title: "rule unreachable under an executive decision",
  severity: "error",
  invariant: "Under an executive decision by the chair no vote decides, so no rule about consensus, majorities, ties or overrides is stated beside it.",
  example: `decision {
  executive decision by chair
  majority decides
}`,
  run(ctx) {
    const executive = ctx.model.last("ExecutiveDecision");
    if (!executive) return;
    for (const type of Object.keys(UNREACHABLE) as Statement["type"][]) {
      for (const s of ctx.model.statements(type)) {
        const words = s.node.type === "TieBreak" && s.node.on === "no_majority" ? "no majority: chair decides" : UNREACHABLE[type];
        ctx.report(
          s,
          `\`${words}\` can never apply: the chair makes an executive decision in every case`,
          "remove it; the views of each unit are still heard and recorded, but they do not decide",
          [{ message: "the executive decision is stated here", where: executive }],
        );
      }
    }
  },
};
