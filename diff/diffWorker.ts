/**
 * A worker thread of a parallel diff (`parallel.ts`): given the compiled policies, the
 * searches (a pair and its bounds each) and the list of search tasks (one outer setting of
 * one search each, largest first), it claims tasks from a counter shared with every other
 * thread until none is left, and sends back what each finds, as plain data. A search one
 * of whose tasks passes the search's limit is marked failed in a table shared by every
 * thread, with the larger searches of the same pair; their other tasks stop or are skipped.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PolicyIR } from "../compiler/ir.js";
import { createDecider, createEvaluator } from "../runtime/evaluator.js";
import { policyTables } from "../runtime/policyTables.js";
import type { SearchOptions } from "./semantic/searchSpace.js";
import { planSearch, SearchTooLarge, type OuterFound, type SearchPlan, type Side } from "./semantic/semanticDiff.js";
import { runTask } from "./parallel.js";

export interface WorkerSetup {
  irs: PolicyIR[];
  /** The searches: the indexes of the two policies and the bounds. */
  searches: [number, number, SearchOptions][];
  /** The tasks in the order they are claimed: [search, outer setting]. */
  tasks: [number, number][];
  /** One 32-bit counter: the next task to claim. */
  next: SharedArrayBuffer;
  /** One 32-bit flag per search: 0 while it may go on, 1 where it passed its limit, 2 where a smaller search of its pair did. */
  failed: SharedArrayBuffer;
}

export type WorkerReply = { task: number; claimed: true } | { task: number; found: OuterFound } | { task: number; skipped: true } | { task: number; error: string; tooLarge: boolean; first: boolean };

const setup = workerData as WorkerSetup;
const next = new Int32Array(setup.next);
const failed = new Int32Array(setup.failed);
const sides: Side[] = setup.irs.map((ir) => ({ tables: policyTables(ir), evaluate: createEvaluator(ir), decide: createDecider(ir) }));
const plans = new Map<number, SearchPlan>();
const pairsOf = setup.searches.map(([i, j, options]) => ({ pair: `${i},${j}`, size: options.maxAttendees }));

for (let task = Atomics.add(next, 0, 1); task < setup.tasks.length; task = Atomics.add(next, 0, 1)) {
  const [search, outer] = setup.tasks[task] ?? [0, 0];
  if (Atomics.load(failed, search) !== 0) {
    parentPort?.postMessage({ task, skipped: true } satisfies WorkerReply);
    continue;
  }
  parentPort?.postMessage({ task, claimed: true } satisfies WorkerReply);
  try {
    let plan = plans.get(search);
    if (!plan) {
      const [i, j, options] = setup.searches[search] ?? [0, 0, {} as SearchOptions];
      plan = planSearch(sides[i] as Side, sides[j] as Side, options);
      plans.set(search, plan);
    }
    const reply = runTask(plan, outer, search, failed, pairsOf);
    parentPort?.postMessage("found" in reply ? { task, found: reply.found } : { task, error: reply.error, tooLarge: true, first: reply.first } satisfies WorkerReply);
  } catch (error) {
    parentPort?.postMessage({ task, error: error instanceof Error ? error.message : String(error), tooLarge: error instanceof SearchTooLarge, first: false } satisfies WorkerReply);
  }
}
