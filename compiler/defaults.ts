/**
 * Every place a decision would rest on Quorate's own default rather than on the protocol:
 * a practitioner the policy never names who still votes, an abstention the policy does not
 * mention, a quorum count that does not say whom it counts, a disagreement that does not
 * say whose. Each is a note of its own (`Q086`–`Q089`), goes into the compiled policy's
 * `defaults` (so a decision's trace and the readings register can cite it), and goes away
 * once the policy states the rule or records its reading.
 */
import type { Node } from "../grammar/ast.js";
import { DEFAULT_CODES, DETECTED_EVENTS, isDetectedEvent, type DefaultCode } from "./catalogue.js";
import type { Aspect, Located, PolicyModel, SourceFile } from "./model.js";
import { triggers } from "./references.js";
import type { Scope } from "./scope.js";
import { isNamed, votingFacts } from "./votingFacts.js";

export { DEFAULT_CODES, type DefaultCode };

export interface DefaultFinding {
  code: DefaultCode;
  aspect: Aspect;
  /** The rule Quorate applies, in words. */
  rule: string;
  /** What it applies to, where it names things: the roles that vote by default. */
  subjects: string[];
  /** What the policy leaves unsaid. */
  why: string;
  /** How to state it instead. */
  help: string;
  where: { file: SourceFile; node: Node } | Located<Node>;
  /** The statement the default applies to, for its origin in the IR; none for a whole section. */
  statement: Located<Node> | null;
}

const found = new WeakMap<PolicyModel, DefaultFinding[]>();

/** The defaults a board policy rests on (none for a base or a vocabulary, which decide nothing alone). */
export function defaultsOf(model: PolicyModel, scope: Scope): DefaultFinding[] {
  let list = found.get(model);
  if (!list) {
    list = model.kind === "policy" ? [...unnamedPractitioners(model, scope), ...abstention(model), ...quorumCounting(model), ...whoseDisagreement(model)] : [];
    found.set(model, list);
  }
  return list;
}

function sectionOrHeader(model: PolicyModel, keyword: "voting" | "decision"): { file: SourceFile; node: Node } {
  const section = model.sections(keyword).at(-1);
  return section ? { file: section.file, node: { range: section.node.keywordRange } } : { file: model.root, node: model.root.ast.header.id };
}

function unnamedPractitioners(model: PolicyModel, scope: Scope): DefaultFinding[] {
  const voteBy = model.last("VoteBy");
  if (voteBy?.node.unit === "grouping" || model.last("OthersRule")) return [];
  const facts = votingFacts(model);
  const unnamed = [...scope.roles.values()].filter((r) => r.node.agency !== undefined && !r.node.notVotingByDefault && !isNamed(r.node.id.name, facts)).map((r) => r.node.id.name);
  if (unnamed.length === 0) return [];
  return [
    {
      code: DEFAULT_CODES.unnamedPractitioners,
      aspect: "voting",
      rule: "practitioners the policy never names take part in the decision",
      subjects: unnamed,
      why: `the policy names neither ${unnamed.length === 1 ? "this role" : "these roles"} nor what happens to practitioners it does not name, so ${unnamed.length === 1 ? "it takes" : "they take"} part because the shared vocabulary makes ${unnamed.length === 1 ? "it a practitioner" : "them practitioners"}`,
      help: "if the protocol says they take part, write `others vote as their agency`; list those it leaves out under `not voting: …`, citing the clause",
      where: voteBy ?? sectionOrHeader(model, "voting"),
      statement: voteBy ?? null,
    },
  ];
}

function abstention(model: PolicyModel): DefaultFinding[] {
  if (model.last("AbstentionRule")) return [];
  const rule = model.last("MajorityDecides") ?? model.last("ConsensusFirst");
  if (!rule) return [];
  return [
    {
      code: DEFAULT_CODES.abstention,
      aspect: "decision",
      rule: "a practitioner may give no view; an abstention is left out of the count",
      subjects: [],
      why: "the policy does not say whether a practitioner taking part may abstain or must give a view",
      help: "write `abstention allowed`, or `abstention not allowed` (with the duty that follows an `abstention`, if the protocol gives one), citing the clause",
      where: sectionOrHeader(model, "decision"),
      statement: null,
    },
  ];
}

function quorumCounting(model: PolicyModel): DefaultFinding[] {
  return model
    .statements("QuorumCount")
    .filter((c) => c.node.counting === undefined)
    .map((c) => ({
      code: DEFAULT_CODES.quorumCounting,
      aspect: "quorum" as const,
      rule: "the count reads the practitioners who take part in the decision, not everyone present",
      subjects: [],
      why: "the policy does not say whether the count reads those present or those taking part",
      help: "add `present` (every practitioner attending, voting or not) or `taking part` after what is counted, as the protocol says, e.g. `at least 3 agencies present`",
      where: c,
      statement: c,
    }));
}

function whoseDisagreement(model: PolicyModel): DefaultFinding[] {
  const out: DefaultFinding[] = [];
  for (const { trigger, file } of triggers(model)) {
    const event = trigger.event.name;
    if (trigger.by || !isDetectedEvent(event) || !DETECTED_EVENTS[event].aboutPeople) continue;
    out.push({
      code: DEFAULT_CODES.whoseDisagreement,
      aspect: "obligations",
      rule: `\`${event}\` follows anyone's, parents and children included`,
      subjects: [event],
      why: `the policy does not say whose \`${event}\` it means`,
      help: `say whose: \`${event} by anyone\`, \`${event} by practitioners\` or \`${event} by roles …\``,
      where: { file, node: trigger.event },
      statement: null,
    });
  }
  return out;
}
