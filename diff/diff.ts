/**
 * `diff(policies, options)`: how two or more compiled board policies differ, in their
 * rules (structural) and in what they decide and what follows (semantic), every pair
 * compared. `diffInParallel` gives the same report with the searches spread over every
 * core. The CLI's `quorate diff` and `npm start`'s cross-region comparison are thin layers
 * over these.
 */
import type { PolicyIR } from "../compiler/ir.js";
import type { Conference } from "../runtime/conference.js";
import { createEvaluator } from "../runtime/evaluator.js";
import { policyTables } from "../runtime/policyTables.js";
import { searchPairsReducing, searchThreads } from "./parallel.js";
import { DIFF_FORMAT, type Change, type Counterexample, type DiffReport, type PairComparison, type PolicyRef } from "./report.js";
import { followWords, followsKeys, followsOfDecision } from "./semantic/follows.js";
import { conferenceAt, DEFAULT_SEARCH, MOST_ATTENDEES_SEARCHED, MOST_PER_GROUP_SEARCHED, type Item, type Labels, type SearchOptions } from "./semantic/searchSpace.js";
import { searchPairReducing, SearchTooLarge, shareOfSearched, type PairSearch, type Reduced, type SearchPoint, type Side } from "./semantic/semanticDiff.js";
import { causesOf } from "./structural/causes.js";
import { versionWords } from "./structural/facets.js";
import { comparisonMatrix } from "./structural/matrix.js";
import { structuralDiff } from "./structural/structuralDiff.js";

export interface DiffInput {
  ir: PolicyIR;
  /** The file the policy came from, used to tell apart two versions of one board. */
  file?: string | null;
}

export interface DiffOptions {
  /** Run the semantic search (default true). */
  semantic?: boolean;
  search?: Partial<SearchOptions>;
}

export class DiffInputError extends Error {
  constructor(
    message: string,
    /** What to do instead, where there is more to say than the options. */
    readonly help?: string,
  ) {
    super(message);
  }
}

/** How many conferences a pair shows for things that follow under one policy only, each the smallest of its kind. */
const FOLLOWS_SHOWN = 4;

/** Policy ids, or files where two compared policies share an id, or numbered as a last resort. */
function keysFor(inputs: readonly DiffInput[]): string[] {
  const count = (xs: string[], x: string) => xs.filter((y) => y === x).length;
  const ids = inputs.map((i) => i.ir.id);
  const keys = inputs.map((input, i) => (count(ids, input.ir.id) > 1 ? (input.file ?? `${input.ir.id} (${i + 1})`) : input.ir.id));
  return keys.map((key, i) => (count(keys, key) > 1 ? `${key} (${i + 1})` : key));
}

export function checkSearchOptions(search: SearchOptions): void {
  if (!Number.isInteger(search.maxAttendees) || search.maxAttendees < 1 || search.maxAttendees > MOST_ATTENDEES_SEARCHED) {
    throw new DiffInputError(`the most attendees to search must be a whole number from 1 to ${MOST_ATTENDEES_SEARCHED}, not ${search.maxAttendees}`);
  }
  if (!Number.isInteger(search.maxPerGroup) || search.maxPerGroup < 1 || search.maxPerGroup > MOST_PER_GROUP_SEARCHED) {
    throw new DiffInputError(`the most attendees from one agency to search must be a whole number from 1 to ${MOST_PER_GROUP_SEARCHED}, not ${search.maxPerGroup}`);
  }
}

/** Whether a value handed to `diff` can be a compiled policy: the library is called with anything. */
function looksCompiled(ir: unknown): ir is PolicyIR {
  const candidate = ir as { id?: unknown; kind?: unknown; roles?: unknown } | null;
  return typeof candidate === "object" && candidate !== null && typeof candidate.id === "string" && typeof candidate.kind === "string" && Array.isArray(candidate.roles);
}

function inputsOf(policies: unknown): DiffInput[] {
  if (!Array.isArray(policies)) throw new DiffInputError("`diff` takes a list of compiled policies", "pass the `ir` of each policy, as `compile` or `compileFile` returns it");
  return policies.map((p: unknown, i) => {
    const input = typeof p === "object" && p !== null && "ir" in p ? (p as DiffInput) : { ir: p as PolicyIR };
    if (!looksCompiled(input.ir)) throw new DiffInputError(`policy ${i + 1} of the ${policies.length} given is not a compiled Quorate policy`, "pass the `ir` of each policy, as `compile` or `compileFile` returns it");
    return input;
  });
}

