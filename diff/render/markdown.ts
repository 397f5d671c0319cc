/**
 * The diff as Markdown, for a pull-request comment, answer first: how often the policies
 * decide differently and why (root differences, consequences folded under them), then the
 * smallest conferences decided differently with the conference file to try each with
 * `quorate eval`, what follows under one policy only, and every rule that differs. With
 * three or more policies, how alike each pair decides and which boards decide alike lead.
 */
import type { Change, Counterexample, DiffReport, PairComparison } from "../report.js";
import { alsoWords, causeWords, headline, nationalDigest, pairDigest, type PairDigest } from "./digest.js";
import { attendeeWords, boundsWords, reducedWords, caseWords, chairWords, citeWords, count, decidedByWords, decisiveStep, listWords, namesOf, outcomeWords, percent, roleNamesOf, roomSize, stepCite, subjectWords, type Names } from "./words.js";

/** Table cells: a pipe or a line break would end the cell; angle brackets would become HTML. */
function cell(text: string): string {
  return text.replace(/[\\|]/g, (c) => `\\${c}`).replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\r?\n/g, " ");
}

const SEVERITY = { outcome: "can change an outcome", procedure: "changes a procedure", metadata: "the document only" } as const;

function counterexample(c: Counterexample, report: DiffReport, names: Names): string[] {
  const [ka, kb] = c.between;
  const head = c.follows === undefined ? `${outcomeWords(c.differs.a)} under ${names.policy(ka)}; ${outcomeWords(c.differs.b)} under ${names.policy(kb)}` : `both decide ${outcomeWords(c.differs.a)}; what follows differs`;
  const lines = [`**${cell(head)}** (${roomSize(c)})`, "", `- ${cell(caseWords(c.conference))}`];
  for (const a of c.conference.attendees) lines.push(`- ${cell(attendeeWords(a, names, c.children))}`);
  lines.push(`- ${cell(chairWords(c.conference))}`, "", "| Policy | Decides | Because |", "|---|---|---|");
  for (const p of report.policies) {
    if (report.policies.length > 2 && !c.between.includes(p.key)) continue;
    const e = c.explanations[p.key]?.[0];
    if (!e) continue;
    const step = decisiveStep(e.outcome, e.trace);
    lines.push(`| ${cell(names.policy(p.key))} | ${cell(outcomeWords(e.outcome))}${e.decidedBy ? ` (${cell(decidedByWords(e.decidedBy))})` : ""} | ${step ? cell(`${step.detail} — ${stepCite(step)}`) : ""} |`);
  }
  if (c.follows) {
    lines.push("");
    if (c.follows.a.length > 0) lines.push(`Only under ${cell(names.policy(ka))}: ${cell(c.follows.a.join("; "))}`, "");
    if (c.follows.b.length > 0) lines.push(`Only under ${cell(names.policy(kb))}: ${cell(c.follows.b.join("; "))}`, "");
  }
  lines.push("", "<details><summary>Conference file</summary>", "", "```json", JSON.stringify(c.conference, null, 2), "```", "", "</details>", "");
  return lines;
}

function rulesTable(d: PairDigest, names: Names): string[] {
  const all = [...d.outcomeCauses, ...d.procedureCauses, ...d.metadataCauses];
  if (all.length === 0) return ["The two policies state every rule alike."];
  const side = (text: string | null, at: Change["cite"]["a"]) => cell(`${text ?? "—"}${at ? ` (${citeWords(at)})` : ""}`);
  const lines = [`| Rule | ${cell(d.a)} | ${cell(d.b)} | |`, "|---|---|---|---|"];
  for (const c of all) {
    const folded = c.follows.length > 0 ? `; ${count(c.follows.length, "difference")} follow${c.follows.length === 1 ? "s" : ""} from it: ${listWords(c.follows.map((f) => (f.aspect === "roles" ? (roleNamesOf([f], names)[0] ?? f.subject) : f.subject)))}` : "";
    lines.push(`| ${cell(subjectWords(c.change, names))} | ${side(c.change.a, c.change.cite.a)} | ${side(c.change.b, c.change.cite.b)} | ${SEVERITY[c.change.severity]}${cell(folded)} |`);
  }
  return lines;
}

