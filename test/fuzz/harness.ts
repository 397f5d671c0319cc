/**
 * Runs fuzz cases and counts them. The same families run in two sizes: a few thousand
 * cases in `npm test`, and over 100,000 in `npm run fuzz` (QUORATE_FUZZ=full, set by
 * `test/fuzz/vitest.config.ts`). Each family's counts go to a report file when
 * QUORATE_FUZZ_REPORT_DIR is set, and `test/fuzz/report.ts` prints them at the end.
 * QUORATE_FUZZ_SEED replays a run.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import fc from "fast-check";
import { checkText, type CaseOutcome, type PropertyName } from "./properties.js";

export { cases, FULL } from "../helpers/sampleSize.js";

export interface FamilyReport {
  family: string;
  cases: number;
  crashes: number;
  properties: Partial<Record<PropertyName, { checked: number; failed: number }>>;
  ms: number;
  seed?: number;
  /** The first failing input and why it failed, shrunk where fast-check could. */
  counterexample?: string;
}

class Tally {
  readonly report: FamilyReport;
  private readonly start = performance.now();

  constructor(family: string, seed?: number) {
    this.report = { family, cases: 0, crashes: 0, properties: {}, ms: 0, ...(seed === undefined ? {} : { seed }) };
  }

  add(outcome: CaseOutcome): void {
    this.report.cases++;
    if (outcome.failures.length > 0) this.report.crashes++;
    for (const name of outcome.checked) {
      const counts = (this.report.properties[name] ??= { checked: 0, failed: 0 });
      counts.checked++;
      if (outcome.failures.some((f) => f.property === name)) counts.failed++;
    }
  }

  finish(counterexample?: string): FamilyReport {
    this.report.ms = Math.round(performance.now() - this.start);
    if (counterexample !== undefined) this.report.counterexample = counterexample;
    const dir = process.env["QUORATE_FUZZ_REPORT_DIR"];
    if (dir) writeFileSync(path.join(dir, `${this.report.family.replace(/[^a-z0-9]+/gi, "-")}.json`), JSON.stringify(this.report));
    return this.report;
  }
}

function describeFailure(input: string, outcome: CaseOutcome): string {
  const shown = input.length > 2000 ? `${JSON.stringify(input.slice(0, 2000))}… (${input.length} characters)` : JSON.stringify(input);
  return `${outcome.failures.map((f) => `${f.property}: ${f.reason}`).join("\n")}\ninput: ${shown}`;
}

type Extra = (input: string) => { property: PropertyName; reason: string | undefined } | undefined;

async function runCase(text: string, extra?: Extra): Promise<CaseOutcome> {
  const outcome = await checkText(text);
  const more = extra?.(text);
  if (more) {
    outcome.checked.push(more.property);
    if (more.reason !== undefined) outcome.failures.push({ property: more.property, reason: more.reason });
  }
  return outcome;
}

/** Runs `numRuns` random cases of a family through every property (and `extra`, if given). */
export function fuzzRandom<T>(family: string, arbitrary: fc.Arbitrary<T>, textOf: (value: T) => string, numRuns: number, extra?: (value: T) => ReturnType<Extra>): Promise<FamilyReport> {
  return fuzzInputs(family, arbitrary, (value) => runCase(textOf(value), extra ? () => extra(value) : undefined), textOf, numRuns);
}

/**
 * Runs `numRuns` random cases of a family through its own check (policy texts through
 * every property, by `fuzzRandom`; conferences, batch lines, scenario files through theirs).
 */
export async function fuzzInputs<T>(family: string, arbitrary: fc.Arbitrary<T>, check: (value: T) => CaseOutcome | Promise<CaseOutcome>, shown: (value: T) => string, numRuns: number): Promise<FamilyReport> {
  const seedText = process.env["QUORATE_FUZZ_SEED"];
  const seed = seedText ? Number(seedText) : (Date.now() ^ (Math.random() * 0x7fffffff)) | 0;
  const tally = new Tally(family, seed);
  let counting = true;
  let failure: string | undefined;
  const result = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      const outcome = await check(value);
      // Shrinking re-runs failing cases; only the cases of the run itself are counted.
      if (counting) tally.add(outcome);
      if (outcome.failures.length > 0) {
        counting = false;
        failure = describeFailure(shown(value), outcome);
      }
      return outcome.failures.length === 0;
    }),
    { numRuns, seed },
  );
  return tally.finish(result.failed ? failure : undefined);
}

/** Runs every input of a family (such as every truncation of every policy) through every property. */
export async function fuzzEach(family: string, inputs: Iterable<string>, extra?: Extra): Promise<FamilyReport> {
  const tally = new Tally(family);
  let first: string | undefined;
  for (const text of inputs) {
    const outcome = await runCase(text, extra);
    tally.add(outcome);
    if (outcome.failures.length > 0) first ??= describeFailure(text, outcome);
  }
  return tally.finish(first);
}

/** How a test states a family's result: the first failure in full, or nothing. */
export function failureOf(report: FamilyReport): string | undefined {
  return report.crashes === 0 ? undefined : `${report.crashes} of ${report.cases} cases failed (seed ${report.seed ?? "none"})\n${report.counterexample ?? ""}`;
}
