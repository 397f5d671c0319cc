/**
 * The semantic search of many pairs on every core: each pair's search is split into tasks
 * (one per outer setting: the number of children and the facts eligibility reads), the
 * largest first, and the threads (this one and a worker per other core) claim them in turn
 * from a counter they share, so none waits on another. What each task finds is plain data,
 * merged here exactly as `searchPair` merges it, so the answer is the same as on one
 * thread. Where no worker can start (the package is not built), this thread takes every
 * task; a task a worker could not finish is run here.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { WorkerReply, WorkerSetup } from "./diffWorker.js";
import type { SearchOptions } from "./semantic/searchSpace.js";
import { mergeSearch, planSearch, searchPart, SearchTooLarge, type OuterFound, type PairSearch, type SearchPlan, type Side } from "./semantic/semanticDiff.js";

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

interface Running {
  /** Resolves when every worker has stopped, with the first error a task met (if any). */
  done: Promise<Error | null>;
}

function startWorkers(count: number, setup: WorkerSetup, found: (OuterFound | undefined)[]): Running {
  const stopped = Array.from({ length: count }, () => {
    return new Promise<Error | null>((resolve) => {
      let failure: Error | null = null;
      let worker: Worker;
      try {
        worker = new Worker(workerUrl(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      } catch {
        resolve(null);
        return;
      }
      worker.on("message", (reply: WorkerReply) => {
        if ("found" in reply) found[reply.task] = reply.found;
        else failure ??= reply.tooLarge ? new SearchTooLarge(reply.error) : new Error(reply.error);
      });
      // A worker that runs out of its heap stops: the bounds are too large for the memory allowed.
      worker.on("error", (error) => {
        failure ??= (error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" ? new SearchTooLarge(`a search task would need more than ${WORKER_HEAP_MB} MB`) : null;
      });
      worker.on("exit", () => resolve(failure));
    });
  });
  return { done: Promise.all(stopped).then((errors) => errors.find((e) => e !== null) ?? null) };
}

/**
 * Searches each pair of `sides` (by index) on up to `threads` threads; the same answers
 * as `searchPair` on each, in the order of `pairs`.
 */
export async function searchPairsInParallel(sides: readonly Side[], pairs: readonly [number, number][], options: SearchOptions, threads = searchThreads()): Promise<PairSearch[]> {
  const plans: SearchPlan[] = pairs.map(([i, j]) => planSearch(sides[i] as Side, sides[j] as Side, options));
  const tasks: { pair: number; outer: number; cost: number }[] = [];
  plans.forEach((plan, pair) => {
    const cost = plan.ctx.items.length ** 2;
    plan.outers.forEach((_, outer) => tasks.push({ pair, outer, cost }));
  });
  tasks.sort((x, y) => y.cost - x.cost);
  const found: (OuterFound | undefined)[] = new Array<OuterFound | undefined>(tasks.length);
  const next = new Int32Array(new SharedArrayBuffer(4));
  const large = options.maxAttendees > LARGE.attendees || options.maxPerGroup > LARGE.perGroup;
  const workers = large || tasks.length < 2 ? 0 : Math.min(threads - 1, tasks.length - 1);
  const running = workers > 0 ? startWorkers(workers, { irs: sides.map((s) => s.tables.ir), pairs: [...pairs], options, tasks: tasks.map((t) => [t.pair, t.outer]), next: next.buffer as SharedArrayBuffer }, found) : null;
  // This thread claims tasks from the same counter as the workers.
  for (let task = Atomics.add(next, 0, 1); task < tasks.length; task = Atomics.add(next, 0, 1)) {
    const t = tasks[task];
    if (t) found[task] = searchPart(plans[t.pair] as SearchPlan, t.outer);
  }
  const failure = running ? await running.done : null;
  if (failure instanceof SearchTooLarge) throw failure;
  // A task a worker claimed and could not finish is run here.
  tasks.forEach((t, task) => {
    found[task] ??= searchPart(plans[t.pair] as SearchPlan, t.outer);
  });
  return plans.map((plan, pair) => mergeSearch(plan, tasks.flatMap((t, task) => (t.pair === pair ? [found[task] as OuterFound] : []))));
}
