/**
 * `npm run fuzz` (`vitest run --config test/fuzz/vitest.config.ts`, from the repository
 * root, which stays vitest's root): the fuzz families of `test/fuzz/` at full size (over 100,000 cases),
 * with a report of the counts at the end (`test/fuzz/report.ts`), and the property tests
 * elsewhere that size their runs with `test/helpers/sampleSize.ts` at their full number.
 * `npm test` runs the same families and properties on a smaller sample.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "vitest/config";

// Each family writes its counts here; the global teardown reads them, prints them and removes the folder.
const reportDir = mkdtempSync(path.join(tmpdir(), "quorate-fuzz-"));
process.env["QUORATE_FUZZ_REPORT_DIR"] = reportDir;

export default defineConfig({
  test: {
    include: ["test/fuzz/**/*.test.ts", "test/runtime/baselines.test.ts", "test/lsp/fuzz.test.ts", "test/language-service/fuzz.test.ts", "test/format/properties.test.ts", "test/grammar/lexerLinearity.test.ts", "test/diff/constructs.test.ts"],
    // The harness's own test plants a failure; it runs in `npm test` only.
    exclude: ["test/fuzz/harness.test.ts"],
    maxWorkers: 2,
    // A family runs for minutes at full size; a hang still ends the run, at this limit.
    testTimeout: 20 * 60_000,
    env: { QUORATE_FUZZ: "full", QUORATE_FUZZ_REPORT_DIR: reportDir },
    globalSetup: ["test/fuzz/report.ts"],
  },
});
