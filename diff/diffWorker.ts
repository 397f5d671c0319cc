/**
 * A worker thread of a parallel diff (`parallel.ts`): given the compiled policies and the
 * bounds, it runs the search tasks it is sent (one outer setting of one pair each) and
 * sends back what each finds, as plain data.
 */
import { parentPort, workerData } from "node:worker_threads";
import type { PolicyIR } from "../compiler/ir.js";
import { createEvaluator } from "../runtime/evaluator.js";
import { policyTables } from "../runtime/policyTables.js";
import type { SearchOptions } from "./semantic/searchSpace.js";
import { planSearch, searchPart, SearchTooLarge, type SearchPlan, type Side } from "./semantic/semanticDiff.js";

export interface WorkerSetup {
  irs: PolicyIR[];
  pairs: [number, number][];
  options: SearchOptions;
}

export interface WorkerTask {
  task: number;
  pair: number;
  outer: number;
}

const setup = workerData as WorkerSetup;
const sides: Side[] = setup.irs.map((ir) => ({ tables: policyTables(ir), evaluate: createEvaluator(ir) }));
const plans = new Map<number, SearchPlan>();

parentPort?.on("message", (task: WorkerTask) => {
  try {
    let plan = plans.get(task.pair);
    if (!plan) {
      const [i, j] = setup.pairs[task.pair] ?? [0, 0];
      plan = planSearch(sides[i] as Side, sides[j] as Side, setup.options);
      plans.set(task.pair, plan);
    }
    parentPort?.postMessage({ task: task.task, found: searchPart(plan, task.outer) });
  } catch (error) {
    parentPort?.postMessage({ task: task.task, error: error instanceof Error ? error.message : String(error), tooLarge: error instanceof SearchTooLarge });
  }
});
