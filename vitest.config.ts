import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Policy compilation is CPU-bound; two workers match the two cores CI has.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
