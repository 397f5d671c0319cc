import { defineConfig } from "vitest/config";
import { SlowestFirst } from "./test/slowFirst.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Policy compilation is CPU-bound; two workers match the two cores CI has.
    maxWorkers: 2,
    // Each worker loads the compiler, runtime and their dependencies once for all its test
    // files rather than once per file: importing them again for each of some 110 files was
    // over half of the suite's time. No test depends on a fresh module otherwise: the three
    // that mock one (node:fs in confinementRace, the edit distance in checkWork, compile in
    // fmtCheckWork) load what they test afresh with vi.resetModules(), and their mocks only
    // count, or act only when the test arms them. The guard below still checks every file
    // for changed built-ins.
    isolate: false,
    testTimeout: 30_000,
    // The slowest files start first, so that the two workers end together (test/slowFirst.ts).
    sequence: { sequencer: SlowestFirst },
    // Fails any test file that changes a built-in prototype or leaves a temporary file behind.
    setupFiles: ["test/guards/afterEachFile.ts"],
  },
});
