/**
 * A worker thread of a parallel diff (`parallel.ts`): given the compiled policies, the
 * bounds and the list of search tasks (one outer setting of one pair each, largest first),
 * it claims tasks from a counter shared with every other thread until none is left, and
 * sends back what each finds, as plain data.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PolicyIR } from "../compiler/ir.js";
import { createDecider, createEvaluator } from "../runtime/evaluator.js";
import { policyTables } from "../runtime/policyTables.js";
import type { SearchOptions } from "./semantic/searchSpace.js";
import { planSearch, searchPart, SearchTooLarge, type OuterFound, type SearchPlan, type Side } from "./semantic/semanticDiff.js";

export interface WorkerSetup {
  irs: PolicyIR[];
  pairs: [number, number][];
  options: SearchOptions;
  /** The tasks in the order they are claimed: [pair, outer setting]. */
  tasks: [number, number][];
  /** One 32-bit counter: the next task to claim. */
  next: SharedArrayBuffer;
}

export type WorkerReply = { task: number; found: OuterFound } | { task: number; error: string; tooLarge: boolean };

const setup = workerData as WorkerSetup;
const next = new Int32Array(setup.next);
const sides: Side[] = setup.irs.map((ir) => ({ tables: policyTables(ir), evaluate: createEvaluator(ir), decide: createDecider(ir) }));
const plans = new Map<number, SearchPlan>();

for (let task = Atomics.add(next, 0, 1); task < setup.tasks.length; task = Atomics.add(next, 0, 1)) {
  const [pair, outer] = setup.tasks[task] ?? [0, 0];
  try {
    let plan = plans.get(pair);
    if (!plan) {
      const [i, j] = setup.pairs[pair] ?? [0, 0];
      plan = planSearch(sides[i] as Side, sides[j] as Side, setup.options);
      plans.set(pair, plan);
    }
    parentPort?.postMessage({ task, found: searchPart(plan, outer) } satisfies WorkerReply);
  } catch (error) {
    parentPort?.postMessage({ task, error: error instanceof Error ? error.message : String(error), tooLarge: error instanceof SearchTooLarge } satisfies WorkerReply);
  }
}
