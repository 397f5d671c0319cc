import type { Check } from "./check.js";

/** Groupings are declared only when votes are counted by grouping, since otherwise they change nothing. */
export const unusedGroupings: Check = {
  code: "Q036",
  title: "groupings that are not used",
  severity: "warning",
  invariant: "Groupings are declared only when votes are counted by grouping, since otherwise they change nothing.",
  example: `voting {
  vote by agency
  grouping police "Police" { police_officer }
}`,
  run(ctx) {
    const voteBy = ctx.model.last("VoteBy");
    if (!voteBy || voteBy.node.unit === "grouping") return;
    const first = ctx.model.statements("GroupingDeclaration")[0];
    if (!first) return;
    ctx.report(
      { file: first.file, node: first.node.id },
      `groupings are declared, but votes are counted by ${voteBy.node.unit}, so they change no decision`,
      "write `vote by grouping` if the protocol counts one vote per grouping; otherwise remove the groupings",
      [{ message: "the voting unit is set here", where: voteBy }],
    );
  },
};
