/**
 * How work grows with input size, for tests that must tell linear from quadratic without
 * asserting a wall-clock time: the same work is timed at two sizes on the same machine in
 * the same run, and only the ratio is compared, with a wide margin (8× the input should
 * take about 8× the time if linear, 64× if quadratic; tests allow up to 16× or so).
 */
import { performance } from "node:perf_hooks";

/** The fastest of `runs` timings of `work`: noise only ever adds time. */
async function fastest(work: () => unknown, runs: number): Promise<number> {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Time at the large size divided by time at the small size (each the fastest of `runs`). */
export async function growthRatio(small: () => unknown, large: () => unknown, runs = 3): Promise<number> {
  // Warm up both: the first runs pay for compiling the code paths and growing the heap.
  await small();
  await large();
  const smallMs = await fastest(small, runs);
  const largeMs = await fastest(large, runs);
  return largeMs / Math.max(smallMs, 0.01);
}
