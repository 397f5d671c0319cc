/**
 * `diff(policies, options)`: how two or more compiled board policies differ, in their
 * rules (structural) and in what they decide (semantic), every pair compared. The CLI's
 * `quorate diff` and `npm start`'s cross-region comparison are thin layers over this.
 */
import type { PolicyIR } from "../compiler/ir.js";
import { createEvaluator } from "../runtime/evaluator.js";
import { policyTables } from "../runtime/policyTables.js";
import { DIFF_FORMAT, type Change, type Counterexample, type DiffReport, type PairComparison, type PolicyRef } from "./report.js";
import { conferenceAt, DEFAULT_SEARCH, MOST_ATTENDEES_SEARCHED, MOST_PER_GROUP_SEARCHED, type Item, type SearchOptions } from "./semantic/searchSpace.js";
import { searchPair, type Side } from "./semantic/semanticDiff.js";
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

export class DiffInputError extends Error {}

/** Policy ids, or files where two compared policies share an id, or numbered as a last resort. */
function keysFor(inputs: readonly DiffInput[]): string[] {
  const count = (xs: string[], x: string) => xs.filter((y) => y === x).length;
  const ids = inputs.map((i) => i.ir.id);
  const keys = inputs.map((input, i) => (count(ids, input.ir.id) > 1 ? (input.file ?? `${input.ir.id} #${i + 1}`) : input.ir.id));
  return keys.map((key, i) => (count(keys, key) > 1 ? `${key} #${i + 1}` : key));
}

export function checkSearchOptions(search: SearchOptions): void {
  if (!Number.isInteger(search.maxAttendees) || search.maxAttendees < 1 || search.maxAttendees > MOST_ATTENDEES_SEARCHED) {
    throw new DiffInputError(`the most attendees to search must be a whole number from 1 to ${MOST_ATTENDEES_SEARCHED}, not ${search.maxAttendees}`);
  }
  if (!Number.isInteger(search.maxPerGroup) || search.maxPerGroup < 1 || search.maxPerGroup > MOST_PER_GROUP_SEARCHED) {
    throw new DiffInputError(`the most attendees from one group to search must be a whole number from 1 to ${MOST_PER_GROUP_SEARCHED}, not ${search.maxPerGroup}`);
  }
}

export function diff(policies: readonly (PolicyIR | DiffInput)[], options: DiffOptions = {}): DiffReport {
  const inputs: DiffInput[] = policies.map((p) => ("ir" in p ? p : { ir: p }));
  if (inputs.length < 2) throw new DiffInputError("a diff compares at least two policies");
  for (const { ir, file } of inputs) {
    if (ir.kind !== "policy") throw new DiffInputError(`${file ?? ir.id} is a ${ir.kind}, not a board policy: compare the board policies that use it`);
  }
  const search: SearchOptions = { ...DEFAULT_SEARCH, ...options.search };
  checkSearchOptions(search);
  const keys = keysFor(inputs);
  const refs: PolicyRef[] = inputs.map((input, i) => ({ key: keys[i] ?? input.ir.id, id: input.ir.id, title: input.ir.title, file: input.file ?? null, version: versionWords(input.ir) }));
  const sides: Side[] = inputs.map(({ ir }) => ({ tables: policyTables(ir), evaluate: createEvaluator(ir) }));

  const changes: Change[] = [];
  const pairs: PairComparison[] = [];
  const counterexamples: Counterexample[] = [];
  for (let i = 0; i < inputs.length; i++) {
    for (let j = i + 1; j < inputs.length; j++) {
      const [a, b, sa, sb] = [inputs[i], inputs[j], sides[i], sides[j]];
      if (!a || !b || !sa || !sb) continue;
      const between: [string, string] = [keys[i] ?? "", keys[j] ?? ""];
      const pairChanges = structuralDiff(a.ir, b.ir, between);
      changes.push(...pairChanges);
      const outcomeChanges = pairChanges.filter((c) => c.severity === "outcome").length;
      if (options.semantic === false) {
        pairs.push({ between, changes: pairChanges.length, outcomeChanges, semantic: null });
        continue;
      }
      const started = performance.now();
      const result = searchPair(sa, sb, search);
      const milliseconds = performance.now() - started;
      for (const f of result.found) {
        const conference = conferenceAt(f.point.room.map((i) => result.items[i] as Item), f.point.setting, result.space, result.kinds);
        const decisions = sides.map((side) => side.evaluate(conference));
        counterexamples.push({
          between,
          differs: { a: f.a, b: f.b },
          attendees: conference.attendees.length,
          children: conference.children.length,
          conference,
          outcomes: Object.fromEntries(decisions.map((d, k) => [keys[k] ?? d.policy, Object.fromEntries(d.children.map((c) => [c.child, c.outcome]))])),
          explanations: Object.fromEntries(decisions.map((d, k) => [keys[k] ?? d.policy, d.children.map((c) => ({ child: c.child, outcome: c.outcome, ...(c.decidedBy ? { decidedBy: c.decidedBy } : {}), trace: c.trace }))])),
        });
      }
      const { bounds, conferences, differing, differences, found } = result;
      pairs.push({ between, changes: pairChanges.length, outcomeChanges, semantic: { bounds, conferences, differing, differences, counterexamples: found.length, milliseconds } });
    }
  }
  const equivalent = changes.every((c) => c.severity === "metadata") && pairs.every((p) => (p.semantic?.differing ?? 0) === 0);
  return {
    format: DIFF_FORMAT,
    policies: refs,
    equivalent,
    changes,
    matrix: comparisonMatrix(inputs.map((input, i) => ({ key: keys[i] ?? input.ir.id, ir: input.ir }))),
    pairs,
    counterexamples,
  };
}
