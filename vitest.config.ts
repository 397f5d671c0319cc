import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Policy compilation is CPU-bound; two workers match the two cores CI has.
    maxWorkers: 2,
    testTimeout: 30_000,
    // Fails any test file that changes a built-in prototype or leaves a temporary file behind.
    setupFiles: ["test/guards/afterEachFile.ts"],
  },
});
