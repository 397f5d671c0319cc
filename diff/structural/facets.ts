/**
 * The single-valued rules of a policy, each read in words with the place it comes from.
 * A facet is one rule every policy has an answer to ("quorum minimum"), even if the
 * answer is "not stated"; the pairwise changes and the matrix are both built from these
 * readings, so the two can never describe a rule differently. Words, not field values,
 * are compared: two policies that say the same thing in different places are the same.
 */
import { JURISDICTIONS } from "../../compiler/catalogue.js";
import type { Condition, CountOf, Origin, PolicyIR } from "../../compiler/ir.js";
import { conditionWords } from "../../runtime/facts.js";
import { countWords } from "../../runtime/quorumCheck.js";
import { listInWords } from "../../runtime/trace.js";
import { ID_NAMER, namerOf, type Namer } from "./names.js";
import type { DiffAspect, Severity } from "../report.js";

export interface Reading {
  /** Null when the policy has no such rule at all (the change is then `added` or `removed`). Compared, so roles and groupings are given by id. */
  text: string | null;
  at: Origin | null;
  /** The same words with roles, agencies and groupings by name, to show; the text where they are the same. */
  words?: string | null;
}

export interface Facet {
  aspect: DiffAspect;
  subject: string;
  severity: Severity;
  read(ir: PolicyIR): Reading;
}

/** A facet whose words name roles, agencies or groupings: read by id to compare and by name to show. */
const facet = (aspect: DiffAspect, subject: string, severity: Severity, read: (ir: PolicyIR, names: Namer) => Reading): Facet => ({
  aspect,
  subject,
  severity,
  read: (ir) => {
    const compared = read(ir, ID_NAMER);
    const shown = read(ir, namerOf(ir));
    return shown.text === compared.text ? compared : { ...compared, words: shown.text };
  },
});
const said = (text: string | null, at: Origin | null = null): Reading => ({ text, at });

function currentVersion(ir: PolicyIR) {
  const m = ir.metadata;
  return m.currentVersion === null ? undefined : m.versions[m.currentVersion];
}

/** The version in force in words, without its review date (a facet of its own). */
export function versionWords(ir: PolicyIR): string | null {
  const v = currentVersion(ir);
  if (!v) return null;
  const parts = v.label ? [`version ${v.label}`] : [];
  for (const key of ["dated", "revised", "approved", "endorsed"] as const) if (v[key]) parts.push(`${key} ${v[key]}`);
  return parts.length > 0 ? parts.join(", ") : null;
}

function votingUnit(ir: PolicyIR): Reading {
  const { unit, unitAt } = ir.voting;
  const words = unit === "grouping" ? "one vote per professional grouping" : unit === "agency" ? "one vote per agency" : unit === "individual" ? "one vote per professional" : "not stated";
  return said(ir.decision.rule === "chair_executive" ? `${words.replace("vote", "view")}, heard by the chair; no vote decides` : words, unitAt);
}

function nominatedLead(ir: PolicyIR): Reading {
  const lead = ir.voting.nominatedLead;
  if (!lead) return said("not stated: a unit's members give one view only when they agree");
  return said(`a nominated lead speaks for each unit${lead.chairDecidesWhenDisputed ? "; the chair picks the lead when that is disputed" : ""}`, lead.at);
}

function others(ir: PolicyIR): Reading {
  const o = ir.voting.others;
  if (!o) return said("not stated");
  const words = { own_agency: "vote with their own agency", chair_discretion: "vote only at the chair's discretion", not_voting: "do not vote" }[o.mode];
  return said(`practitioners in no grouping ${words}`, o.at);
}

function when(condition: Condition): string {
  return condition === null ? "" : ` where ${conditionWords(condition)}`;
}

/** What a count counts, in words agreeing with the number counted ("1 agency", "2 agencies", "1 of the agencies …"). */
export function countOfWords(of: CountOf, names: Namer, count: number): string {
  if (of.kind === "selected") return `of the ${of.selector.kind === "agency" ? "agencies" : of.selector.kind === "grouping" ? "groupings" : "roles"} ${listInWords([...of.selector.ids].sort().map((id) => names.of(of.selector.kind, id)))}`;
  return countWords(of, count);
}

function quorumMinimum(ir: PolicyIR, names: Namer): Reading {
  const counts = ir.quorum.counts;
  if (counts.length === 0) return said("no quorum number stated");
  const words = counts.map((c) => `at least ${c.count} ${countOfWords(c.of, names, c.count)}${c.counting === "present" ? " present" : c.counting === "taking_part" ? " taking part" : ""}${c.directContact ? " with direct contact with the child" : ""}${when(c.when)}`);
  return said(words.sort().join("; "), counts[0]?.at ?? null);
}

