/**
 * The semantic search of many pairs on every core: each pair's search is split into tasks
 * (one per outer setting: the number of children and the facts eligibility reads), the
 * largest first, and worker threads take them in turn. What each task finds is plain
 * data, merged here exactly as `searchPair` merges it, so the answer is the same as on
 * one thread. Where no worker can start (the package is not built), the tasks run here.
 */
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { WorkerSetup, WorkerTask } from "./diffWorker.js";
import type { SearchOptions } from "./semantic/searchSpace.js";
import { mergeSearch, planSearch, searchPart, SearchTooLarge, type OuterFound, type PairSearch, type SearchPlan, type Side } from "./semantic/semanticDiff.js";

interface Task extends WorkerTask {
  cost: number;
}

type Reply = { task: number; found: OuterFound } | { task: number; error: string; tooLarge: boolean };

/** The worker's module, found beside this one whether the CLI runs bundled (dist/cli-bundle/) or not (dist/diff/). */
function workerUrl(): URL {
  // Built from parts, so that the bundler leaves the path to be found when the CLI runs.
  return new URL(["..", "diff", "diffWorker.js"].join("/"), import.meta.url);
}

function runTasks(tasks: Task[], setup: WorkerSetup, threads: number, found: OuterFound[]): Promise<void> {
  const queue = [...tasks].sort((x, y) => y.cost - x.cost);
  return new Promise((resolve, reject) => {
    let running = 0;
    let failed = false;
    const workers: Worker[] = [];
    const finish = (error?: Error) => {
      if (failed) return;
      if (error) {
        failed = true;
        for (const w of workers) void w.terminate();
        reject(error);
        return;
      }
      if (queue.length === 0 && running === 0) {
        for (const w of workers) void w.terminate();
        resolve();
      }
    };
    const next = (worker: Worker) => {
      const task = queue.shift();
      if (!task) return;
      running++;
      worker.postMessage({ task: task.task, pair: task.pair, outer: task.outer } satisfies WorkerTask);
    };
    for (let i = 0; i < Math.min(threads, queue.length); i++) {
      const worker = new Worker(workerUrl(), { workerData: setup, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
      workers.push(worker);
      worker.on("message", (reply: Reply) => {
        running--;
        if ("error" in reply) return finish(reply.tooLarge ? new SearchTooLarge(reply.error) : new Error(reply.error));
        found[reply.task] = reply.found;
        next(worker);
        finish();
      });
      // A worker that runs out of its heap stops: the bounds are too large for the memory allowed.
      worker.on("error", (error) => finish((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY" ? new SearchTooLarge(`a search task would need more than ${WORKER_HEAP_MB} MB`) : error));
      next(worker);
    }
  });
}

/** How many worker threads a parallel search uses: one per core, at most. */
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
 * Searches each pair of `sides` (by index) on up to `threads` threads; the same answers
 * as `searchPair` on each, in the order of `pairs`.
 */
export async function searchPairsInParallel(sides: readonly Side[], pairs: readonly [number, number][], options: SearchOptions, threads = searchThreads()): Promise<PairSearch[]> {
  const plans: SearchPlan[] = pairs.map(([i, j]) => planSearch(sides[i] as Side, sides[j] as Side, options));
  const tasks: Task[] = [];
  plans.forEach((plan, pair) => {
    const cost = plan.ctx.items.length ** 2;
    plan.outers.forEach((_, outer) => tasks.push({ task: tasks.length, pair, outer, cost }));
  });
  const found: OuterFound[] = new Array<OuterFound>(tasks.length);
  const large = options.maxAttendees > LARGE.attendees || options.maxPerGroup > LARGE.perGroup;
  if (threads > 1 && tasks.length > 1 && !large) {
    const setup: WorkerSetup = { irs: sides.map((s) => s.tables.ir), pairs: [...pairs], options };
    try {
      await runTasks(tasks, setup, threads, found);
    } catch (error) {
      if (error instanceof SearchTooLarge) throw error;
      // No worker could run (the package is not built, say): the tasks not yet done run here.
    }
  }
  for (const t of tasks) found[t.task] ??= searchPart(plans[t.pair] as SearchPlan, t.outer);
  return plans.map((plan, pair) => mergeSearch(plan, tasks.filter((t) => t.pair === pair).map((t) => found[t.task] as OuterFound)));
}
