/**
 * How many generated cases a property test runs: a sample in `npm test`, sized to keep
 * the suite within its time on two cores, and the full number in `npm run fuzz`
 * (QUORATE_FUZZ=full, set by `test/fuzz/vitest.config.ts`, which runs these files too).
 * Seeds stay fixed, so a sample is the first cases of the full run, not different ones.
 */
export const FULL = process.env["QUORATE_FUZZ"] === "full";

/** The number of cases: `ci` in `npm test`, `full` in `npm run fuzz`. */
export function cases(ci: number, full: number): number {
  return FULL ? full : ci;
}