function requiredAttendance(ir: PolicyIR, names: Namer): Reading {
  const needs = ir.quorum.requirements;
  if (needs.length === 0) return said("no one in particular must attend");
  const words = needs.map((r) => `${r.oneOf && r.selector.ids.length > 1 ? "one of " : ""}${r.selector.kind} ${listInWords([...r.selector.ids].sort().map((id) => names.of(r.selector.kind, id)))} must attend${when(r.when)}`);
  return said(words.sort().join("; "), needs[0]?.at ?? null);
}

function waiver(ir: PolicyIR, names: Namer): Reading {
  const waivers = ir.quorum.waivers;
  if (waivers.length === 0) return said("the chair may not proceed without a quorum");
  const words = waivers.map((w) => `the chair may proceed ${w.count === null || w.of === null ? "without the quorum" : `with ${w.count} ${countOfWords(w.of, names, w.count)}`}${w.condition ? ` (${w.condition})` : ""}${when(w.when)}${w.rationaleRecorded ? ", recording the rationale" : ""}`);
  return said(words.sort().join("; or "), waivers[0]?.at ?? null);
}

function localAuthorityServices(ir: PolicyIR): Reading {
  const at = ir.quorum.localAuthorityServicesCountSeparately;
  return at ? said("a service run within the local authority counts as the agency it provides (agencies are counted by role, so no count changes)", at) : said("not stated");
}

function eligibilityDefault(ir: PolicyIR): Reading {
  const e = ir.eligibility;
  if (e.default === "involved_units") return said(`only units involved with a child vote on that child${when(e.defaultWhen)}`, e.defaultAt);
  return e.defaultAt ? said("every unit votes on every child", e.defaultAt) : said("not stated: every unit votes on every child");
}

function siblings(ir: PolicyIR): Reading {
  const s = ir.eligibility.whenSiblingsDisagree;
  return s ? said("with siblings, a child without consensus is voted on only by units involved with that child", s.at) : said("no rule");
}

function onlyInvolved(ir: PolicyIR, names: Namer): Reading {
  const rules = ir.eligibility.onlyInvolved;
  if (rules.length === 0) return said("no role is limited to the children it knows");
  const words = rules.map((r) => `${listInWords([...r.roles].sort().map((id) => names.role(id)))} vote only on the children they are involved with${when(r.when)}`);
  return said(words.sort().join("; "), rules[0]?.at ?? null);
}

function soleRepresentatives(ir: PolicyIR, names: Namer): Reading {
  const rules = ir.eligibility.soleRepresentatives;
  if (rules.length === 0) return said("no rule");
  const kinds = rules.map((r) => `${r.selector.kind} ${r.selector.ids.map((id) => names.of(r.selector.kind, id)).join(" or ")}`).sort();
  return said(`a sole representative (${kinds.join("; ")}) votes on every child`, rules[0]?.at ?? null);
}

function consensusFirst(ir: PolicyIR): Reading {
  const at = ir.decision.consensusFirst;
  return at ? said("consensus is sought first", at) : said("no consensus step");
}

function rule(ir: PolicyIR): Reading {
  const d = ir.decision;
  const words =
    d.rule === "majority"
      ? "a majority of units decides"
      : d.rule === "chair_executive"
        ? "the chair decides, having heard every view (executive decision)"
        : d.rule === "chair_without_vote"
          ? "without consensus the chair decides; no vote is taken"
          : d.consensusFirst
            ? "the protocol is silent: no decision is reached without consensus"
            : "the protocol is silent: no decision is reached";
  return said(words, d.ruleAt);
}

function tieBreak(ir: PolicyIR): Reading {
  const t = ir.decision.tieBreak;
  // Silence on the decision rule leaves unknown whether there is a tie to break; it is not a rule that takes no vote.
  if (ir.decision.rule === null) return said("not stated: the protocol is silent on how a decision is reached");
  if (ir.decision.rule !== "majority") return said("not needed: no vote is taken");
  return t ? said(t.on === "tie" ? "on a tie, the chair decides" : "with no majority (a tie or no views), the chair decides", t.at) : said("none stated");
}

function chairBound(ir: PolicyIR): Reading {
  const at = ir.decision.chairBoundByMajority;
  return at ? said("the chair is bound by the majority", at) : said("not stated");
}

function override(ir: PolicyIR): Reading {
  const o = ir.decision.override;
  if (!o) return said("none");
  const of = o.of.includes("unanimity") ? "a majority or even a unanimous view" : "a majority view";
  return said(`the chair may override ${of}${o.requiresAuthorisation ? ", when authorised by the board" : ""}${o.reasonsRecorded ? ", recording reasons" : ""}`, o.at);
}

function deferral(ir: PolicyIR): Reading {
  const d = ir.decision.deferral;
  return d ? said(`the chair may defer the decision${d.condition ? ` (${d.condition})` : ""}${d.reasonsRecorded ? ", recording reasons" : ""}`, d.at) : said("not provided");
}

type ListOf = "categories" | "concerns";

