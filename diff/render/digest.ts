/**
 * What a report leads with, worked out once for every rendering: for a pair, how often the
 * two decide differently and how often what follows differs, the root differences that
 * explain it (each with the differences that follow from it folded under it), and the
 * evidence; for three or more policies, how alike each pair decides and which boards
 * decide alike.
 */
import type { Change, Counterexample, DiffReport, FollowsDifference, PairComparison } from "../report.js";
import { conferencesWords, count, decisiveStep, listWords, namesOf, outcomeWords, pairCounterexamples, percent, shareOf, type Names } from "./words.js";

export interface Cause {
  change: Change;
  /** The differences that follow from it, folded under it. */
  follows: Change[];
}

export interface PairDigest {
  pair: PairComparison;
  /** The two policies' names. */
  a: string;
  b: string;
  /** The share of conferences searched decided differently; null when decisions were not compared. */
  differing: number | null;
  /** The share decided alike after which what follows differs. */
  followsDiffering: number | null;
  outcomeCauses: Cause[];
  procedureCauses: Cause[];
  metadataCauses: Cause[];
  /** The kinds of outcome difference, most common first, in words. */
  kinds: { words: string; share: number }[];
  follows: FollowsDifference[];
  decided: Counterexample[];
  followed: Counterexample[];
}

function causesOf(report: DiffReport, pair: PairComparison): Cause[] {
  const pairChanges = report.changes.filter((c) => c.between[0] === pair.between[0] && c.between[1] === pair.between[1]);
  if (!pair.causes) return pairChanges.map((change) => ({ change, follows: [] }));
  return pair.causes.flatMap((c) => {
    const change = report.changes[c.change];
    return change ? [{ change, follows: c.follows.flatMap((i) => report.changes[i] ?? []) }] : [];
  });
}

/**
 * How much of the difference each root cause explains: the share of conferences, summed over
 * the kinds of difference, whose smallest example is decided on either side by a step citing
 * the cause's clause. Causes that decide no example keep their order after those that do.
 */
function rankCauses(causes: Cause[], pair: PairComparison, shown: readonly Counterexample[]): Cause[] {
  const weight = new Map<Cause, number>();
  const at = (o: Change["cite"]["a"]) => (o ? `${o.file}:${o.line}` : null);
  for (const c of shown) {
    if (c.follows !== undefined) continue;
    const share = pair.semantic?.differences.find((d) => d.a === c.differs.a && d.b === c.differs.b)?.share ?? 0;
    const steps = new Set(
      pair.between.flatMap((key) => {
        const e = c.explanations[key]?.[0];
        const step = e ? decisiveStep(e.outcome, e.trace) : undefined;
        return step?.file && step.line ? [`${step.file}:${step.line}`] : [];
      }),
    );
    for (const cause of causes) {
      const lines = [cause.change, ...cause.follows].flatMap((ch) => [at(ch.cite.a), at(ch.cite.b)]).filter((x): x is string => x !== null);
      if (lines.some((l) => steps.has(l))) weight.set(cause, (weight.get(cause) ?? 0) + share);
    }
  }
  return causes.map((c, i) => ({ c, i, w: weight.get(c) ?? 0 })).sort((x, y) => y.w - x.w || x.i - y.i).map((x) => x.c);
}

export function pairDigest(report: DiffReport, pair: PairComparison, names: Names = namesOf(report)): PairDigest {
  const [ka, kb] = pair.between;
  const a = names.policy(ka);
  const b = names.policy(kb);
  const s = pair.semantic;
  const causes = causesOf(report, pair);
  const shown = pairCounterexamples(pair, report.counterexamples);
  const kinds = (s?.differences ?? []).map((d) => ({ words: `${outcomeWords(d.a)} under ${a}, ${outcomeWords(d.b)} under ${b}`, share: d.share }));
  return {
    pair,
    a,
    b,
    differing: s ? shareOf(s.differing, s.conferences) : null,
    followsDiffering: s ? shareOf(s.followsDiffering ?? 0, s.conferences) : null,
    outcomeCauses: rankCauses(causes.filter((c) => c.change.severity === "outcome"), pair, shown),
    procedureCauses: causes.filter((c) => c.change.severity === "procedure"),
    metadataCauses: causes.filter((c) => c.change.severity === "metadata"),
    kinds,
    follows: s?.follows ?? [],
    decided: shown.filter((c) => c.follows === undefined),
    followed: shown.filter((c) => c.follows !== undefined),
  };
}

