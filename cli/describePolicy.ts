/**
 * A compiled policy described in plain words, one aspect per line: what `npm start`
 * prints for each board so a reader sees at a glance how it decides (briefly, in five
 * lines; in full with `quorate summary --verbose`).
 */
import type { Condition, CountOf, Origin, PolicyIR, Selector } from "../compiler/ir.js";
import { conditionWords } from "../runtime/facts.js";
import { countWords } from "../runtime/quorumCheck.js";
import { compareDates } from "../compiler/dates.js";
import { JURISDICTIONS } from "../compiler/catalogue.js";
import type { Style } from "./style.js";

type Cite = (at: Origin | null | undefined) => string;

function citedClause(at: Origin | null | undefined): string {
  return at?.cite ? ` [${at.cite.split(":")[0]}]` : "";
}

function count(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function names(ids: string[], max = 12): string {
  return ids.length <= max ? ids.join(", ") : `${ids.slice(0, max).join(", ")} and ${ids.length - max} more`;
}

function source(ir: PolicyIR, today: string): string {
  const m = ir.metadata;
  const version = m.currentVersion === null ? undefined : m.versions[m.currentVersion];
  const parts = [m.document ?? ir.title];
  if (version) {
    if (version.label) parts.push(`version ${version.label}`);
    for (const key of ["dated", "revised", "approved", "endorsed"] as const) if (version[key]) parts.push(`${key} ${version[key]}`);
    if (version.review) parts.push(`review due ${version.review}${compareDates(version.review, today) < 0 ? " (overdue)" : ""}`);
  } else parts.push("no version or dates given");
  return parts.join(", ");
}

function voting(ir: PolicyIR, cited: Cite = citedClause): string {
  const v = ir.voting;
  if (ir.decision.rule === "chair_executive") {
    const heard = v.unit === "grouping" ? "each grouping's" : v.unit === "agency" ? "each agency's" : "each professional's";
    return `${heard} opinion is heard and recorded; no vote decides${cited(v.unitAt)}`;
  }
  const unit = v.unit === "grouping" ? "one vote per professional grouping" : v.unit === "agency" ? "one vote per agency" : v.unit === "individual" ? "one view per professional" : "not stated";
  const lead = v.nominatedLead ? `, given by its nominated lead${v.nominatedLead.chairDecidesWhenDisputed ? " (the chair picks the lead if disputed)" : ""}` : "";
  return unit + lead + cited(v.unitAt);
}

function groupings(ir: PolicyIR): string[] {
  if (ir.voting.unit !== "grouping") return [];
  const lines = ir.groupings.map((g) => `${g.id}: ${names(g.roles, 6)}`);
  for (const r of ir.roles) {
    if (r.vote?.choice) lines.push(`${r.id} may sit with ${r.vote.choice.options.join(" or ")} (default ${r.vote.choice.fallback})`);
  }
  const perOrg = ir.roles.filter((r) => r.vote?.perOrganisation).map((r) => r.id);
  if (perOrg.length > 0) lines.push(`each organisation is a unit of its own: ${perOrg.join(", ")}`);
  const others = ir.voting.others;
  if (others) lines.push(others.mode === "own_agency" ? "anyone else votes with their own agency" : others.mode === "chair_discretion" ? "anyone else votes only at the chair's discretion" : "anyone else does not vote");
  return lines;
}

function when(condition: Condition): string {
  return condition === null ? "" : ` when ${conditionWords(condition)}`;
}

function countedWords(of: CountOf, n: number): string {
  return of.kind === "selected" ? `of ${of.selector.ids.join(", ")}` : countWords(of, n);
}

function selectorWords(s: Selector, oneOf: boolean): string {
  return `${oneOf && s.ids.length > 1 ? "one of " : ""}${s.ids.join(oneOf ? " or " : " and ")}`;
}

function quorum(ir: PolicyIR, cited: Cite = citedClause): string {
  const q = ir.quorum;
  const parts: string[] = [];
  for (const c of q.counts) parts.push(`at least ${c.count} ${countedWords(c.of, c.count)}${c.counting === "present" ? " present" : ""}${c.directContact ? " with direct contact" : ""}${when(c.when)}${cited(c.at)}`);
  for (const r of q.requirements) parts.push(`${selectorWords(r.selector, r.oneOf)} must attend${when(r.when)}${cited(r.at)}`);
  for (const w of q.waivers) parts.push(`the chair may proceed ${w.count === null ? "without the quorum" : `with ${w.count}`}${w.when ? ` where ${conditionWords(w.when)}` : ""}${w.rationaleRecorded ? ", recording the rationale" : ""}`);
  if (q.localAuthorityServicesCountSeparately) parts.push("a service run within the local authority counts as the agency it provides");
  if (q.counts.length === 0 && q.requirements.length === 0) parts.push("no quorum stated");
  return parts.join("; ");
}

function eligibility(ir: PolicyIR, cited: Cite = citedClause): string {
  const e = ir.eligibility;
  const parts = [e.default === "every_unit" ? (e.defaultAt ? `every unit votes on every child${cited(e.defaultAt)}` : "not stated (every unit's view is taken on every child)") : `only units involved with a child vote on it${cited(e.defaultAt)}`];
  if (e.default === "involved_units" && e.defaultWhen) parts[0] = `only units involved with a child vote on it${when(e.defaultWhen)}, otherwise every unit${cited(e.defaultAt)}`;
  for (const o of e.onlyInvolved) parts.push(`${o.roles.join(", ")} vote only on children they are involved with${when(o.when)}${cited(o.at)}`);
  if (e.whenSiblingsDisagree) parts.push(`siblings without consensus: only involved units vote${cited(e.whenSiblingsDisagree.at)}`);
  for (const r of e.soleRepresentatives) parts.push(`a sole representative of ${r.selector.ids.join(" or ")} votes on every child`);
  return parts.join("; ");
}

function decision(ir: PolicyIR, cited: Cite = citedClause): string {
  const d = ir.decision;
  if (d.rule === "chair_executive") return `the chair decides (executive decision)${cited(d.ruleAt)}`;
  const parts = [];
  if (d.consensusFirst) parts.push("consensus first");
  if (d.rule === "chair_without_vote") parts.push(`otherwise the chair decides, with no vote${cited(d.ruleAt)}`);
  else if (d.rule === "majority") parts.push(`then a majority${cited(d.ruleAt)}`);
  else parts.push(d.consensusFirst ? "the protocol is silent on how a decision is reached without consensus" : "the protocol is silent on how a decision is reached");
  if (d.chairBoundByMajority) parts.push("the chair is bound by the majority");
  return parts.join(", ");
}

function tieBreak(ir: PolicyIR, cited: Cite = citedClause): string {
  const t = ir.decision.tieBreak;
  if (ir.decision.rule === "chair_executive" || ir.decision.rule === "chair_without_vote") return "not needed (no vote is taken)";
  // Silence on the decision rule is not a rule that takes no vote: whether there is a tie to break is unknown.
  if (ir.decision.rule === null) return "not stated (the protocol is silent on how a decision is reached)";
  if (!t) return "none stated";
  return `${t.on === "tie" ? "on a tie" : "with no majority"}, the chair decides${cited(t.at)}`;
}

function override(ir: PolicyIR, cited: Cite = citedClause): string {
  const o = ir.decision.override;
  if (!o) return "none";
  const of = o.of.includes("unanimity") ? "a majority or even a unanimous view" : "a majority view";
  return `the chair may override ${of}${o.requiresAuthorisation ? ", when authorised by the board" : ""}${o.reasonsRecorded ? ", recording reasons" : ""}${cited(o.at)}`;
}

function categories(c: PolicyIR["categories"]): string {
  const parts = [c.allowed.length > 0 ? c.allowed.map((x) => (x.local ? `${x.id} (local)` : x.id)).join(", ") : c.freeText ? "in words" : "no list given"];
  if (c.allowed.length > 0 && c.freeText) parts.push("or in words");
  if (c.multiple) parts.push(c.multiple.allowed ? "several allowed" : "one only");
  if (c.unranked) parts.push("unranked");
  if (c.atLeastOne) parts.push("at least one required");
  if (c.primary?.required) parts.push("primary required");
  if (c.secondary?.required) parts.push("secondary required");
  return parts.join("; ");
}

function routes(ir: PolicyIR): string[] {
  return ir.routes.map((r) => {
    const starts = [...r.opens.map((o) => `opens on ${o.trigger.replace(/_/g, " ")}${o.by ? " by " + ("ids" in o.by ? o.by.ids.join(", ") : o.by.kind) : ""}`), ...r.openTo.map((o) => `open to ${"ids" in o.who ? o.who.ids.join(", ") : o.who.kind}${when(o.when)}`)];
    return `${r.kind} "${r.label}": ${starts.join("; ")}; ${r.stages.length} ${r.stages.length === 1 ? "stage" : "stages"}${r.meanwhile ? `; decision ${r.meanwhile.decision} meanwhile` : ""}`;
  });
}

export function describePolicy(ir: PolicyIR, today: string, style: Style): string[] {
  const where = ir.jurisdiction ? ` — ${JURISDICTIONS[ir.jurisdiction]}` : "";
  const row = (label: string, text: string) => `  ${style.dim(label.padEnd(12))}${text}`;
  const lines = [style.bold(`${ir.title} (${ir.id})${where}`), row("Source", source(ir, today))];
  if (ir.lineage.length > 0) lines.push(row("Extends", ir.lineage.join(", ")));
  lines.push(row("Voting", voting(ir)));
  groupings(ir).forEach((g, i) => lines.push(row(i === 0 ? "Groupings" : "", g)));
  const notVoting = ir.roles.filter((r) => r.practitioner && r.vote?.status === "not_voting").map((r) => r.id);
  const discretion = ir.roles.filter((r) => r.vote?.status === "chair_discretion").map((r) => r.id);
  if (notVoting.length > 0) lines.push(row("Not voting", `${names(notVoting)} (and everyone who is not a practitioner)`));
  if (discretion.length > 0) lines.push(row("Discretion", names(discretion)));
  lines.push(row("Eligibility", eligibility(ir)));
  lines.push(row("Quorum", quorum(ir)));
  lines.push(row("Decision", decision(ir)));
  lines.push(row("Tie-break", tieBreak(ir)));
  lines.push(row("Override", override(ir)));
  lines.push(row("Deferral", ir.decision.deferral ? `the chair may defer${ir.decision.deferral.condition ? ` in ${ir.decision.deferral.condition}` : ""}` : "not provided"));
  lines.push(row("Categories", categories(ir.categories)));
  const c = ir.concerns;
  if (c.allowed.length > 0 || c.freeText || c.primary || c.unranked) lines.push(row("Concerns", categories(c)));
  routes(ir).forEach((r, i) => lines.push(row(i === 0 ? "Routes" : "", r)));
  lines.push(row("Duties", `${count(ir.obligations.length, "obligation")}; ${count(ir.powers.length, "power")} held by others`));
  const ambiguities = ir.ambiguities.length === 1 ? "1 ambiguity" : `${ir.ambiguities.length} ambiguities`;
  lines.push(row("Open points", `${ambiguities} and ${count(ir.silences.length, "silence")} recorded`));
  return lines;
}

/** The board in five lines, without citations (the full form has them): its title, then voting, quorum, decision and categories. */
export function describePolicyBriefly(ir: PolicyIR, number: number, style: Style): string[] {
  const where = ir.jurisdiction ? ` — ${JURISDICTIONS[ir.jurisdiction]}` : "";
  const row = (label: string, text: string) => `   ${style.dim(label.padEnd(12))}${text}`;
  const none: Cite = () => "";
  const units = ir.voting.unit === "grouping" ? ` (${count(ir.groupings.length, "grouping")})` : "";
  const chair = [ir.decision.override ? override(ir, none) : "", ir.decision.deferral ? "the chair may defer" : ""].filter(Boolean);
  const decides = [decision(ir, none), ir.decision.rule === "chair_executive" || ir.decision.rule === null ? "" : tieBreak(ir, none), ...chair].filter(Boolean).join("; ");
  return [
    style.bold(`${number}. ${ir.title} (${ir.id})${where}`),
    row("Voting", voting(ir, none) + units),
    row("Quorum", quorum(ir, none)),
    row("Decision", decides),
    row("Categories", categories(ir.categories)),
  ];
}