interface Prepared {
  inputs: DiffInput[];
  keys: string[];
  refs: PolicyRef[];
  sides: Side[];
  search: SearchOptions;
  pairs: [number, number][];
  semantic: boolean;
}

function prepare(policies: readonly (PolicyIR | DiffInput)[], options: DiffOptions): Prepared {
  const inputs = inputsOf(policies);
  if (inputs.length < 2) throw new DiffInputError("a diff compares at least two policies");
  for (const { ir, file } of inputs) {
    if (ir.kind !== "policy") throw new DiffInputError(`${file ?? ir.id} is a ${ir.kind}, not a board policy: compare the board policies that use it`);
  }
  const search: SearchOptions = { ...DEFAULT_SEARCH, ...options.search };
  checkSearchOptions(search);
  const keys = keysFor(inputs);
  const refs: PolicyRef[] = inputs.map((input, i) => ({ key: keys[i] ?? input.ir.id, id: input.ir.id, title: input.ir.title, file: input.file ?? null, version: versionWords(input.ir) }));
  const sides: Side[] = inputs.map(({ ir }) => ({ tables: policyTables(ir), evaluate: createEvaluator(ir) }));
  const pairs: [number, number][] = [];
  for (let i = 0; i < inputs.length; i++) for (let j = i + 1; j < inputs.length; j++) pairs.push([i, j]);
  return { inputs, keys, refs, sides, search, pairs, semantic: options.semantic !== false };
}

/** The names of roles and agencies in the compared policies, the first policy's label for each. */
function namesOf(inputs: readonly DiffInput[]): NonNullable<DiffReport["names"]> {
  const roles = new Map<string, string>();
  const agencies = new Map<string, string>();
  const groupings = new Map<string, string>();
  for (const { ir } of inputs) {
    for (const r of ir.roles) if (!roles.has(r.id)) roles.set(r.id, r.label);
    for (const a of ir.agencies) if (!agencies.has(a.id)) agencies.set(a.id, a.label);
    for (const g of ir.groupings) if (!groupings.has(g.id)) groupings.set(g.id, g.label);
  }
  const list = (m: Map<string, string>) => [...m].map(([id, label]) => ({ id, label }));
  return { roles: list(roles), agencies: list(agencies), groupings: list(groupings) };
}

function labelsOf(names: NonNullable<DiffReport["names"]>): Labels {
  const roles = new Map(names.roles.map((r) => [r.id, r.label]));
  const agencies = new Map(names.agencies.map((a) => [a.id, a.label]));
  return { role: (id) => roles.get(id) ?? id, agency: (id) => (id === null ? null : (agencies.get(id) ?? id)) };
}

/** The conference of a point, decided under every compared policy; with `follows`, what follows under one of the pair only. */
function counterexampleAt(p: Prepared, between: [string, string], result: PairSearch, point: SearchPoint, labels: Labels, follows: boolean): Counterexample {
  const conference: Conference = conferenceAt(point.room.map((i) => result.items[i] as Item), point.setting, result.space, result.kinds, labels);
  const decisions = p.sides.map((side) => side.evaluate(conference));
  const first = (key: string) => decisions[p.keys.indexOf(key)]?.children[0];
  const [ca, cb] = between.map(first);
  const only = (x: typeof ca, y: typeof ca) => {
    const theirs = new Set(y ? followsKeys(followsOfDecision(y)) : []);
    return (x ? followsKeys(followsOfDecision(x)) : []).filter((k) => !theirs.has(k)).map((k) => followWords(k, result.routeLabels));
  };
  return {
    between,
    differs: { a: ca?.outcome ?? "unresolved", b: cb?.outcome ?? "unresolved" },
    ...(follows ? { follows: { a: only(ca, cb), b: only(cb, ca) } } : {}),
    attendees: conference.attendees.length,
    children: conference.children.length,
    conference,
    outcomes: Object.fromEntries(decisions.map((d, k) => [p.keys[k] ?? d.policy, Object.fromEntries(d.children.map((c) => [c.child, c.outcome]))])),
    explanations: Object.fromEntries(decisions.map((d, k) => [p.keys[k] ?? d.policy, d.children.map((c) => ({ child: c.child, outcome: c.outcome, ...(c.decidedBy ? { decidedBy: c.decidedBy } : {}), trace: c.trace }))])),
  };
}

