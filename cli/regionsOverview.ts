/**
 * The cross-region comparison in a screen: the aspects by regions as a grid of letters
 * (the same letter is the same rule), and one line per pair. `quorate diff` on the same
 * policies gives every rule in words and the smallest conference each pair decides
 * differently.
 */
import type { DiffReport, MatrixRow } from "../diff/report.js";
import { count, percent, reducedWords, shareOf } from "../diff/render/words.js";
import type { Style } from "./style.js";

const NOT_STATED = "·";

/** One letter per distinct rule in the row, in order of first appearance; `·` where the policy cites no clause for it. */
function rowLetters(row: MatrixRow): string[] {
  const letters = new Map<string, string>();
  return row.cells.map((cell) => {
    if (cell.at === null) return NOT_STATED;
    if (!letters.has(cell.text)) letters.set(cell.text, String.fromCharCode(65 + letters.size));
    return letters.get(cell.text) ?? NOT_STATED;
  });
}

/**
 * The grid of rules that differ somewhere, the policies numbered as `numbers` gives them;
 * the rules alike in every region are named on one line, and the document's own details
 * (title, dates) are left to `quorate diff`.
 */
export function matrixGrid(report: DiffReport, numbers: Map<string, number>, style: Style): string[] {
  const rules = report.matrix.filter((row) => row.aspect !== "metadata");
  const rows = rules.filter((row) => !row.same);
  const alike = rules.filter((row) => row.same).map((row) => row.subject);
  const width = Math.max(0, ...rows.map((row) => row.subject.length));
  const header = report.policies.map((p) => String(numbers.get(p.key) ?? "?").padEnd(3)).join("");
  const lines = [
    style.bold("Rules by region") + style.dim(" (the same letter in a row is the same rule; · the policy cites none)"),
    `  ${"".padEnd(width)}  ${style.dim(header.trimEnd())}`,
  ];
  for (const row of rows) lines.push(`  ${row.subject.padEnd(width)}  ${rowLetters(row).map((l) => l.padEnd(3)).join("").trimEnd()}`);
  if (alike.length > 0) lines.push(style.dim(`  alike in every region: ${alike.join(", ")}`));
  return lines;
}

/** One line per pair: the rules that differ, and the share of conferences decided differently. */
export function pairLines(report: DiffReport, numbers: Map<string, number>, style: Style): string[] {
  const lines = [style.bold("Region by region") + style.dim(" (rules, and the share of the conferences searched that the two decide differently)")];
  for (const pair of report.pairs) {
    const [a, b] = pair.between;
    const label = `${numbers.get(a) ?? "?"}–${numbers.get(b) ?? "?"}`;
    const s = pair.semantic;
    // Every conference, not "100.0%": a board whose policy reaches no decision at all (silent on its rule) differs in each.
    const share = s === null ? null : shareOf(s.differing, s.conferences);
    const decided = share === null ? "decisions not compared" : share === 0 ? "no conference decided differently" : share === 1 ? "every conference decided differently" : `${percent(share)} of conferences decided differently`;
    const others = pair.changes - pair.outcomeChanges;
    const rules = `${pair.outcomeChanges === 0 ? "no rule" : count(pair.outcomeChanges, "rule")} that can change an outcome, ${count(others, "other difference")}`;
    const reduced = reducedWords(pair);
    lines.push(`  ${label}  ${a} / ${b}: ${rules}; ${decided}${reduced ? ` (${reduced})` : ""}`);
  }
  return lines;
}
