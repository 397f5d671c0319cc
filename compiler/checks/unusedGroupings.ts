import { isNamed, votingFacts } from "../votingFacts.js";
import type { Check } from "./check.js";

/** Groupings and `others` rules are stated only when votes are counted by grouping, and per-organisation units only when votes are not counted by individual, since otherwise they change nothing. */
export const unusedGroupings: Check = {
  code: "Q036",
  title: "rule unused under this voting unit",
  severity: "warning",
  invariant:
    "Groupings and `others` rules are stated only when votes are counted by grouping, and per-organisation units only when votes are not counted by individual, since otherwise they change nothing.",
  example: `voting {
  vote by agency
  grouping police "Police" { police_officer }
}`,
  run(ctx) {
    const voteBy = ctx.model.last("VoteBy");
    if (!voteBy || voteBy.node.unit === "grouping") return;
    const unit = voteBy.node.unit;
    const related = [{ message: "the voting unit is set here", where: voteBy }];
    const first = ctx.model.statements("GroupingDeclaration")[0];
    if (first) {
      ctx.report(
        { file: first.file, node: first.node.id },
        `groupings are declared, but votes are counted by ${unit}, so they change no decision`,
        "write `vote by grouping` if the protocol counts one vote per grouping; otherwise remove the groupings",
        related,
      );
    }
    // Outside groupings, `others …` says what happens to the practitioners no statement names;
    // it changes nothing only where every practitioner role is named.
    const others = ctx.model.last("OthersRule");
    const facts = votingFacts(ctx.model);
    if (others && [...ctx.scope.roles.values()].every((r) => r.node.agency === undefined || isNamed(r.node.id.name, facts))) {
      ctx.report(others, `every practitioner role is named by another rule, so this \`others\` rule changes nothing`, "remove it, or write `vote by grouping` if the protocol counts groupings", related);
    }
    const perOrganisation = ctx.model.last("PerOrganisation");
    if (perOrganisation && unit === "individual") {
      ctx.report(perOrganisation, "every individual already votes on their own, so voting per organisation changes nothing", "remove it, or count votes `by agency` or `by grouping`", related);
    }
  },
};
