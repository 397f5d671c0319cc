import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to `word`, if it is close enough to be a likely misspelling:
 * at most one edit for short words, two for longer ones, or the same word in another case.
 */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const limit = word.length <= 4 ? 1 : word.length <= 8 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const d = candidate.toLowerCase() === lower ? 0 : distance(lower, candidate.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== undefined && bestDistance <= limit ? best : undefined;
}

const MOST_SUGGESTED = 4;

/** The words of a name: `children_social_worker` → children, social, worker. */
function wordsOf(name: string): string[] {
  return name.toLowerCase().split(/[_\s-]+/).filter((w) => w.length > 0);
}

/** A word of the name written, found among a candidate's words: spelt alike, or nearly for a long word. */
function hasWord(candidateWords: string[], word: string): boolean {
  const slips = word.length >= 6 ? 2 : word.length >= 5 ? 1 : 0;
  return candidateWords.some((c) => c === word || (slips > 0 && distance(c, word) <= slips));
}

/**
 * Candidates that contain what was written, word for word or as a part: `social_worker`
 * finds `adult_social_worker` and `children_social_worker`; `visitor` finds
 * `health_visitor`. Those holding every word come first, then the shorter. A word of
 * fewer than three letters matches nothing, so short ids do not suggest everything.
 */
export function partialMatches(word: string, candidates: Iterable<string>, most = MOST_SUGGESTED): string[] {
  const written = wordsOf(word).filter((w) => w.length >= 3);
  if (written.length === 0) return [];
  const lower = word.toLowerCase();
  const found: { candidate: string; missing: number }[] = [];
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const words = wordsOf(candidate);
    const missing = written.filter((w) => !hasWord(words, w)).length;
    const contains = lower.length >= 4 && candidate.toLowerCase().includes(lower);
    // Every word written is there, or the whole of it is part of the candidate, or (for a
    // name of three words or more) all but one.
    if (missing === 0 || contains || (written.length >= 3 && missing === 1)) found.push({ candidate, missing: contains ? 0 : missing });
  }
  found.sort((a, b) => a.missing - b.missing || a.candidate.length - b.candidate.length || (a.candidate < b.candidate ? -1 : 1));
  return found.slice(0, most).map((f) => f.candidate);
}

/**
 * What `word` may have been meant as: the closest spelling if there is one, else the
 * candidates it is part of (see `partialMatches`).
 */
export function suggestionsFor(word: string, candidates: Iterable<string>): string[] {
  const all = [...candidates];
  const spelt = closestMatch(word, all);
  return spelt !== undefined ? [spelt] : partialMatches(word, all);
}

/** "did you mean `x`?", or "did you mean `x` or `y`?" when `word` is part of several names. */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const found = suggestionsFor(word, candidates).map((s) => "`" + s + "`");
  if (found.length === 0) return undefined;
  const last = found.pop() as string;
  return `did you mean ${found.length === 0 ? last : `${found.join(", ")} or ${last}`}?`;
}

/** Answers kept by `rememberedDidYouMean`, per owner of the names: a batch of endless different names must not grow memory without end. */
const MOST_REMEMBERED = 4096;
const remembered = new WeakMap<object, Map<string, string | undefined>>();

/**
 * `didYouMean`, worked out once per `owner` (the collection the candidates come from, which
 * does not change) and word: a batch written for another board names the same unknown
 * fact or grouping on every line, and finding the nearest names was most of such a line's
 * time. Past a few thousand words per owner, no more are kept.
 */
export function rememberedDidYouMean(owner: object, word: string, candidates: Iterable<string>): string | undefined {
  let known = remembered.get(owner);
  if (!known) remembered.set(owner, (known = new Map()));
  if (known.has(word)) return known.get(word);
  const near = didYouMean(word, candidates);
  if (known.size < MOST_REMEMBERED) known.set(word, near);
  return near;
}
