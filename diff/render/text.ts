/**
 * The diff for a terminal, answer first. Two policies: how often they decide differently
 * and how often what follows differs, the root differences that explain it (consequences
 * folded under their cause), then the evidence: the smallest conferences decided
 * differently, side by side with the clause behind each decision, what follows under one
 * policy only, and every rule that differs. Three or more: how alike each pair decides,
 * the boards that decide alike, the rules by aspect, and each pair in a few lines.
 */
import type { Style } from "../../cli/style.js";
import type { Change, Counterexample, DiffReport, PairComparison } from "../report.js";
import { alsoWords, causeWords, headline, nationalDigest, pairDigest, type Cause, type PairDigest } from "./digest.js";
import { attendeeWords, boundsWords, reducedWords, caseWords, chairWords, citeWords, count, decidedByWords, decisiveStep, listWords, namesOf, outcomeWords, percent, roleNamesOf, roomSize, stepCite, subjectWords, type Names } from "./words.js";

export interface TextOptions {
  /** How many counterexamples to show for each pair (all when undefined). */
  counterexamplesPerPair?: number;
}

/** At most this many root causes lead the report; the rest are listed with the evidence. */
const CAUSES_LED = 6;

function causeLines(d: PairDigest, style: Style): string[] {
  const n = d.outcomeCauses.length;
  if (n === 0) return [style.bold("Why: no rule that can change an outcome differs.")];
  const lines = [style.bold(`Why: ${count(n, "rule")} that can change an outcome ${n === 1 ? "differs" : "differ"}:`)];
  d.outcomeCauses.slice(0, CAUSES_LED).forEach((c, i) => lines.push(`  ${i + 1}. ${causeWords(c, d)}`));
  if (n > CAUSES_LED) lines.push(`  … and ${count(n - CAUSES_LED, "more")}, listed below.`);
  return lines;
}

function kindLine(d: PairDigest): string[] {
  const top = d.kinds.slice(0, 3);
  if (top.length === 0) return [];
  return [`Most often: ${top.map((k) => `${k.words} (${percent(k.share)})`).join("; ")}.`];
}

function counterexampleLines(c: Counterexample, report: DiffReport, names: Names, style: Style): string[] {
  const [ka, kb] = c.between;
  const head =
    c.follows === undefined
      ? `${outcomeWords(c.differs.a)} under ${names.policy(ka)}; ${outcomeWords(c.differs.b)} under ${names.policy(kb)}`
      : `both decide ${outcomeWords(c.differs.a)}; what follows differs`;
  const lines = [`  ${style.bold(head)} ${style.dim(`(${roomSize(c)})`)}`, `    ${caseWords(c.conference)}`];
  for (const a of c.conference.attendees) lines.push(`    - ${attendeeWords(a, names, c.children)}`);
  lines.push(`    ${chairWords(c.conference)}`);
  for (const policy of report.policies) {
    const explained = c.explanations[policy.key]?.[0];
    if (!explained) continue;
    const inPair = policy.key === ka || policy.key === kb;
    if (!inPair && report.policies.length > 2) continue;
    const step = decisiveStep(explained.outcome, explained.trace);
    const head = `${names.policy(policy.key)}: ${outcomeWords(explained.outcome)}${explained.decidedBy ? ` (${decidedByWords(explained.decidedBy)})` : ""}`;
    lines.push(`    → ${style.bold(head)}${step ? style.dim(` — ${step.detail} [${stepCite(step)}]`) : ""}`);
  }
  if (c.follows) {
    if (c.follows.a.length > 0) lines.push(`    only under ${names.policy(ka)}: ${c.follows.a.join("; ")}`);
    if (c.follows.b.length > 0) lines.push(`    only under ${names.policy(kb)}: ${c.follows.b.join("; ")}`);
  }
  return lines;
}