function pairBody(report: DiffReport, pair: PairComparison, names: Names, perPair: number | undefined): string[] {
  const d = pairDigest(report, pair, names);
  const [first, ...rest] = headline(d);
  const lines = [`**${cell(first ?? "")}** ${rest.join(" ")}`, ""];
  if (d.outcomeCauses.length === 0) lines.push("**Why:** no rule that can change an outcome differs.");
  else {
    lines.push(`**Why:** ${count(d.outcomeCauses.length, "rule")} that can change an outcome ${d.outcomeCauses.length === 1 ? "differs" : "differ"}:`, "");
    d.outcomeCauses.forEach((c, i) => lines.push(`${i + 1}. ${cell(causeWords(c, d))}`));
  }
  const also = alsoWords(d);
  if (also) lines.push("", also);
  if (d.kinds.length > 0) lines.push("", `Most often: ${cell(d.kinds.slice(0, 3).map((k) => `${k.words} (${percent(k.share)})`).join("; "))}.`);
  const shown = d.decided.slice(0, perPair ?? Infinity);
  if (shown.length > 0) lines.push("", `#### ${shown.length === 1 ? "The smallest conference decided differently" : "The smallest conference for each kind of difference"}`, "");
  for (const c of shown) lines.push(...counterexample(c, report, names));
  if (d.follows.length > 0) {
    lines.push("", "#### What follows differs, where both decide alike", "", "| Only under | Duty or route | Share of conferences |", "|---|---|---|");
    for (const f of d.follows.slice(0, 12)) lines.push(`| ${cell(f.under === "a" ? d.a : d.b)} | ${cell(f.words)} | ${percent(f.share)} |`);
    lines.push("");
    for (const c of d.followed.slice(0, perPair ?? Infinity)) lines.push(...counterexample(c, report, names));
  }
  lines.push("", "#### Every rule that differs", "", ...rulesTable(d, names));
  const reduced = reducedWords(pair);
  if (reduced) lines.push("", `**Note: ${cell(reduced)}.**`);
  const b = pair.semantic?.bounds;
  if (b) lines.push("", `<sub>${cell(boundsWords(b))}</sub>`);
  return lines;
}

function alikeTable(report: DiffReport, names: Names): string[] {
  const n = nationalDigest(report, names);
  const lines = ["### How alike they decide", "", "The share of the conferences searched that each pair decides the same (100% on the diagonal).", "", `| | ${n.keys.map((_, j) => `${j + 1}`).join(" | ")} |`, `|---|${n.keys.map(() => "---").join("|")}|`];
  n.alike.forEach((row, i) => lines.push(`| **${i + 1}** ${cell(n.names[i] ?? "")} | ${row.map((v, j) => (i === j ? "·" : v === null ? "–" : `${Math.round(v * 100)}%`)).join(" | ")} |`));
  const together = n.clusters.filter((c) => c.length > 1);
  lines.push("", together.length === 0 ? "No boards decide alike in at least two conferences in three: each decides differently from all the others." : `Boards that decide alike (at least two conferences in three, on average): ${cell(together.map((c) => listWords(c.map((k) => names.policy(k)))).join("; "))}.`);
  return lines;
}

export function renderDiffMarkdown(report: DiffReport, options: { counterexamplesPerPair?: number } = {}): string {
  const names = namesOf(report);
  const pair = report.pairs[0];
  if (report.policies.length === 2 && pair) {
    const d = pairDigest(report, pair, names);
    return [`## ${cell(d.a)} and ${cell(d.b)}`, "", ...pairBody(report, pair, names, options.counterexamplesPerPair), "", report.equivalent ? "**Equivalent within the bounds.**" : "**The policies differ.**", ""].join("\n");
  }
  const compared = report.pairs.some((p) => p.semantic !== null);
  const lines = [`## How ${count(report.policies.length, "board policy", "board policies")} compare`, "", ...(compared ? [...alikeTable(report, names), ""] : []), "### Aspect by aspect", "", `| Aspect | ${report.policies.map((p) => cell(names.policy(p.key))).join(" | ")} |`, `|---|${report.policies.map(() => "---").join("|")}|`];
  for (const row of report.matrix) lines.push(`| ${row.same ? "" : "**"}${cell(row.subject)}${row.same ? "" : "**"} | ${row.cells.map((c) => cell(c.text)).join(" | ")} |`);
  lines.push("", "### Pair by pair", "");
  for (const p of report.pairs) {
    const d = pairDigest(report, p, names);
    const reduced = reducedWords(p);
    lines.push(`<details><summary>${cell(d.a)} and ${cell(d.b)}: ${cell(headline(d)[0] ?? "")}${reduced ? ` (${cell(reduced)})` : ""}</summary>`, "", ...pairBody(report, p, names, options.counterexamplesPerPair ?? 1), "", "</details>", "");
  }
  lines.push(report.equivalent ? "**Equivalent within the bounds.**" : "**The policies differ.**", "");
  return lines.join("\n");
}
