/**
 * The semantic search of many pairs on every core: each pair's search is split into tasks
 * (one per outer setting: the number of children and the facts eligibility reads), the
 * largest first, and the threads (this one and a worker per other core) claim them in turn
 * from a counter they share, so none waits on another. What each task finds is plain data,
 * merged here exactly as `searchPair` merges it, so the answer is the same as on one
 * thread. Where no worker can start (the package is not built), this thread takes every
 * task; a task a worker could not finish is run here.
 *
 * A pair whose search passes the search's limit at the bounds asked for is searched again,
 * in a second round, at every smaller size of `fallbackSizes` at once, smallest first: the
 * first size that passes the limit stops the larger ones, and the pair's answer is the
 * largest size below it, as `searchPairReducing` gives on one thread.
 */
import { availableParallelism } from "node:os";
import { setFlagsFromString } from "node:v8";
import { Worker } from "node:worker_threads";
import type { WorkerReply, WorkerSetup } from "./diffWorker.js";
import type { SearchOptions } from "./semantic/searchSpace.js";
import { fallbackSizes, mergeSearch, planSearch, searchPart, SearchTooLarge, type OuterFound, type PairSearch, type Reduced, type SearchPlan, type Side } from "./semantic/semanticDiff.js";

/** The worker's module, found beside this one whether the CLI runs bundled (dist/cli-bundle/) or not (dist/diff/). */
function workerUrl(): URL {
  // Built from parts, so that the bundler leaves the path to be found when the CLI runs.
  return new URL(["..", "diff", "diffWorker.js"].join("/"), import.meta.url);
}