function followsLines(d: PairDigest, style: Style): string[] {
  if (d.follows.length === 0) return [];
  const lines = ["", style.bold("What follows differs, where both decide alike")];
  for (const f of d.follows.slice(0, 12)) lines.push(`  ${f.words} — only under ${f.under === "a" ? d.a : d.b} (${percent(f.share)} of conferences)`);
  if (d.follows.length > 12) lines.push(style.dim(`  … and ${count(d.follows.length - 12, "more")} (\`--format json\` lists every one)`));
  return lines;
}

function changeLines(c: Change, d: PairDigest, style: Style, names: Names, folded: readonly Change[] = []): string[] {
  const mark = c.severity === "outcome" ? "●" : c.severity === "procedure" ? "◐" : "○";
  const side = (name: string, text: string | null, at: Change["cite"]["a"]) => `      ${name}: ${text ?? style.dim("(none)")}${at ? style.dim(`  [${citeWords(at)}]`) : ""}`;
  const lines = [`  ${mark} ${style.bold(subjectWords(c, names))}`, side(d.a, c.a, c.cite.a), side(d.b, c.b, c.cite.b)];
  if (folded.length > 0) {
    const roles = roleNamesOf(folded, names);
    const others = folded.filter((f) => f.aspect !== "roles").map((f) => f.subject);
    if (roles.length > 0) lines.push(style.dim(`      follows from it: how ${count(roles.length, "role")} ${roles.length === 1 ? "votes" : "vote"} (${listWords(roles)})`));
    if (others.length > 0) lines.push(style.dim(`      follows from it: ${listWords(others)}`));
  }
  return lines;
}

function rulesLines(d: PairDigest, style: Style, names: Names): string[] {
  const lines = ["", style.bold("Every rule that differs") + style.dim(" (● can change an outcome, ◐ changes a procedure, ○ the document only)")];
  const all: Cause[] = [...d.outcomeCauses, ...d.procedureCauses, ...d.metadataCauses];
  if (all.length === 0) lines.push("  The two policies state every rule alike.");
  for (const c of all) lines.push(...changeLines(c.change, d, style, names, c.follows));
  return lines;
}

function twoPolicies(report: DiffReport, pair: PairComparison, style: Style, options: TextOptions): string[] {
  const names = namesOf(report);
  const d = pairDigest(report, pair, names);
  const reduced = reducedWords(pair);
  const lines = [style.bold(`${d.a} and ${d.b}`), ...headline(d), ...(reduced ? [style.warning(`Note: ${reduced}.`)] : []), "", ...causeLines(d, style)];
  const also = alsoWords(d);
  if (also) lines.push(also);
  lines.push(...kindLine(d));
  const shown = [...d.decided, ...d.followed].slice(0, options.counterexamplesPerPair ?? Infinity);
  if (d.decided.length > 0) lines.push("", style.bold(d.decided.length === 1 ? "The smallest conference decided differently" : "The smallest conference for each kind of difference") + style.dim(" (`--format json` gives each as a conference file for `quorate eval`)"));
  for (const c of shown.filter((x) => x.follows === undefined)) lines.push(...counterexampleLines(c, report, names, style));
  lines.push(...followsLines(d, style));
  for (const c of shown.filter((x) => x.follows !== undefined)) lines.push(...counterexampleLines(c, report, names, style));
  lines.push(...rulesLines(d, style, names));
  const b = pair.semantic?.bounds;
  if (b) lines.push("", style.dim(boundsWords(b)));
  return lines;
}

