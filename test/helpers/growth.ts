/**
 * How work grows with input size, for tests that must tell linear from quadratic without
 * asserting a wall-clock time: the same work is timed at two sizes on the same machine in
 * the same run, and only the ratio is compared, with a wide margin (8× the input should
 * take about 8× the time if linear, 64× if quadratic; tests allow up to 16× or so).
 */
import { performance } from "node:perf_hooks";

/**
 * Time at the large size divided by time at the small size, each the fastest of `runs`
 * timings. The two sizes take turns, so a busy spell on a shared machine slows both
 * alike instead of landing on one; noise only ever adds time, so the fastest is the truest.
 */
export async function growthRatio(small: () => unknown, large: () => unknown, runs = 5): Promise<number> {
  // Warm up both: the first runs pay for compiling the code paths and growing the heap.
  await small();
  await large();
  let smallMs = Infinity;
  let largeMs = Infinity;
  for (let i = 0; i < runs; i++) {
    let start = performance.now();
    await small();
    smallMs = Math.min(smallMs, performance.now() - start);
    start = performance.now();
    await large();
    largeMs = Math.min(largeMs, performance.now() - start);
  }
  return largeMs / Math.max(smallMs, 0.01);
}
