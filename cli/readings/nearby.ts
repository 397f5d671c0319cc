/**
 * Which rules a reading is about. A policy writes `ambiguity … reading …` and `silent …`
 * inside the section they concern, citing the clause they read; a reading does not name
 * the statements that encode it. Two facts of the file point at them, and the register
 * says which one it used:
 * - the rules of the same block (the section, or the one escalation or appeal route) that
 *   cite the same clause, nearest first: a reading of §11 is about the §11 duties;
 * - failing that, for an ambiguity, the rule written just beside it: the nearest before it
 *   (the bundled policies write the rule, then why it is read so), or, where it opens the
 *   block, the first after it.
 * A block that states no rule leaves the reading about its section as a whole.
 */
import type { Origin, PolicyIR } from "../../compiler/ir.js";
import type { Sentence } from "../doc/sentence.js";

/** The block a note at `at` in `aspect` is written in: its section, or for a route section, that route. */
export function blockOf(ir: PolicyIR, aspect: string, at: Origin): string {
  if (aspect !== "escalation" && aspect !== "appeal") return aspect;
  // A route's notes sit inside its braces, after its own first line.
  const route = ir.routes.filter((r) => r.kind === aspect && r.at.file === at.file && r.at.line <= at.line).sort((a, b) => b.at.line - a.at.line)[0];
  return route ? `${aspect}:${route.id}` : aspect;
}

/** The sentences that state the statement on one line of one file, leaving out summaries that repeat it. */
export function sentencesAt(sentences: readonly Sentence[], file: string, line: number): Sentence[] {
  return sentences.filter((s) => !s.restates && s.at?.file === file && s.at.line === line);
}

/**
 * The clauses a citation names: "§8, grouping 1; Reaching a decision, para 5: each person…"
 * names `§8, grouping 1` and `Reaching a decision, para 5` (the words after a colon quote
 * the protocol). Compared without case or spacing differences.
 */
export function clausesOf(cite: string | null): Set<string> {
  if (!cite) return new Set();
  return new Set(cite.split(";").map((part) => (part.split(":")[0] ?? "").trim().replace(/\s+/g, " ").toLowerCase()).filter(Boolean));
}

export type Found = { how: "same clause" | "beside" | "section"; rules: Sentence[] };

/** The distinct lines of the block's rules in one file, with their sentences. */
function ruleLines(sentences: readonly Sentence[], block: string, file: string): Map<number, Sentence[]> {
  const lines = new Map<number, Sentence[]>();
  for (const s of sentences) {
    if (s.restates || s.block !== block || s.at?.file !== file) continue;
    lines.set(s.at.line, [...(lines.get(s.at.line) ?? []), s]);
  }
  return lines;
}

export function rulesAbout(sentences: readonly Sentence[], block: string, at: Origin, besideToo: boolean): Found {
  const lines = ruleLines(sentences, block, at.file);
  const clauses = clausesOf(at.cite);
  const sameClause = [...lines.entries()]
    .filter(([, said]) => [...clausesOf(said[0]!.at!.cite)].some((c) => clauses.has(c)))
    .sort(([a], [b]) => Math.abs(a - at.line) - Math.abs(b - at.line) || a - b);
  if (sameClause.length > 0) return { how: "same clause", rules: sameClause.flatMap(([, said]) => said) };
  if (!besideToo) return { how: "section", rules: [] };
  const before = [...lines.keys()].filter((l) => l < at.line).sort((a, b) => b - a)[0];
  const after = [...lines.keys()].filter((l) => l > at.line).sort((a, b) => a - b)[0];
  const line = before ?? after;
  return line === undefined ? { how: "section", rules: [] } : { how: "beside", rules: lines.get(line) ?? [] };
}