/** How many threads a parallel search uses: one per core. */
export function searchThreads(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Beyond these bounds a task may hold hundreds of megabytes (docs/benchmarks.md), and two
 * at once could pass the 1 GB no bound may exceed: such searches run one task at a time.
 */
const LARGE = { attendees: 12, perGroup: 4 };

/** The heap each worker may grow to: one too large stops with a message rather than exhaust the machine. */
const WORKER_HEAP_MB = 640;

/**
 * Each worker's young generation: the search makes many short-lived summaries and rows, and
 * with V8's default (16 MB semi-spaces) some 12% of its time went to collecting them; 32 MB
 * semi-spaces save about a tenth of that time for some 15 MB more per worker.
 */
const WORKER_YOUNG_MB = 96;

/**
 * How much bytecode V8's optimising compiler may inline into one function (V8's default is
 * 920). The search's few hot loops are compiled afresh on every thread, and on two cores
 * the threads' background compiling competes with the search itself: inlining less made
 * the ten pairs of the five original boards 13% faster on two threads at 300 (2.55 s
 * against 2.95 s, measured 2026-12-05), and 120 about 5% faster again (the median of ten
 * runs each, taking turns: 1.85 s against 1.96 s, later the same day); 40 was no faster.
 */
const INLINED_BYTECODE = 120;

/**
 * For the CLI's `diff` and `summary`: the same larger young generation for this thread,
 * which takes its share of the tasks (V8 grows the semi-spaces up to the new most as it
 * needs), and less inlining (see INLINED_BYTECODE) for every thread, set before any worker
 * starts. Not done by the library's `diff`, which leaves its caller's process as it is.
 */
export function roomForSearching(): void {
  setFlagsFromString(`--max-semi-space-size=${WORKER_YOUNG_MB / 3}`);
  setFlagsFromString(`--max-inlined-bytecode-size-cumulative=${INLINED_BYTECODE}`);
}

/** A search's flag in the shared table: going on, passed its limit, or stopped because a smaller search of its pair did. */
const FAILED = 1;
const CANCELLED = 2;

/**
 * Runs one task of search `search`, stopping early where the shared table says the search
 * has failed; where it passes its limit, marks it failed and the larger searches of its
 * pair cancelled. `first` tells whether this task's failure was the search's own first.
 */
export function runTask(plan: SearchPlan, outer: number, search: number, failed: Int32Array, searches: readonly { pair: string; size: number }[]): { found: OuterFound } | { error: string; first: boolean } {
  try {
    return { found: searchPart(plan, outer, () => Atomics.load(failed, search) !== 0) };
  } catch (error) {
    if (!(error instanceof SearchTooLarge)) throw error;
    const first = Atomics.compareExchange(failed, search, 0, FAILED) === 0;
    if (first) {
      const me = searches[search];
      searches.forEach((s, k) => {
        if (me && s.pair === me.pair && s.size > me.size) Atomics.compareExchange(failed, k, 0, CANCELLED);
      });
    }
    return { error: error.message, first };
  }
}

interface Running {
  /** Resolves when every worker has stopped, with the first error (other than a search's limit) a task met, if any. */
  done: Promise<Error | null>;
}

interface Round {
  found: (OuterFound | undefined)[];
  /** Each search's own reason for stopping, where it passed its limit. */
  reasons: (string | undefined)[];
}

function startWorkers(count: number, setup: WorkerSetup, round: Round, failTask: (task: number, reason: string) => void): Running {
  const stopped = Array.from({ length: count }, () => {
    return new Promise<Error | null>((resolve) => {
      let failure: Error | null = null;
      let claimed = -1;
      let worker: Worker;
      try {
        worker = new Worker(workerUrl(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
      } catch {
        resolve(null);
        return;
      }
      worker.on("message", (reply: WorkerReply) => {
        if ("claimed" in reply) claimed = reply.task;
        else if ("found" in reply) round.found[reply.task] = reply.found;
        else if ("error" in reply) {
          if (!reply.tooLarge) failure ??= new Error(reply.error);
          else if (reply.first) failTask(reply.task, reply.error);
        }
      });
      // A worker that runs out of its heap stops: the search it was running is too large for the memory allowed.
      worker.on("error", (error) => {
        if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" && claimed >= 0 && round.found[claimed] === undefined) failTask(claimed, `a search task would need more than ${WORKER_HEAP_MB} MB`);
      });
      worker.on("exit", () => resolve(failure));
    });
  });
  return { done: Promise.all(stopped).then((errors) => errors.find((e) => e !== null) ?? null) };
}

/** One round: each search (a pair of `sides` and its bounds) on up to `threads` threads; a search that passes its limit gives its reason instead. */
async function searchRound(sides: readonly Side[], searches: readonly [number, number, SearchOptions][], threads: number): Promise<(PairSearch | SearchTooLarge | null)[]> {
  const plans: SearchPlan[] = searches.map(([i, j, options]) => planSearch(sides[i] as Side, sides[j] as Side, options));
  const tasks: { search: number; outer: number; cost: number; size: number }[] = [];
  plans.forEach((plan, search) => {
    const cost = plan.ctx.items.length ** 2;
    plan.outers.forEach((_, outer) => tasks.push({ search, outer, cost, size: plan.ctx.options.maxAttendees }));
  });
  // Smaller searches first (a smaller one that fails stops the larger ones of its pair), then the largest tasks first.
  tasks.sort((x, y) => x.size - y.size || y.cost - x.cost);
  const round: Round = { found: new Array<OuterFound | undefined>(tasks.length), reasons: new Array<string | undefined>(searches.length) };
  const failed = new Int32Array(new SharedArrayBuffer(4 * Math.max(1, searches.length)));
  const next = new Int32Array(new SharedArrayBuffer(4));
  const pairs = searches.map(([i, j, options]) => ({ pair: `${i},${j}`, size: options.maxAttendees }));
  const failTask = (task: number, reason: string) => {
    const t = tasks[task];
    if (!t) return;
    if (Atomics.compareExchange(failed, t.search, 0, FAILED) === 0 || round.reasons[t.search] === undefined) round.reasons[t.search] ??= reason;
    const me = pairs[t.search];
    pairs.forEach((s, k) => {
      if (me && s.pair === me.pair && s.size > me.size) Atomics.compareExchange(failed, k, 0, CANCELLED);
    });
  };
  const large = searches.some(([, , o]) => o.maxAttendees > LARGE.attendees || o.maxPerGroup > LARGE.perGroup);
  const workers = large || tasks.length < 2 ? 0 : Math.min(threads - 1, tasks.length - 1);
  const setup: WorkerSetup = { irs: sides.map((s) => s.tables.ir), searches: [...searches], tasks: tasks.map((t) => [t.search, t.outer]), next: next.buffer as SharedArrayBuffer, failed: failed.buffer as SharedArrayBuffer };
  const running = workers > 0 ? startWorkers(workers, setup, round, failTask) : null;
  const here = (task: number) => {
    const t = tasks[task];
    if (!t || Atomics.load(failed, t.search) !== 0) return;
    const reply = runTask(plans[t.search] as SearchPlan, t.outer, t.search, failed, pairs);
    if ("found" in reply) round.found[task] = reply.found;
    else if (reply.first) round.reasons[t.search] ??= reply.error;
  };
  // This thread claims tasks from the same counter as the workers.
  for (let task = Atomics.add(next, 0, 1); task < tasks.length; task = Atomics.add(next, 0, 1)) here(task);
  const failure = running ? await running.done : null;
  if (failure) throw failure;
  // A task a worker claimed and could not finish is run here.
  tasks.forEach((_, task) => {
    if (round.found[task] === undefined) here(task);
  });
  return plans.map((plan, search) => {
    const state = Atomics.load(failed, search);
    if (state === CANCELLED) return null;
    if (state === FAILED) return new SearchTooLarge(round.reasons[search] ?? "the search passed its limit");
    return mergeSearch(
      plan,
      tasks.flatMap((t, task) => (t.search === search ? [round.found[task] as OuterFound] : [])),
    );
  });
}

/**
 * Searches each pair as `searchPairReducing` does, on up to `threads` threads: every pair at
 * the bounds asked for, then each that passed the search's limit at its smaller sizes.
 * Throws `SearchTooLarge` only where a pair passes it even with one attendee.
 */
export async function searchPairsReducing(sides: readonly Side[], pairs: readonly [number, number][], options: SearchOptions, threads = searchThreads()): Promise<{ search: PairSearch; reduced: Reduced | null }[]> {
  const first = await searchRound(
    sides,
    pairs.map(([i, j]) => [i, j, options]),
    threads,
  );
  const again: { pair: number; size: number }[] = [];
  first.forEach((f, pair) => {
    if (!(f instanceof SearchTooLarge) && f !== null) return;
    for (const size of fallbackSizes(options.maxAttendees)) again.push({ pair, size });
  });
  const second = again.length === 0 ? [] : await searchRound(
    sides,
    again.map(({ pair, size }) => [...(pairs[pair] as [number, number]), { ...options, maxAttendees: size }]),
    threads,
  );
  return first.map((f, pair) => {
    if (f !== null && !(f instanceof SearchTooLarge)) return { search: f, reduced: null };
    let exceeded = { size: options.maxAttendees, reason: f?.message ?? "the search passed its limit" };
    again.forEach((a, k) => {
      const s = second[k];
      if (a.pair === pair && s instanceof SearchTooLarge && a.size < exceeded.size) exceeded = { size: a.size, reason: s.message };
    });
    // The largest size below the smallest that passed the limit (a larger one may have finished before it was stopped: it does not count).
    let chosen: { search: PairSearch; size: number } | null = null;
    for (const [k, a] of again.entries()) {
      const s = second[k];
      if (a.pair === pair && s !== null && s !== undefined && !(s instanceof SearchTooLarge) && a.size < exceeded.size && (chosen === null || a.size > chosen.size)) chosen = { search: s, size: a.size };
    }
    if (!chosen) throw new SearchTooLarge(exceeded.reason);
    return { search: chosen.search, reduced: { requested: options.maxAttendees, searched: chosen.size, exceeded: exceeded.size, reason: exceeded.reason } };
  });
}
