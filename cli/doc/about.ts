/**
 * The policy's own facts in sentences: what it encodes and its versions; the facts of a
 * case its rules ask about; and the days its deadlines count (jurisdiction, closures, the
 * earlier version it replaces).
 */
import { JURISDICTIONS, UNBORN_FACT } from "../../compiler/catalogue.js";
import type { Condition, Fact, PolicyIR, Version } from "../../compiler/ir.js";
import { said, type Sentence } from "./sentence.js";
import { joined, quoted } from "./words.js";

function versionWords(v: Version, inForce: boolean): string {
  const dates = (["dated", "revised", "approved", "endorsed", "effective", "review"] as const)
    .filter((key) => v[key])
    .map((key) => (key === "review" ? `review due ${v[key]}` : key === "effective" ? `in force from ${v[key]}` : `${key} ${v[key]}`));
  const name = v.label ? `version ${quoted(v.label)} of the protocol` : "the protocol's version";
  return `${name}: ${dates.length > 0 ? dates.join(", ") : "no dates given"}${inForce ? " (the version in force)" : ""}`;
}

export function aboutSentences(ir: PolicyIR): Sentence[] {
  const m = ir.metadata;
  const out = [said("about", `this is the policy of ${ir.title}`, null, null)];
  const source = [m.document ? `it encodes ${quoted(m.document)}` : "it does not name the document it encodes", m.owner ? `owned by ${m.owner}` : "", m.author ? `written by ${m.author}` : ""];
  out.push(said("about", source.filter(Boolean).join(", "), null, null));
  if (ir.kind === "base") out.push(said("about", "it is a base policy: board policies extend it and add rules of their own", null, null));
  if (ir.lineage.length > 0) out.push(said("about", `it builds on ${joined(ir.lineage)}: the rules written there apply unless this policy states its own`, null, null));
  if (ir.jurisdiction) out.push(said("about", `it applies in ${JURISDICTIONS[ir.jurisdiction]}`, null, null));
  m.versions.forEach((v, i) => out.push(said("about", versionWords(v, m.versions.length > 1 && i === m.currentVersion), v.at, "header")));
  if (m.versions.length === 0) out.push(said("about", "the policy records no version or dates of its protocol", null, null));
  return out;
}

/** Every condition a rule states: whatever a rule reads, the conference must be able to say. */
function conditions(ir: PolicyIR): Condition[] {
  return [
    ...ir.quorum.counts.map((c) => c.when),
    ...ir.quorum.requirements.map((r) => r.when),
    ...ir.quorum.waivers.map((w) => w.when),
    ir.eligibility.defaultWhen,
    ...ir.eligibility.onlyInvolved.map((o) => o.when),
    ...ir.obligations.map((o) => o.when),
    ...ir.powers.map((p) => p.when),
    ...ir.routes.flatMap((r) => [...r.opens.map((o) => o.when), ...r.openTo.map((o) => o.when)]),
  ];
}

function factWords(f: Fact): string {
  const values = f.values.kind === "choice" ? joined(f.values.options.map((v) => v.replaceAll("_", " ")), "or") : f.values.kind === "yes_no" ? "yes or no" : "a number";
  const value = typeof f.default === "boolean" ? (f.default ? "yes" : "no") : String(f.default).replaceAll("_", " ");
  const fallback = f.default === null ? "" : `; taken as ${value} where the conference does not say`;
  return `${f.label}${f.about === "child" ? " (for each child)" : ""}: ${values}${fallback}`;
}

export function factSentences(ir: PolicyIR): Sentence[] {
  const read = new Set(conditions(ir).flatMap((c) => (c ?? []).map((t) => t.fact)));
  const out = ir.facts.filter((f) => read.has(f.id)).map((f) => said("facts", factWords(f), f.at, "facts"));
  if (read.has(UNBORN_FACT)) out.push(said("facts", "whether a child is unborn, which every conference says of each child", null, null));
  if (out.length === 0) out.push(said("facts", "the rules read no fact about a case beyond who attends, whom they are involved with and the views they give", null, null));
  return out;
}

export function calendarSentences(ir: PolicyIR): Sentence[] {
  const closures = ir.calendar.closures;
  const out = [
    ir.jurisdiction
      ? said("calendar", `deadlines in working days count Monday to Friday, less the public holidays of ${JURISDICTIONS[ir.jurisdiction]}${closures.length > 0 ? " and the days the board's services are closed" : ""}`, null, null)
      : said("calendar", "the policy names no jurisdiction, so a deadline in working days cannot be given a date", null, null),
  ];
  for (const c of closures) {
    const days = c.to === c.from ? `on ${c.from}` : `from ${c.from} to ${c.to}`;
    out.push(said("calendar", `the board's services are closed ${days}${c.reason ? `: ${quoted(c.reason)}` : ""}`, c.at, "calendar"));
  }
  const s = ir.metadata.supersedes;
  if (s) out.push(said("calendar", `this version replaces the one in ${s.file}: a conference held before this version came into force is decided under that one`, s.at, "header"));
  return out;
}