/** The smallest conferences of a pair: one for each kind of outcome difference, then a few where only what follows differs. */
function pairCounterexamples(p: Prepared, between: [string, string], result: PairSearch, labels: Labels): Counterexample[] {
  const out = result.found.map((f) => counterexampleAt(p, between, result, f.point, labels, false));
  const seen = new Set<string>();
  for (const f of result.follows) {
    if (seen.size >= FOLLOWS_SHOWN) break;
    const key = JSON.stringify(f.point);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(counterexampleAt(p, between, result, f.point, labels, true));
  }
  return out;
}

function assemble(p: Prepared, searches: readonly { search: PairSearch; reduced: Reduced | null }[] | null): DiffReport {
  const names = namesOf(p.inputs);
  const labels = labelsOf(names);
  const changes: Change[] = [];
  const pairs: PairComparison[] = [];
  const counterexamples: Counterexample[] = [];
  p.pairs.forEach(([i, j], n) => {
    const a = p.inputs[i] as DiffInput;
    const b = p.inputs[j] as DiffInput;
    const between: [string, string] = [p.keys[i] ?? "", p.keys[j] ?? ""];
    const pairChanges = structuralDiff(a.ir, b.ir, between);
    const causes = causesOf(pairChanges, changes.length);
    changes.push(...pairChanges);
    const outcomeChanges = pairChanges.filter((c) => c.severity === "outcome").length;
    const result = searches?.[n]?.search;
    const reduced = searches?.[n]?.reduced ?? null;
    if (!result) {
      pairs.push({ between, changes: pairChanges.length, outcomeChanges, causes, semantic: null });
      return;
    }
    const shown = pairCounterexamples(p, between, result, labels);
    counterexamples.push(...shown);
    const { bounds, conferences, differing, differences, followsDiffering, milliseconds } = result;
    const follows = result.follows.map((f) => ({ under: f.under, kind: (JSON.parse(f.key) as string[])[0] === "route" ? ("route" as const) : ("duty" as const), words: followWords(f.key, result.routeLabels), conferences: f.conferences, share: shareOfSearched(f.conferences, conferences) }));
    pairs.push({ between, changes: pairChanges.length, outcomeChanges, causes, semantic: { bounds, conferences, differing, differences, counterexamples: shown.length, milliseconds, ...(reduced ? { reduced } : {}), followsDiffering, follows } });
  });
  const equivalent = changes.every((c) => c.severity === "metadata") && pairs.every((pair) => (pair.semantic?.differing ?? 0) === 0 && (pair.semantic?.followsDiffering ?? 0) === 0);
  return {
    format: DIFF_FORMAT,
    policies: p.refs,
    equivalent,
    changes,
    matrix: comparisonMatrix(p.inputs.map((input, i) => ({ key: p.keys[i] ?? input.ir.id, ir: input.ir }))),
    pairs,
    counterexamples,
    names,
  };
}

/** A search past its memory, said as what was compared and what to lower. */
function tooLarge(error: unknown, p: Prepared, between: [string, string] | null): unknown {
  if (!(error instanceof SearchTooLarge)) return error;
  const what = between ? `${between[0]} and ${between[1]}` : `these ${p.inputs.length} policies`;
  return new DiffInputError(
    `comparing ${what} would pass the search's limit (about 1 GB of memory, and a counted number of steps) even with one attendee, ${p.search.maxPerGroup} from one group: ${error.message}`,
    `lower --max-per-group (the default is ${DEFAULT_SEARCH.maxPerGroup}), or compare with --structural-only`,
  );
}

export function diff(policies: readonly (PolicyIR | DiffInput)[], options: DiffOptions = {}): DiffReport {
  const p = prepare(policies, options);
  const searches = p.semantic
    ? p.pairs.map(([i, j]) => {
        try {
          return searchPairReducing(p.sides[i] as Side, p.sides[j] as Side, p.search);
        } catch (error) {
          throw tooLarge(error, p, [p.keys[i] ?? "", p.keys[j] ?? ""]);
        }
      })
    : null;
  return assemble(p, searches);
}

/** The same report as `diff`, the searches spread over `threads` worker threads (one per core by default). */
export async function diffInParallel(policies: readonly (PolicyIR | DiffInput)[], options: DiffOptions = {}, threads = searchThreads()): Promise<DiffReport> {
  const p = prepare(policies, options);
  let searches = null;
  try {
    if (p.semantic) searches = await searchPairsReducing(p.sides, p.pairs, p.search, threads);
  } catch (error) {
    throw tooLarge(error, p, p.pairs.length === 1 ? [p.keys[0] ?? "", p.keys[1] ?? ""] : null);
  }
  return assemble(p, searches);
}