/** The headline: how often they decide differently, and how often what follows differs. */
export function headline(d: PairDigest): string[] {
  if (d.differing === null) return ["The decisions were not compared (only the rules were)."];
  const s = d.pair.semantic;
  const searched = s ? conferencesWords(s.conferences) : "";
  const lines = [d.differing === 0 ? `They decide every one of the ${searched} searched alike.` : d.differing === 1 ? `They decide every one of the ${searched} searched differently.` : `They decide ${percent(d.differing)} of the ${searched} searched differently.`];
  if ((d.followsDiffering ?? 0) > 0) lines.push(`Where they decide alike, what follows (duties, escalation and appeal routes) differs in another ${percent(d.followsDiffering ?? 0)}.`);
  else if (d.differing !== null) lines.push("Where they decide alike, the same duties and routes follow.");
  return lines;
}

/** A root difference in one line: the rule, each side's words, and what follows from it. */
export function causeWords(c: Cause, d: PairDigest): string {
  const rule = c.change.subject.charAt(0).toUpperCase() + c.change.subject.slice(1);
  const side = (text: string | null, name: string) => `${text ?? "none"} (${name})`;
  const folded = c.follows.length === 0 ? "" : `; ${followsWords(c.follows)} follow from it`;
  return `${rule}: ${side(c.change.a, d.a)}; ${side(c.change.b, d.b)}${folded}`;
}

function followsWords(changes: readonly Change[]): string {
  const roles = changes.filter((c) => c.aspect === "roles").length;
  const others = changes.filter((c) => c.aspect !== "roles").map((c) => c.subject);
  return listWords([...(roles > 0 ? [`${count(roles, "role's vote", "roles' votes")}`] : []), ...others]);
}

/** What the lead leaves to the evidence, in one line. */
export function alsoWords(d: PairDigest): string | null {
  const parts: string[] = [];
  const procedures = d.procedureCauses.length;
  const details = d.metadataCauses.length;
  if (procedures > 0) parts.push(`${count(procedures, "difference")} in duties, routes and records`);
  if (details > 0) parts.push(`${count(details, "difference")} in the documents' details (titles, dates, readings recorded)`);
  return parts.length > 0 ? `Also ${listWords(parts)}, listed below.` : null;
}

/** For three or more policies: how alike each pair decides, and the boards that decide alike. */
export interface NationalDigest {
  keys: string[];
  names: string[];
  /** alike[i][j]: the share of conferences searched that policies i and j decide alike (1 on the diagonal); null where not compared. */
  alike: (number | null)[][];
  clusters: string[][];
  /** The threshold for "decide alike": average share within a cluster. */
  threshold: number;
}

/** Boards decide alike when, on average, they decide at least two conferences in three alike. */
export const ALIKE = 2 / 3;

export function nationalDigest(report: DiffReport, names: Names = namesOf(report)): NationalDigest {
  const keys = report.policies.map((p) => p.key);
  const alike: (number | null)[][] = keys.map((_, i) => keys.map((_, j) => (i === j ? 1 : null)));
  for (const pair of report.pairs) {
    const i = keys.indexOf(pair.between[0]);
    const j = keys.indexOf(pair.between[1]);
    const s = pair.semantic;
    const share = s ? (s.conferences === 0 ? 1 : 1 - shareOf(s.differing, s.conferences)) : null;
    if (alike[i]) alike[i][j] = share;
    if (alike[j]) alike[j][i] = share;
  }
  return { keys, names: keys.map((k) => names.policy(k)), alike, clusters: clustersOf(keys, alike, ALIKE), threshold: ALIKE };
}

/** Average-linkage clusters: the two closest clusters join while they decide alike, on average, at least `threshold` of the time. */
function clustersOf(keys: readonly string[], alike: readonly (number | null)[][], threshold: number): string[][] {
  let clusters = keys.map((_, i) => [i]);
  const between = (x: number[], y: number[]) => {
    const shares = x.flatMap((i) => y.map((j) => alike[i]?.[j] ?? 0));
    return shares.reduce((n, v) => n + v, 0) / shares.length;
  };
  for (;;) {
    let best: [number, number, number] | null = null;
    for (let i = 0; i < clusters.length; i++) {
      for (let j = i + 1; j < clusters.length; j++) {
        const share = between(clusters[i] ?? [], clusters[j] ?? []);
        if (share >= threshold && (best === null || share > best[2])) best = [i, j, share];
      }
    }
    if (best === null) break;
    const [i, j] = best;
    clusters = [...clusters.filter((_, k) => k !== i && k !== j), [...(clusters[i] ?? []), ...(clusters[j] ?? [])]];
  }
  return clusters.map((c) => c.sort((x, y) => x - y).map((i) => keys[i] ?? "")).sort((x, y) => y.length - x.length || keys.indexOf(x[0] ?? "") - keys.indexOf(y[0] ?? ""));
}
