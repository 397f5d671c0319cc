import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BENCH_END, BENCH_START, renderBenchmarkTables, type BenchResults } from "../../bench/readmeTables.js";

const root = path.resolve(import.meta.dirname, "../..");

describe("docs/benchmarks.md's tables", () => {
  it("say what bench/results.json holds", () => {
    const results = JSON.parse(readFileSync(path.join(root, "bench/results.json"), "utf8")) as BenchResults;
    const page = readFileSync(path.join(root, "docs/benchmarks.md"), "utf8");
    const block = page.slice(page.indexOf(BENCH_START), page.indexOf(BENCH_END) + BENCH_END.length);
    expect(block).toBe(renderBenchmarkTables(results));
  });
});
