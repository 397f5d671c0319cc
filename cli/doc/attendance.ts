/**
 * Who attends and who votes, and the professional groupings, in sentences: how votes are
 * counted, then one sentence per statement that settles how roles take part (the policy's
 * `not voting:` line is one sentence naming every role it lists), then each grouping with
 * its members.
 */
import type { Origin, PolicyIR, Role } from "../../compiler/ir.js";
import { said, type Sentence } from "./sentence.js";
import { groupingLabel, joined, roleName, rolesInWords, withArticle } from "./words.js";

function unitSentence(ir: PolicyIR): Sentence {
  const { unit, unitAt } = ir.voting;
  if (ir.decision.rule === "chair_executive" && unit !== null) {
    const whose = unit === "grouping" ? "each professional grouping's view is heard as one view" : unit === "agency" ? "each agency's view is heard as one view" : "each professional's view is heard";
    return said("attendance", `${whose}; the chair then decides, so no vote is counted`, unitAt, "voting");
  }
  const words =
    unit === "grouping"
      ? "votes are counted by professional grouping: each grouping present gives one vote"
      : unit === "agency"
        ? "votes are counted by agency: each agency present gives one vote"
        : unit === "individual"
          ? "each professional taking part gives their own view, and each view counts once"
          : "the policy does not say whether views are counted per person, per agency or per grouping";
  return said("attendance", words, unitAt, "voting");
}

function leadSentence(ir: PolicyIR): Sentence[] {
  const lead = ir.voting.nominatedLead;
  if (!lead) return [];
  const whose = ir.voting.unit === "agency" ? "each agency's" : "each grouping's";
  const disputed = lead.chairDecidesWhenDisputed ? "; where its members cannot agree who leads, the chair decides" : "";
  return [said("attendance", `${whose} vote is given by its nominated lead${disputed}`, lead.at, "voting")];
}

function sameOrigin(a: Origin | null | undefined, b: Origin | null | undefined): boolean {
  return !!a && !!b && a.file === b.file && a.line === b.line;
}

/** The words for the roles one statement settles, by how they take part. */
function statusWords(ir: PolicyIR, roles: Role[]): string {
  const names = rolesInWords(ir, roles.map((r) => r.id));
  const first = roles[0]!;
  const vote = first.vote!;
  const many = roles.length > 1;
  if (!first.practitioner) return `${names} ${many ? "are" : "is"} heard but never ${many ? "vote" : "votes"}, not being ${many ? "practitioners" : "a practitioner"}`;
  if (vote.status === "not_voting") return `${names} ${many ? "are" : "is"} heard but ${many ? "do" : "does"} not vote`;
  if (vote.status === "chair_discretion") {
    const report = vote.writtenReportAdmits ? ", or where they bring a written report" : "";
    if (sameOrigin(vote.at, ir.voting.others?.at)) return `practitioners no grouping names (${names}) take part only where the chair admits their view${report}`;
    return `the view of ${rolesInWords(ir, roles.map((r) => r.id), "or", true)} counts only where the chair admits it${report}`;
  }
  if (vote.byDefault) return `the policy does not name ${names}; ${many ? "they take" : "it takes"} part in the decision as ${many ? "practitioners" : "a practitioner"}, by Quorate's default`;
  if (sameOrigin(vote.at, ir.voting.others?.at)) return `practitioners no grouping names (${names}) vote as their own agency`;
  const as = vote.unit?.kind === "individual" ? ", each as an individual" : vote.unit?.kind === "agency" ? ", through their agency" : "";
  return `${names} take part in the decision${as}`;
}

/**
 * Roles grouped by the statement that settles them and how they take part. Roles that vote
 * through a grouping are left to the groupings, and a choice of grouping has its own sentence.
 */
function roleSentences(ir: PolicyIR): Sentence[] {
  const groups = new Map<string, Role[]>();
  for (const role of ir.roles) {
    const vote = role.vote;
    if (!vote) continue;
    const inGrouping = vote.status === "votes" && vote.unit?.kind === "grouping" && !vote.byDefault && !sameOrigin(vote.at, ir.voting.others?.at);
    if (inGrouping || vote.choice) continue;
    // Roles no statement settles (each placed by its own declaration) are one sentence per file.
    const line = sameOrigin(role.at, vote.at) ? "declared" : vote.at.line;
    const key = [vote.at.file, line, vote.status, role.practitioner, vote.byDefault, vote.writtenReportAdmits, vote.unit?.kind ?? ""].join("\u0000");
    groups.set(key, [...(groups.get(key) ?? []), role]);
  }
  return [...groups.values()].map((roles) => {
    const at = roles[0]!.vote!.at;
    // A role no statement of the policy settles is placed by its declaration in the vocabulary.
    const block = roles.every((r) => sameOrigin(r.at, r.vote!.at)) ? "roles" : "voting";
    return said("attendance", statusWords(ir, roles), at, block);
  });
}

function perOrganisationSentences(ir: PolicyIR): Sentence[] {
  const byStatement = new Map<string, Role[]>();
  for (const role of ir.roles) {
    if (!role.vote?.perOrganisation) continue;
    const key = `${role.vote.at.file}:${role.vote.at.line}`;
    byStatement.set(key, [...(byStatement.get(key) ?? []), role]);
  }
  return [...byStatement.values()].map((roles) =>
    said("attendance", `each organisation of ${rolesInWords(ir, roles.map((r) => r.id), "or")} (each school, each charity) is a voting unit of its own, apart from the rest of its grouping or agency`, roles[0]!.vote!.at, "voting"),
  );
}

export function attendanceSentences(ir: PolicyIR): Sentence[] {
  return [unitSentence(ir), ...leadSentence(ir), ...roleSentences(ir), ...perOrganisationSentences(ir)];
}

export function groupingSentences(ir: PolicyIR): Sentence[] {
  const out: Sentence[] = [];
  if (ir.groupings.length > 0 && ir.voting.unit !== "grouping") {
    out.push(said("groupings", "votes are not counted by grouping under this policy, so the groupings below decide no vote", null, null));
  }
  for (const g of ir.groupings) out.push(said("groupings", `${g.label}: ${rolesInWords(ir, g.roles)}`, g.at, "voting"));
  for (const role of ir.roles) {
    const choice = role.vote?.choice;
    if (!choice || !role.vote) continue;
    const options = joined(choice.options.map((id) => groupingLabel(ir, id)), "or");
    out.push(said("groupings", `${withArticle(roleName(ir, role.id))} votes with the grouping they say they represent, ${options}, and with ${groupingLabel(ir, choice.fallback)} when they do not say`, role.vote.at, "voting"));
  }
  if (ir.groupings.length === 0) out.push(said("groupings", "the policy declares no professional groupings", null, null));
  return out;
}
