import type { Statement } from "../../grammar/ast.js";
import type { Located } from "../model.js";
import type { Check } from "./check.js";

/** Rules that a policy can state only once (a base may state them and a policy restate them). */
const ONCE_PER_FILE: Statement["type"][] = [
  "Jurisdiction",
  "UsesVocabulary",
  "Extends",
  "Document",
  "Owner",
  "Author",
  "CurrentVersion",
  "VoteBy",
  "NominatedLead",
  "OthersRule",
  "Waiver",
  "LocalAuthorityServices",
  "ConsensusFirst",
  "MajorityDecides",
  "TieBreak",
  "NoConsensusRule",
  "ChairBound",
  "ExecutiveDecision",
  "Override",
  "Deferral",
  "AbstentionRule",
  "EveryUnitVotes",
  "OnlyInvolvedVote",
  "SiblingsDisagree",
  "MultipleRule",
  "UnrankedRule",
  "AtLeastOneRule",
  "FreeTextRule",
];

function keyOf(s: Located<Statement>): string {
  // `primary required` and `secondary required` are different rules of the same shape, and a
  // rule about areas of concern is not the same rule as one about categories.
  const concern = s.node.type === "ConcernRule" ? s.node.concern : "";
  return `${s.file.path}\u0000${s.aspect}\u0000${s.node.type}\u0000${concern}`;
}

/** Category rules of both lists. */
function listRules(ctx: Parameters<Check["run"]>[0]): Located<Statement>[] {
  const types = ["MultipleRule", "UnrankedRule", "AtLeastOneRule", "FreeTextRule"] as const;
  return [
    ...ctx.model.statements("ConcernRule"),
    ...ctx.model.listStatements("concerns", "ConcernRule"),
    ...types.flatMap((t) => ctx.model.listStatements("concerns", t)),
  ];
}

/** A rule that can be stated once is stated at most once in each file. */
export const repeatedRule: Check = {
  code: "Q022",
  title: "rule stated twice",
  severity: "error",
  invariant: "A rule that can be stated once is stated at most once in each file.",
  example: `decision {
  majority decides
  tie: chair decides
  no majority: chair decides
}`,
  run(ctx) {
    const first = new Map<string, Located<Statement>>();
    const candidates = [...ONCE_PER_FILE.flatMap((t) => ctx.model.statements(t)), ...listRules(ctx)];
    candidates.sort((a, b) => a.node.range.start.offset - b.node.range.start.offset);
    for (const s of candidates) {
      const key = keyOf(s);
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, s);
        continue;
      }
      ctx.report(
        s,
        `this rule is already stated on line ${earlier.node.range.start.line}`,
        "keep one; if the protocol says two different things, keep the reading chosen and record the other with `ambiguity`",
        [{ message: "first stated here", where: earlier }],
      );
    }
  },
};
