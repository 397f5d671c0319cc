/**
 * The diff as Markdown, for a pull-request comment: the matrix (with three or more
 * policies), each pair's changes in a table, and each pair's smallest counterexamples
 * with the conference file to try them with `quorate eval`.
 */
import type { Change, Counterexample, DiffReport, PairComparison } from "../report.js";
import { attendeeLines, chairWords, childrenWords, citeWords, count, decisiveStep, outcomeWords, pairCounterexamples, percent, perGroupWords, roomSize, stepCite } from "./words.js";

/** Table cells: a pipe or a line break would end the cell; angle brackets would become HTML. */
function cell(text: string): string {
  return text.replace(/[\\|]/g, (c) => `\\${c}`).replace(/[<>]/g, (c) => (c === "<" ? "&lt;" : "&gt;")).replace(/\r?\n/g, " ");
}

const SEVERITY = { outcome: "🔴 outcome", procedure: "🟠 procedure", metadata: "⚪ metadata" } as const;

function changesTable(changes: readonly Change[]): string[] {
  if (changes.length === 0) return ["The two policies state every rule alike."];
  const lines = ["| | Rule | Change | a | b |", "|---|---|---|---|---|"];
  for (const c of changes) {
    const side = (text: string | null, at: Change["cite"]["a"]) => cell(`${text ?? "—"}${at ? ` (${citeWords(at)})` : ""}`);
    lines.push(`| ${SEVERITY[c.severity]} | ${cell(c.subject)} | ${c.kind} | ${side(c.a, c.cite.a)} | ${side(c.b, c.cite.b)} |`);
  }
  return lines;
}

function counterexample(c: Counterexample, report: DiffReport): string[] {
  const lines = [`**${cell(outcomeWords(c.differs.a))}** under \`${c.between[0]}\`, **${cell(outcomeWords(c.differs.b))}** under \`${c.between[1]}\` (${roomSize(c)})`, ""];
  lines.push(`- children: ${cell(childrenWords(c.conference))}`);
  for (const line of attendeeLines(c.conference)) lines.push(`- ${cell(line)}`);
  lines.push(`- ${cell(chairWords(c.conference))}`, "", "| Policy | Decides | Because |", "|---|---|---|");
  for (const p of report.policies) {
    const e = c.explanations[p.key]?.[0];
    if (!e) continue;
    const step = decisiveStep(e.outcome, e.trace);
    lines.push(`| \`${cell(p.key)}\` | ${cell(outcomeWords(e.outcome))}${e.decidedBy ? ` (${cell(outcomeWords(e.decidedBy))})` : ""} | ${step ? cell(`${step.detail} — ${stepCite(step)}`) : ""} |`);
  }
  lines.push("", "<details><summary>Conference file</summary>", "", "```json", JSON.stringify(c.conference, null, 2), "```", "", "</details>", "");
  return lines;
}

function semantic(pair: PairComparison, report: DiffReport, perPair: number | undefined): string[] {
  const s = pair.semantic;
  if (!s) return ["Decisions were not compared (`--structural-only`)."];
  if (s.differing === 0) return [`No conference within the bounds is decided differently (${count(s.conferences, "conference")} searched).`];
  const lines = [`**${count(s.differing, "conference")} of ${s.conferences.toLocaleString("en-GB")} searched (${percent(s.differing / s.conferences)}) are decided differently.**`, "", "| Under a | Under b | Share |", "|---|---|---|"];
  for (const d of s.differences) lines.push(`| ${outcomeWords(d.a)} | ${outcomeWords(d.b)} | ${percent(d.share)} |`);
  lines.push("");
  for (const c of pairCounterexamples(pair, report.counterexamples).slice(0, perPair ?? Infinity)) lines.push(...counterexample(c, report));
  const b = s.bounds;
  lines.push(`<sub>Searched: 1–${b.attendees.max} practitioners${perGroupWords(b)} of ${b.roles.length} kinds; ${b.children.join(" or ")} children; views ${b.views.join(", ")}; ${cell(b.involvement.join(" or "))}; chair: ${cell(b.chair.join("; "))}.</sub>`);
  return lines;
}

export function renderDiffMarkdown(report: DiffReport, options: { counterexamplesPerPair?: number } = {}): string {
  const names = report.policies.map((p) => `\`${p.key}\``).join(", ");
  const lines = [`## Quorate diff: ${names}`, "", report.equivalent ? "✅ **Equivalent within the bounds.**" : "⚠️ **The policies differ.**", ""];
  if (report.policies.length > 2) {
    lines.push("### Aspect by aspect", "", `| Aspect | ${report.policies.map((p) => `\`${cell(p.key)}\``).join(" | ")} |`, `|---|${report.policies.map(() => "---").join("|")}|`);
    for (const row of report.matrix) lines.push(`| ${row.same ? "" : "**"}${cell(row.subject)}${row.same ? "" : "**"} | ${row.cells.map((c) => cell(c.text)).join(" | ")} |`);
    lines.push("");
  }
  for (const pair of report.pairs) {
    const changes = report.changes.filter((c) => c.between[0] === pair.between[0] && c.between[1] === pair.between[1]);
    lines.push(`### \`${pair.between[0]}\` (a) and \`${pair.between[1]}\` (b)`, "");
    const body = [...changesTable(changes), "", ...semantic(pair, report, options.counterexamplesPerPair)];
    if (report.policies.length > 2) lines.push(`<details><summary>${count(pair.changes, "rule")} differ (${pair.outcomeChanges} can change an outcome)</summary>`, "", ...body, "", "</details>", "");
    else lines.push(...body, "");
  }
  return lines.join("\n");
}
