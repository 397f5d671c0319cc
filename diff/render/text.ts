/**
 * The diff for a terminal: with two policies, every rule that differs and the smallest
 * conferences decided differently; with more, the matrix of aspects by regions and, for
 * each pair, a line of counts and its smallest counterexample.
 */
import type { Style } from "../../cli/style.js";
import type { Change, Counterexample, DiffReport, PairComparison } from "../report.js";
import { attendeeLines, chairWords, childrenWords, citeWords, count, decisiveStep, outcomeWords, pairCounterexamples, percent, perGroupWords, roomSize, stepCite } from "./words.js";

export interface TextOptions {
  /** How many counterexamples to show for each pair (all when undefined). */
  counterexamplesPerPair?: number;
}

const SEVERITY_ORDER = { outcome: 0, procedure: 1, metadata: 2 } as const;

function changeLines(c: Change, style: Style): string[] {
  const mark = c.severity === "outcome" ? style.error("●") : c.severity === "procedure" ? style.warning("●") : style.dim("○");
  const side = (label: string, text: string | null, at: Change["cite"]["a"]) => `      ${label}: ${text ?? style.dim("(none)")}${at ? style.dim(`  [${citeWords(at)}]`) : ""}`;
  return [`  ${mark} ${style.bold(c.subject)} ${style.dim(`(${c.aspect}, ${c.kind}${c.severity === "outcome" ? ", can change an outcome" : c.severity === "procedure" ? ", changes a procedure" : ""})`)}`, side("a", c.a, c.cite.a), side("b", c.b, c.cite.b)];
}

function counterexampleLines(c: Counterexample, report: DiffReport, style: Style): string[] {
  const [a, b] = c.between;
  const lines = [`  ${style.bold(`${outcomeWords(c.differs.a)} under ${a}, ${outcomeWords(c.differs.b)} under ${b}`)} ${style.dim(`(${roomSize(c)})`)}`];
  lines.push(`    children: ${childrenWords(c.conference)}`);
  for (const line of attendeeLines(c.conference)) lines.push(`    ${line}`);
  lines.push(`    ${chairWords(c.conference)}`);
  for (const policy of report.policies) {
    const explained = c.explanations[policy.key]?.[0];
    if (!explained) continue;
    const step = decisiveStep(explained.outcome, explained.trace);
    const inPair = policy.key === a || policy.key === b;
    const head = `${policy.key}: ${outcomeWords(explained.outcome)}${explained.decidedBy ? ` (${outcomeWords(explained.decidedBy)})` : ""}`;
    lines.push(`    ${inPair ? "→" : " "} ${inPair ? style.bold(head) : head}${step ? style.dim(` — ${step.detail} [${stepCite(step)}]`) : ""}`);
  }
  return lines;
}

function semanticLines(pair: PairComparison, report: DiffReport, style: Style, options: TextOptions): string[] {
  const s = pair.semantic;
  if (!s) return [style.dim("  the decisions were not compared (--structural-only)")];
  const lines: string[] = [];
  if (s.differing === 0) lines.push(`  ${style.good("no conference within the bounds is decided differently")} ${style.dim(`(${count(s.conferences, "conference")} searched)`)}`);
  else {
    lines.push(`  ${style.bold(`${count(s.differing, "conference")} of ${s.conferences.toLocaleString("en-GB")} searched (${percent(s.differing / s.conferences)}) are decided differently`)}`);
    for (const d of s.differences) lines.push(`    ${outcomeWords(d.a)} under ${pair.between[0]}, ${outcomeWords(d.b)} under ${pair.between[1]}: ${percent(d.share)}`);
    const shown = pairCounterexamples(pair, report.counterexamples).slice(0, options.counterexamplesPerPair ?? Infinity);
    lines.push("", `  ${shown.length === 1 ? "The smallest conference decided differently" : "The smallest conference for each kind of difference"} ${style.dim("(`--format json` gives each as a conference file for `quorate eval`)")}:`);
    for (const c of shown) lines.push(...counterexampleLines(c, report, style));
  }
  return lines;
}

function boundsLines(pair: PairComparison, style: Style, label = "bounds"): string[] {
  const b = pair.semantic?.bounds;
  if (!b) return [];
  const roles = b.roles.reduce((n, r) => n + r.standsFor.length, 0);
  return [
    style.dim(
      `  ${label}: 1–${b.attendees.max} practitioners${perGroupWords(b)} (${b.roles.length} kinds standing for ${roles} roles; ${b.rolesLeftOut.length} roles left out); ${b.children.join(" or ")} ${b.children.length > 1 ? "children (a sibling mirrors the first child)" : "child"}; views ${b.views.map(outcomeWords).join(", ")}; ${b.involvement.join(" or ")}${b.unborn.includes(true) ? "; born or unborn" : ""}; ${b.organisations}; chair: ${b.chair.join(" | ")}`,
    ),
  ];
}

function matrixLines(report: DiffReport, style: Style): string[] {
  const width = Math.max(...report.policies.map((p) => p.key.length));
  const lines = [style.bold("How the policies compare, aspect by aspect"), ""];
  for (const row of report.matrix) {
    if (row.same) {
      lines.push(`${style.dim(row.subject)}: ${style.dim(`the same in all — ${row.cells[0]?.text ?? ""}`)}`);
      continue;
    }
    lines.push(style.bold(row.subject));
    for (const cell of row.cells) lines.push(`  ${cell.policy.padEnd(width)}  ${cell.text}${cell.at?.cite ? style.dim(`  [${cell.at.cite.split(":")[0]}]`) : ""}`);
  }
  return lines;
}

export function renderDiffText(report: DiffReport, style: Style, options: TextOptions = {}): string {
  const lines: string[] = [];
  if (report.policies.length === 2) {
    const [a, b] = report.policies;
    const pair = report.pairs[0];
    if (!a || !b || !pair) return "";
    lines.push(style.bold(`Comparing ${a.key} (a) with ${b.key} (b)`), "");
    const changes = [...report.changes].sort((x, y) => SEVERITY_ORDER[x.severity] - SEVERITY_ORDER[y.severity]);
    if (changes.length === 0) lines.push(style.good("The two policies state every rule alike."));
    else {
      const n = (s: Change["severity"]) => changes.filter((c) => c.severity === s).length;
      const procedures = n("procedure");
      lines.push(style.bold(`${count(changes.length, "rule")} ${changes.length === 1 ? "differs" : "differ"}: ${n("outcome")} can change an outcome, ${procedures} ${procedures === 1 ? "changes" : "change"} a procedure, ${n("metadata")} only the document's details`));
      for (const c of changes) lines.push(...changeLines(c, style));
    }
    lines.push("", style.bold("Decisions"), ...semanticLines(pair, report, style, options), ...boundsLines(pair, style));
  } else {
    lines.push(...matrixLines(report, style), "", style.bold("Pair by pair"));
    for (const pair of report.pairs) {
      lines.push("", style.bold(`${pair.between[0]} and ${pair.between[1]}`) + style.dim(` — ${count(pair.changes, "rule")} differ, ${pair.outcomeChanges} of which can change an outcome (\`quorate diff\` on the two lists them)`));
      lines.push(...semanticLines(pair, report, style, options));
    }
    const first = report.pairs[0];
    if (first) lines.push("", ...boundsLines(first, style, "bounds (first pair; each pair's are in the JSON)"));
  }
  lines.push("", report.equivalent ? style.good("Equivalent within the bounds.") : style.bold("The policies differ."));
  return lines.join("\n") + "\n";
}