/** The share each pair decides alike, as a grid of policy numbers. */
function alikeGrid(report: DiffReport, names: Names, style: Style): string[] {
  const n = nationalDigest(report, names);
  const lines = [style.bold("How alike they decide") + style.dim(" (the share of the conferences searched that each pair decides the same)")];
  n.names.forEach((name, i) => lines.push(`  ${String(i + 1).padStart(2)}  ${name}`));
  lines.push(`      ${n.keys.map((_, j) => String(j + 1).padStart(6)).join("")}`);
  n.alike.forEach((row, i) => lines.push(`  ${String(i + 1).padStart(2)}  ${row.map((v, j) => (i === j ? "     ·" : v === null ? "     –" : `${Math.round(v * 100)}%`.padStart(6))).join("")}`));
  const together = n.clusters.filter((c) => c.length > 1);
  const apart = n.clusters.filter((c) => c.length === 1).map((c) => names.policy(c[0] ?? ""));
  lines.push("");
  if (together.length === 0) lines.push(`No boards decide alike in at least two conferences in three: each decides differently from all the others.`);
  else {
    lines.push(`Boards that decide alike (at least two conferences in three, on average): ${together.map((c) => listWords(c.map((k) => names.policy(k)))).join("; ")}.`);
    if (apart.length > 0) lines.push(`${listWords(apart)} ${apart.length === 1 ? "decides" : "each decide"} differently from the rest.`);
  }
  return lines;
}

function matrixLines(report: DiffReport, style: Style, names: Names): string[] {
  const lines = [style.bold("How the policies compare, aspect by aspect")];
  for (const row of report.matrix) {
    if (row.aspect === "metadata") continue;
    if (row.same) {
      lines.push(style.dim(`${row.subject}: the same in all — ${row.cells[0]?.text ?? ""}`));
      continue;
    }
    lines.push(style.bold(row.subject));
    for (const cell of row.cells) lines.push(`  ${names.policy(cell.policy)}: ${cell.text}${cell.at?.cite ? style.dim(`  [${cell.at.cite.split(":")[0]}]`) : ""}`);
  }
  return lines;
}

function manyPolicies(report: DiffReport, style: Style, options: TextOptions): string[] {
  const names = namesOf(report);
  const compared = report.pairs.some((p) => p.semantic !== null);
  const lines = [style.bold(`How ${count(report.policies.length, "board policy", "board policies")} compare`), "", ...(compared ? [...alikeGrid(report, names, style), ""] : []), style.bold("Pair by pair")];
  for (const pair of report.pairs) {
    const d = pairDigest(report, pair, names);
    const share = d.differing === null ? "decisions not compared" : d.differing === 0 ? "they decide every conference searched alike" : d.differing === 1 ? "they decide every conference searched differently" : `they decide ${percent(d.differing)} of conferences differently`;
    const why = d.outcomeCauses.slice(0, 3).map((c) => c.change.subject);
    lines.push("", `${style.bold(`${d.a} and ${d.b}`)}: ${share}${why.length > 0 ? `; chiefly ${listWords(why)}` : ""}${d.outcomeCauses.length > 3 ? ` and ${count(d.outcomeCauses.length - 3, "more rule")}` : ""}.`);
    const reduced = reducedWords(pair);
    if (reduced) lines.push(style.warning(`  Note: ${reduced}.`));
    const shown = d.decided.slice(0, options.counterexamplesPerPair ?? Infinity);
    if (shown.length > 0) lines.push(style.dim(shown.length === 1 ? "  The smallest conference decided differently:" : "  The smallest conference for each kind of difference:"));
    for (const c of shown) lines.push(...counterexampleLines(c, report, names, style));
  }
  lines.push("", ...matrixLines(report, style, names));
  const first = report.pairs[0]?.semantic?.bounds;
  if (first) lines.push("", style.dim(`${boundsWords(first)} (for the first pair; each pair's bounds are in the JSON)`));
  return lines;
}

export function renderDiffText(report: DiffReport, style: Style, options: TextOptions = {}): string {
  const pair = report.pairs[0];
  const lines = report.policies.length === 2 && pair ? twoPolicies(report, pair, style, options) : manyPolicies(report, style, options);
  lines.push("", report.equivalent ? style.good("Equivalent within the bounds.") : style.bold("The policies differ."));
  return lines.join("\n") + "\n";
}
