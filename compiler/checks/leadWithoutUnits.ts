import type { Check } from "./check.js";

/** A nominated lead speaks for a grouping or an agency, so it is not combined with individual voting. */
export const leadWithoutUnits: Check = {
  code: "Q037",
  title: "nominated lead with individual votes",
  severity: "error",
  invariant: "A nominated lead speaks for a grouping or an agency, so it is not combined with individual voting.",
  example: `voting {
  vote by individual
  nominated lead speaks
}`,
  run(ctx) {
    const voteBy = ctx.model.last("VoteBy");
    const lead = ctx.model.last("NominatedLead");
    if (!voteBy || !lead || voteBy.node.unit !== "individual") return;
    ctx.report(lead, "a nominated lead speaks for a group, but every individual votes under this policy", "remove `nominated lead speaks`, or count votes `by grouping` or `by agency`", [
      { message: "individual voting is set here", where: voteBy },
    ]);
  },
};