function categoryRule(list: ListOf, pick: "multiple" | "primary" | "secondary", yes: string, no: string) {
  return (ir: PolicyIR): Reading => {
    const r = ir[list][pick];
    if (!r) return said("not stated");
    const on = "allowed" in r ? r.allowed : r.required;
    return said(on ? yes : no, r.at);
  };
}

function listFlag(list: ListOf, pick: "unranked" | "atLeastOne" | "freeText", yes: string, no: string) {
  return (ir: PolicyIR): Reading => {
    const at = ir[list][pick];
    return at ? said(yes, at) : said(no);
  };
}

/**
 * The policy's categories (or areas of concern), each in words: by id (which there are),
 * or with its name too, which is wording only and so read apart.
 */
function categoryList(words: (category: PolicyIR["categories"]["allowed"][number]) => string, list: ListOf = "categories"): (ir: PolicyIR) => Reading {
  return (ir) => {
    const c = ir[list].allowed;
    return c.length > 0 ? said(c.map(words).join(", "), c[0]?.at ?? null) : said("no list given");
  };
}

function reviewDue(ir: PolicyIR): Reading {
  const v = currentVersion(ir);
  return said(v?.review ? `review due ${v.review}` : "no review date", v?.at ?? null);
}

/** The rules every policy answers, in the order a reader meets them. */
export const FACETS: readonly Facet[] = [
  facet("metadata", "title", "metadata", (ir) => said(ir.title)),
  facet("metadata", "jurisdiction", "metadata", (ir) => said(ir.jurisdiction ? JURISDICTIONS[ir.jurisdiction] : "not stated")),
  facet("metadata", "document", "metadata", (ir) => said(ir.metadata.document ?? "not stated")),
  facet("metadata", "owner", "metadata", (ir) => said(ir.metadata.owner ?? "not stated")),
  facet("metadata", "version in force", "metadata", (ir) => said(versionWords(ir) ?? "no version or dates given", currentVersion(ir)?.at ?? null)),
  facet("metadata", "review", "metadata", reviewDue),
  facet("metadata", "extends", "metadata", (ir) => said(ir.lineage.length > 0 ? ir.lineage.join(", ") : "no base policy")),
  facet("voting", "voting unit", "outcome", votingUnit),
  facet("voting", "nominated lead", "outcome", nominatedLead),
  facet("voting", "practitioners in no grouping", "outcome", others),
  facet("quorum", "quorum minimum", "outcome", quorumMinimum),
  facet("quorum", "required attendance", "outcome", requiredAttendance),
  facet("quorum", "proceeding without a quorum", "outcome", waiver),
  // Metadata: agencies are counted by role, so the statement records the protocol's rule and changes no decision.
  facet("quorum", "local authority services", "metadata", localAuthorityServices),
  facet("eligibility", "who votes on each child", "outcome", eligibilityDefault),
  facet("eligibility", "siblings without consensus", "outcome", siblings),
  facet("eligibility", "roles voting only on their own children", "outcome", onlyInvolved),
  facet("eligibility", "sole representatives", "outcome", soleRepresentatives),
  facet("decision", "consensus", "outcome", consensusFirst),
  facet("decision", "decision rule", "outcome", rule),
  facet("decision", "tie-break", "outcome", tieBreak),
  facet("decision", "chair and the majority", "outcome", chairBound),
  facet("decision", "override", "outcome", override),
  facet("decision", "deferral", "outcome", deferral),
  facet("categories", "categories", "procedure", categoryList((c) => (c.local ? `${c.id} (local)` : c.id))),
  facet("categories", "category names", "metadata", categoryList((c) => `${c.id} "${c.label}"`)),
  facet("categories", "several categories", "procedure", categoryRule("categories", "multiple", "several may be chosen", "one only")),
  facet("categories", "primary concern", "procedure", categoryRule("categories", "primary", "a primary category must be named", "no primary category needed")),
  facet("categories", "secondary concern", "procedure", categoryRule("categories", "secondary", "a secondary category must be named", "no secondary category needed")),
  facet("categories", "unranked categories", "procedure", listFlag("categories", "unranked", "chosen unranked, none primary", "not stated")),
  facet("categories", "at least one category", "procedure", listFlag("categories", "atLeastOne", "at least one must be chosen", "not stated")),
  facet("concerns", "areas of concern", "procedure", categoryList((c) => (c.local ? `${c.id} (local)` : c.id), "concerns")),
  facet("concerns", "areas of concern in words", "procedure", listFlag("concerns", "freeText", "may be given in words", "not stated")),
  facet("concerns", "several areas of concern", "procedure", categoryRule("concerns", "multiple", "several may be chosen", "one only")),
  facet("concerns", "primary area of concern", "procedure", categoryRule("concerns", "primary", "a primary area of concern must be named", "no primary area needed")),
  facet("concerns", "secondary area of concern", "procedure", categoryRule("concerns", "secondary", "a secondary area of concern must be named", "no secondary area needed")),
];
